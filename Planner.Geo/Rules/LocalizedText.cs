namespace Planner.Geo.Rules;

/// <summary>A text in each of a pack's languages (ISO 639-1 codes such as "da", "en").</summary>
public sealed class LocalizedText
{
    private readonly IReadOnlyDictionary<string, string> texts;

    public LocalizedText(IReadOnlyDictionary<string, string> texts) => this.texts = texts;

    public IEnumerable<string> Languages => texts.Keys;

    /// <summary>The text in <paramref name="language"/>; the pack loader guarantees every pack language is present.</summary>
    public string Get(string language) =>
        texts.TryGetValue(language, out var text) ? text : throw new DomainRuleException("lang", $"lang must be one of {string.Join(", ", texts.Keys)}");
}
