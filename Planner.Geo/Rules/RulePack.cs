namespace Planner.Geo.Rules;

/// <summary>
/// A loaded, validated rule pack. <see cref="Sha256"/> is the lowercase hex SHA-256 of the pack file's canonical
/// bytes (UTF-8 without BOM, line ends normalised to LF), so a report can name exactly which rules it applied.
/// </summary>
public sealed record RulePack
{
    public required string PackId { get; init; }

    public required string Name { get; init; }

    /// <summary>The pack's name per language, where the pack gives one per language.</summary>
    public LocalizedText? NameTexts { get; init; }

    /// <summary>The pack's name in <paramref name="language"/> (else <see cref="Name"/>).</summary>
    public string NameIn(string language) => NameTexts is { } t && t.Languages.Contains(language) ? t.Get(language) : Name;

    /// <summary>Semantic version (MAJOR.MINOR.PATCH).</summary>
    public required string Version { get; init; }

    public required string Jurisdiction { get; init; }

    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>Template appended to a message per assumed parameter: placeholders {rule}, {name}, {value}, {unit}.</summary>
    public required LocalizedText AssumptionNote { get; init; }

    /// <summary>Template appended when the rule itself is not marked V: placeholder {status}, {note}.</summary>
    public required LocalizedText UnconfirmedRuleNote { get; init; }

    public required IReadOnlyList<RuleDefinition> Rules { get; init; }

    public required string Sha256 { get; init; }

    /// <summary>The file the pack was read from (as given).</summary>
    public required string SourceFile { get; init; }

    public RuleDefinition? Find(string id) => Rules.FirstOrDefault(r => r.Id == id);
}
