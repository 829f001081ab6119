using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

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

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule) => PlanLevelGroups.Evaluate(this, context, rule);

    /// <summary>The controller of a camera of the rule's operator types whose real view reaches significant public area.</summary>
    public string? Group(RuleContext context, RuleDefinition rule, Camera camera) =>
        rule.AppliesToOperator(camera.Operator) && context.Significant(context.PublicPart(camera))
            ? camera.ControllerName ?? camera.OperatorId ?? camera.Operator?.ToString().ToLowerInvariant() ?? "unknown"
            : null;

    public IEnumerable<Finding> GroupFindings(RuleContext context, RuleDefinition rule, string group, IReadOnlyList<Camera> cameras)
    {
        var maxArea = rule.Value("max_public_area_m2");
        var maxCameras = rule.Value("max_cameras");
        var countOver = cameras.Count > maxCameras;
        var parts = cameras.Select(context.PublicPart).ToList();

        // The union is never larger than the sum of its parts: below both thresholds with room to spare for rounding
        // (1e-9 relative), the controller needs no DPIA, and the union (the costly part) is not built.
        if (!countOver && parts.Sum(p => p.Area) * (1 + 1e-9) < maxArea)
        {
            return [];
        }

        Geometry union = GeoOps.Union(parts);
        var areaOver = union.Area > maxArea;
        if (!areaOver && !countOver)
        {
            return [];
        }

        var assumed = rule.Parameters.Where(p => p.IsAssumption
            && ((p.Name == "max_public_area_m2" && areaOver) || (p.Name == "max_cameras" && countOver)));
        var ids = cameras.Select(c => c.Id).ToList();
        return
        [
            context.Make(
                rule,
                "dpia_required",
                null,
                Conditions.Values(("controller", group), ("area_m2", union.Area), ("count", cameras.Count), ("cameras", ids)),
                union,
                "public_view",
                assumed,
                ids),
        ];
    }

    /// <summary>The group's union is of its cameras' public views, which change only with the view (one public part per view object).</summary>
    public bool Changes((Camera Camera, CameraView View) before, (Camera Camera, CameraView View) after) => !ReferenceEquals(before.View, after.View);
}
