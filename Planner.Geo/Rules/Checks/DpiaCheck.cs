using NetTopologySuite.Geometries;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>dpia_threshold</c> (G-02, UK principle 2): per controller — the legal entity (controller_name, so a job centre
/// counts with its municipality), else operator_id, else the operator type, else "unknown" — the union of the public part of its cameras' real views and the number of cameras with such a view;
/// above <c>max_public_area_m2</c> or <c>max_cameras</c> a DPIA is required (a plan-level finding listing the cameras,
/// with the union as geometry). Both thresholds are usually assumptions: "large scale" has no number in law.
/// </summary>
internal sealed class DpiaCheck : IPlanLevelCheck
{
    public CheckSpec Spec { get; } = new("dpia_threshold", ["max_public_area_m2", "max_cameras"], ["dpia_required"], ["controller", "area_m2", "count", "cameras"]);

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var maxArea = rule.Value("max_public_area_m2");
        var maxCameras = rule.Value("max_cameras");
        var groups = context.Applicable(rule)
            .Where(c => context.Significant(context.PublicPart(c)))
            .GroupBy(c => c.ControllerName ?? c.OperatorId ?? c.Operator?.ToString().ToLowerInvariant() ?? "unknown", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var cameras = group.ToList();
            Geometry union = GeoOps.Union(cameras.Select(context.PublicPart));
            var areaOver = union.Area > maxArea;
            var countOver = cameras.Count > maxCameras;
            if (!areaOver && !countOver)
            {
                continue;
            }

            var assumed = rule.Parameters.Where(p => p.IsAssumption
                && ((p.Name == "max_public_area_m2" && areaOver) || (p.Name == "max_cameras" && countOver)));
            var ids = cameras.Select(c => c.Id).ToList();
            yield return context.Make(
                rule,
                "dpia_required",
                null,
                Conditions.Values(("controller", group.Key), ("area_m2", union.Area), ("count", cameras.Count), ("cameras", ids)),
                union,
                "public_view",
                assumed,
                ids);
        }
    }
}
