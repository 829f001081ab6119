using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules;

/// <summary>
/// One rule of a pack. <see cref="Check"/> names the engine check that evaluates it; <see cref="Exceptions"/> names
/// rules whose envelopes excuse part of a view (e.g. DK-01 is excused by DK-02, DK-04, DK-05, DK-07).
/// <see cref="Status"/> is the reference's mark for the rule itself; a rule not marked V makes every finding an assumption.
/// </summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }

    public required LocalizedText Title { get; init; }

    public required SourceStatus Status { get; init; }

    /// <summary>Why the rule is not marked V; null for V.</summary>
    public LocalizedText? StatusNote { get; init; }

    public required IReadOnlySet<OperatorType> AppliesTo { get; init; }

    public required string Check { get; init; }

    /// <summary>The rule's usual severity; outcomes may differ (e.g. an obligation met is info).</summary>
    public required Severity Severity { get; init; }

    public required IReadOnlyList<RuleParameter> Parameters { get; init; }

    public IReadOnlyList<string> Exceptions { get; init; } = [];

    public required IReadOnlyDictionary<string, RuleOutcome> Outcomes { get; init; }

    /// <summary>Zone kinds an envelope check draws around (zone_envelope).</summary>
    public IReadOnlyList<ZoneKind> Zones { get; init; } = [];

    /// <summary>Only zones of the camera's own operator count (a zone without operator_id counts for everyone).</summary>
    public bool OwnZones { get; init; }

    /// <summary>
    /// Only zones of a business type tv-overvågningsloven § 2 stk. 1 nr. 3 lists count (a zone whose business_type is
    /// not stated still counts, and the finding says the exception holds only for the listed types).
    /// </summary>
    public bool ListedBusinessTypesOnly { get; init; }

    /// <summary>A camera attribute the check depends on (see <see cref="Rules.CameraCondition"/>).</summary>
    public CameraCondition CameraCondition { get; init; }

    /// <summary>The camera attribute an attribute_required check asks for (contract name, e.g. "purpose").</summary>
    public string? Attribute { get; init; }

    /// <summary>The DORI level a quality_level check asks for.</summary>
    public DoriLevel? Level { get; init; }

    public required LegalSource Source { get; init; }

    public bool AppliesToOperator(OperatorType? type) => type is { } t && AppliesTo.Contains(t);

    public RuleParameter Parameter(string name) =>
        Parameters.FirstOrDefault(p => p.Name == name) ?? throw new KeyNotFoundException($"rule {Id} has no parameter {name}");

    public double Value(string name) => Parameter(name).Value;

    /// <summary>The parameter's value, or <paramref name="fallback"/> when the rule does not set it (a check's optional parameter).</summary>
    public double ValueOr(string name, double fallback) => Parameters.FirstOrDefault(p => p.Name == name)?.Value ?? fallback;
}
