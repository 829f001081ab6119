namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>retention_limit</c> (DK-14, DK-14b, UK-06): a recording camera (recording not stated false) of the rule's
/// operator types must state <c>retention_days</c> and keep recordings at most <c>max_days</c> days. Longer keeping on
/// grounds recorded per camera (<c>deletion_exceptions</c>: a police report, a concrete dispute) is reported
/// <c>exception_recorded</c> where the rule defines it (DK-14); without that outcome (DK-14b, § 4 d) it stays a violation.
/// </summary>
internal sealed class RetentionCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("retention_limit", ["max_days"], ["retention_exceeded", "retention_unknown"], ["retention_days", "exceptions"])
    {
        OptionalOutcomes = ["exception_recorded"],
    };

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
                // Recorded grounds (a police report, a concrete dispute) allow longer keeping where the rule has that
                // outcome (§ 4 c stk. 5); § 4 d allows none, so there the grounds are quoted in the violation.
                var values = Conditions.Values(("retention_days", days), ("exceptions", camera.DeletionExceptions ?? "—"));
                var excused = !string.IsNullOrWhiteSpace(camera.DeletionExceptions) && rule.Outcomes.ContainsKey("exception_recorded");
                yield return context.Make(rule, excused ? "exception_recorded" : "retention_exceeded", camera, values, assumed: assumed);
            }
        }
    }
}
