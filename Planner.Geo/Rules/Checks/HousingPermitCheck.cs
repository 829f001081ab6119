using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>housing_permit</c> (DK-06): every camera of the rule's operator types needs a police permit that has not expired
/// on the injected date (and runs no longer than <c>max_permit_years</c> from today); its real view must lie within the
/// rule's zones (the operator's own residential area) plus <c>adjacent_m</c> ("i direkte tilknytning"). The part of the
/// view outside is reported with its geometry. Dwellings are checked by the privacy-mask rule.
/// </summary>
internal sealed class HousingPermitCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new(
        "housing_permit",
        ["adjacent_m", "max_permit_years"],
        ["no_permit", "expiry_unknown", "permit_expired", "permit_valid", "outside_area"],
        ["permit", "expires", "area_m2"])
    {
        OptionalOutcomes = ["permit_too_long"],
        Fields = ["zones"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            var state = PermitStatus.Of(camera, context.Today);
            var values = Conditions.Values(("permit", camera.Permit), ("expires", camera.PermitExpires));
            yield return context.Make(rule, PermitStatus.Outcome(state), camera, values);
            if (PermitStatus.TooLong(camera, context.Today, rule.Value("max_permit_years")) && rule.Outcomes.ContainsKey("permit_too_long"))
            {
                yield return context.Make(rule, "permit_too_long", camera, values);
            }

            var area = rule.OwnZones ? context.OwnZonesOf(camera, [.. rule.Zones]) : context.ZonesOf([.. rule.Zones]);
            var allowed = GeoOps.Buffer(area, rule.Value("adjacent_m"));
            var outside = GeoOps.Difference(context.View(camera).Visible, allowed);
            if (context.Significant(outside))
            {
                yield return context.Make(
                    rule,
                    "outside_area",
                    camera,
                    Conditions.Values(("area_m2", outside.Area)),
                    outside,
                    "offending_view",
                    rule.Parameters.Where(p => p.IsAssumption && p.Name == "adjacent_m"));
            }
        }
    }
}
