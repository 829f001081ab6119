namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>retention_limit</c> (DK-14, DK-14b, UK-06): a recording camera (recording not stated false) of the rule's
/// operator types must state <c>retention_days</c> and keep recordings at most <c>max_days</c> days.
/// </summary>
internal sealed class RetentionCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("retention_limit", ["max_days"], ["retention_exceeded", "retention_unknown"], ["retention_days"]);

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var max = rule.Value("max_days");
        var assumed = rule.Parameters.Where(p => p.IsAssumption).ToList();
        foreach (var camera in context.Applicable(rule))
        {
            if (camera.Recording == false)
            {
                continue;
            }

            if (camera.RetentionDays is not { } days)
            {
                yield return context.Make(rule, "retention_unknown", camera, assumed: assumed);
            }
            else if (days > max)
            {
                yield return context.Make(rule, "retention_exceeded", camera, Conditions.Values(("retention_days", days)), assumed: assumed);
            }
        }
    }
}
