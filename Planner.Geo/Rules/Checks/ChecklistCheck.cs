using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>checklist</c> (DK-03, DK-15, G-04, UK principles 5, 7–10, 12): a duty the map cannot test. One plan-level
/// finding lists the cameras of the rule's operator types that meet its camera condition, for a reviewer to confirm;
/// none when no camera is concerned. The rule's assumption parameters (quoted in the message) flag the finding.
/// </summary>
internal sealed class ChecklistCheck : IPlanLevelCheck
{
    public CheckSpec Spec { get; } = new("checklist", [], ["review"], ["count", "cameras"])
    {
        Conditions = [CameraCondition.None, CameraCondition.Recording, CameraCondition.NotRecording, CameraCondition.PublicView],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule) => PlanLevelGroups.Evaluate(this, context, rule);

    public string? Group(RuleContext context, RuleDefinition rule, Camera camera) =>
        PlanLevelGroups.Listed(rule.AppliesToOperator(camera.Operator) && rule.CameraCondition.Holds(camera, context));

    public IEnumerable<Finding> GroupFindings(RuleContext context, RuleDefinition rule, string group, IReadOnlyList<Camera> cameras) =>
        CameraListFinding.For(context, rule, "review", cameras);

    public bool Changes((Camera Camera, CameraView View) before, (Camera Camera, CameraView View) after) => PlanLevelGroups.Moved(before, after);
}
