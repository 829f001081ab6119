using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// An engine check a rule names in its <c>check</c> field. The pack loader validates each rule against
/// <see cref="Spec"/> (parameters, outcomes, placeholders, fields), so evaluation never meets a missing key.
/// </summary>
internal interface IRuleCheck
{
    CheckSpec Spec { get; }

    IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule);
}

/// <summary>A check that also gives an envelope: the ground where a camera of the rule's operator types is excused by the rule.</summary>
internal interface IEnvelopeCheck : IRuleCheck
{
    /// <summary>The envelope for the camera (working CRS), or null when the rule gives this camera none.</summary>
    Geometry? Envelope(RuleContext context, RuleDefinition rule, Camera camera);
}

/// <summary>What a check needs from its rule.</summary>
internal sealed record CheckSpec(
    string Kind,
    IReadOnlyList<string> Parameters,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> Placeholders)
{
    /// <summary>Outcomes a rule may define or leave out.</summary>
    public IReadOnlyList<string> OptionalOutcomes { get; init; } = [];

    /// <summary>Rule fields the check needs (e.g. "zones", "attribute", "level").</summary>
    public IReadOnlyList<string> Fields { get; init; } = [];

    /// <summary>Whether the rule may list exception rules (which must have envelope checks).</summary>
    public bool UsesExceptions { get; init; }

    /// <summary>Camera conditions the check understands.</summary>
    public IReadOnlyList<CameraCondition> Conditions { get; init; } = [CameraCondition.None];
}
