using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>assessment_basis</c>: what the zones leave unassessed, so no silence reads as an all-clear. Per camera, the part
/// of its real view on ground no zone covers (larger than <c>min_unzoned_m2</c>) is reported <c>unzoned_view</c>
/// (warn, with that ground as geometry): no rule can say whether it is a street, a garden or a yard. Plan-level, a plan
/// with cameras but no public_area zone gets <c>no_public_zones</c> (registration, DPIA, § 1 and signs rest on it) and
/// one without dwelling zones <c>no_dwelling_zones</c> (privacy of homes).
/// </summary>
internal sealed class AssessmentBasisCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("assessment_basis", ["min_unzoned_m2"], ["unzoned_view", "no_public_zones", "no_dwelling_zones"], ["area_m2", "share_pct", "count", "cameras"]);

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var cameras = context.Applicable(rule).ToList();
        if (cameras.Count == 0)
        {
            yield break;
        }

        var min = rule.Value("min_unzoned_m2");
        foreach (var camera in cameras)
        {
            var view = context.View(camera).Visible;
            var unzoned = context.UnzonedPart(camera);
            if (context.Significant(unzoned) && unzoned.Area > min)
            {
                yield return context.Make(
                    rule,
                    "unzoned_view",
                    camera,
                    Conditions.Values(("area_m2", unzoned.Area), ("share_pct", 100 * unzoned.Area / view.Area)),
                    unzoned,
                    "unassessed_view",
                    rule.Parameters.Where(p => p.IsAssumption));
            }
        }

        var ids = cameras.Select(c => c.Id).ToList();
        var values = Conditions.Values(("count", ids.Count), ("cameras", ids));
        if (!context.Zones.Any(z => z.Kind == ZoneKind.PublicArea))
        {
            yield return context.Make(rule, "no_public_zones", null, values, Conditions.Points(cameras), "cameras", cameraIds: ids);
        }

        if (!context.Zones.Any(z => z.Kind == ZoneKind.Dwelling))
        {
            yield return context.Make(rule, "no_dwelling_zones", null, values, Conditions.Points(cameras), "cameras", cameraIds: ids);
        }
    }
}
