using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>takeover_layer</c> (DK-17): the cameras of the rule's operator types that the police could take over with a
/// court order — every one not mounted inside a dwelling zone (homes are excluded) — as one plan-level layer.
/// </summary>
internal sealed class TakeoverCheck : IPlanLevelCheck
{
    public CheckSpec Spec { get; } = new("takeover_layer", [], ["eligible"], ["count", "cameras"]);

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule) => PlanLevelGroups.Evaluate(this, context, rule);

    public string? Group(RuleContext context, RuleDefinition rule, Camera camera)
    {
        var dwellings = context.ZonesOf(ZoneKind.Dwelling);
        return PlanLevelGroups.Listed(rule.AppliesToOperator(camera.Operator) && (dwellings.IsEmpty || !context.Covers(dwellings, camera)));
    }

    public IEnumerable<Finding> GroupFindings(RuleContext context, RuleDefinition rule, string group, IReadOnlyList<Camera> cameras) =>
        CameraListFinding.For(context, rule, "eligible", cameras);

    public bool Changes((Camera Camera, CameraView View) before, (Camera Camera, CameraView View) after) => PlanLevelGroups.Moved(before, after);
}
