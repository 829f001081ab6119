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
        var listed = new List<Camera>();
        foreach (var camera in context.Applicable(rule))
        {
            var publicPart = context.PublicPart(camera);
            if (!context.Significant(publicPart))
            {
                continue;
            }

            listed.Add(camera);
            yield return context.Make(rule, "registration_required", camera, Conditions.Values(("area_m2", publicPart.Area)), publicPart, "public_view", assumed);
        }

        if (listed.Count > 0 && rule.Outcomes.ContainsKey("register_list"))
        {
            var ids = listed.Select(c => c.Id).ToList();
            yield return context.Make(
                rule,
                "register_list",
                null,
                Conditions.Values(("count", ids.Count), ("cameras", ids)),
                Conditions.Points(listed),
                "cameras",
                assumed,
                ids);
        }
    }
}
