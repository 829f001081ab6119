namespace Planner.Geo.Rules;

/// <summary>
/// One numeric rule parameter with its unit (e.g. "m", "m2", "days", "years", "dkk", "count"), whether the law fixes it,
/// the reference's status mark and the reasoning behind the value.
/// </summary>
public sealed record RuleParameter(string Name, double Value, string Unit, ParameterBasis Basis, SourceStatus Status, string Reasoning)
{
    /// <summary>Id of the rule the parameter belongs to (set by the loader).</summary>
    public string RuleId { get; init; } = "";

    public bool IsAssumption => Basis == ParameterBasis.Assumption;

    /// <summary>The reasoning per pack language, where the pack gives it per language (else <see cref="Reasoning"/> serves all).</summary>
    public LocalizedText? ReasoningTexts { get; init; }

    /// <summary>This parameter with <see cref="Reasoning"/> in <paramref name="language"/> (findings carry their language's text).</summary>
    public RuleParameter In(string language) => ReasoningTexts is { } t && t.Languages.Contains(language) ? this with { Reasoning = t.Get(language) } : this;
}
