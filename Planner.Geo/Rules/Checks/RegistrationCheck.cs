using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>registration</c> (DK-12, POLCAM): each camera of the rule's operator types whose real view reaches public_area
/// must be registered (an obligation, reported with the public part of its view); the optional plan-level
/// <c>register_list</c> lists them all with their positions.
/// </summary>
internal sealed class RegistrationCheck : IPlanLevelCheck
{
    public CheckSpec Spec { get; } = new("registration", [], ["registration_required"], ["area_m2", "count", "cameras"])
    {
        OptionalOutcomes = ["register_list"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var assumed = rule.Parameters.Where(p => p.IsAssumption).ToList();
        foreach (var camera in context.Applicable(rule))
        {
            var publicPart = context.PublicPart(camera);
            if (context.Significant(publicPart))
            {
                yield return context.Make(rule, "registration_required", camera, Conditions.Values(("area_m2", publicPart.Area)), publicPart, "public_view", assumed);
            }
        }

        foreach (var finding in PlanLevelGroups.Evaluate(this, context, rule))
        {
            yield return finding;
        }
    }

    public string? Group(RuleContext context, RuleDefinition rule, Camera camera) =>
        PlanLevelGroups.Listed(rule.AppliesToOperator(camera.Operator) && context.Significant(context.PublicPart(camera)));

    public IEnumerable<Finding> GroupFindings(RuleContext context, RuleDefinition rule, string group, IReadOnlyList<Camera> cameras) =>
        rule.Outcomes.ContainsKey("register_list") ? CameraListFinding.For(context, rule, "register_list", cameras) : [];

    public bool Changes((Camera Camera, CameraView View) before, (Camera Camera, CameraView View) after) => PlanLevelGroups.Moved(before, after);
}
