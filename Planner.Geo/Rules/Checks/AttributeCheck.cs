using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>attribute_required</c> (G-01, G-03, UK principles 1 and 4): each camera of the rule's operator types must state
/// the rule's <c>attribute</c> (one of <see cref="Supported"/>; <c>sign_content</c> = controller name, contact and purpose,
/// what a sign must tell). With camera condition <c>public_view</c> only cameras whose real view reaches public area.
/// </summary>
internal sealed class AttributeCheck : IRuleCheck
{
    public static readonly IReadOnlyList<string> Supported = ["purpose", "operator_id", "operator", "retention_days", "recording", "permit", "sign_content"];

    public CheckSpec Spec { get; } = new("attribute_required", [], ["missing"], ["attribute"])
    {
        Fields = ["attribute"],
        Conditions = [CameraCondition.None, CameraCondition.PublicView],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule).Where(c => rule.CameraCondition.Holds(c, context)))
        {
            if (!Present(camera, rule.Attribute!))
            {
                var named = rule.Attribute == "sign_content" ? string.Join(", ", MissingSignContent(camera)) : rule.Attribute;
                yield return context.Make(rule, "missing", camera, Conditions.Values(("attribute", named)), assumed: rule.Parameters.Where(p => p.IsAssumption));
            }
        }
    }

    /// <summary>What a sign must tell and the camera's record lacks: the controller, its contact, the purpose (EDPB 3/2019 layered signs).</summary>
    private static IEnumerable<string> MissingSignContent(Camera camera)
    {
        if (string.IsNullOrWhiteSpace(camera.ControllerName))
        {
            yield return "controller_name";
        }

        if (string.IsNullOrWhiteSpace(camera.ControllerContact))
        {
            yield return "controller_contact";
        }

        if (string.IsNullOrWhiteSpace(camera.Purpose))
        {
            yield return "purpose";
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
        "sign_content" => !MissingSignContent(camera).Any(),
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, "unsupported attribute"),
    };
}
