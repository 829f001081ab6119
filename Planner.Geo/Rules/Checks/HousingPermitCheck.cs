using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>housing_permit</c> (DK-06): a camera of the rule's operator types whose real view reaches areas with general
/// traffic (public_area) needs a police permit (§ 2 stk. 2) — one that films only the housing area's own ground needs
/// none. The permit must not have expired on the injected date (the expired outcome states the consequence: stop, or
/// apply anew), must run no longer than <c>max_permit_years</c> from today, and must come from the police
/// (<c>issuer_not_police</c> otherwise, optional outcome). The real view must lie within the rule's zones (the
/// operator's own residential area) plus <c>adjacent_m</c> ("i direkte tilknytning"); the part outside is reported with
/// its geometry. Dwellings are checked by the privacy-mask rule.
/// </summary>
internal sealed class HousingPermitCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new(
        "housing_permit",
        ["adjacent_m", "max_permit_years"],
        ["no_permit", "expiry_unknown", "permit_expired", "permit_valid", "outside_area"],
        ["permit", "expires", "area_m2", "issuer"])
    {
        OptionalOutcomes = ["permit_too_long", "issuer_not_police"],
        Fields = ["zones"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            var publicPart = context.PublicPart(camera);
            var values = Conditions.Values(("permit", camera.Permit), ("expires", camera.PermitExpires), ("area_m2", publicPart.Area), ("issuer", PermitIssuer.Name(camera)));
            if (context.Significant(publicPart))
            {
                var state = PermitStatus.Of(camera, context.Today);
                var notPolice = state != PermitState.None && PermitIssuer.IsNotPolice(camera) && rule.Outcomes.ContainsKey("issuer_not_police");

                // A permit from anyone but the police is no § 2 stk. 2 permit: never report it as valid.
                if (!(notPolice && state == PermitState.Valid))
                {
                    yield return context.Make(rule, PermitStatus.Outcome(state), camera, values);
                }

                if (PermitStatus.TooLong(camera, context.Today, rule.Value("max_permit_years")) && rule.Outcomes.ContainsKey("permit_too_long"))
                {
                    yield return context.Make(rule, "permit_too_long", camera, values);
                }

                if (notPolice)
                {
                    yield return context.Make(rule, "issuer_not_police", camera, values);
                }
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
