using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>attribute_required</c> (G-01, G-03, UK principles 1 and 4): each camera of the rule's operator types must state
/// the rule's <c>attribute</c> (one of <see cref="Supported"/>).
/// </summary>
internal sealed class AttributeCheck : IRuleCheck
{
    public static readonly IReadOnlyList<string> Supported = ["purpose", "operator_id", "operator", "retention_days", "recording", "permit"];

    public CheckSpec Spec { get; } = new("attribute_required", [], ["missing"], ["attribute"])
    {
        Fields = ["attribute"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            if (!Present(camera, rule.Attribute!))
            {
                yield return context.Make(rule, "missing", camera, Conditions.Values(("attribute", rule.Attribute)), assumed: rule.Parameters.Where(p => p.IsAssumption));
            }
        }
    }

    private static bool Present(Camera camera, string attribute) => attribute switch
    {
        "purpose" => !string.IsNullOrWhiteSpace(camera.Purpose),
        "operator_id" => !string.IsNullOrWhiteSpace(camera.OperatorId),
        "operator" => camera.Operator is not null,
        "retention_days" => camera.RetentionDays is not null,
        "recording" => camera.Recording is not null,
        "permit" => !string.IsNullOrWhiteSpace(camera.Permit),
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "unsupported attribute"),
    };
}
