using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Rules;

namespace Planner.Desktop.Cli;

/// <summary>
/// Options the rule verbs share: <c>--rules</c> (a pack; default the bundled Danish pack), <c>--lang</c>, <c>--today</c>
/// (default: today in Copenhagen). One definition and one error line each; a verb whose <c>--lang</c> means something
/// narrower (the report's document language) gives its own help text and default and checks the value itself.
/// </summary>
/// <param name="langDescription">The help text of <c>--lang</c>; null for the rule verbs' own (the message language).</param>
/// <param name="langDefault">The default of <c>--lang</c>; null = the pack's first language (see <see cref="Language"/>).</param>
internal sealed class RuleVerbOptions(string? langDescription = null, string? langDefault = null)
{
    public Option<string?> Rules { get; } = new("--rules") { Description = "Rule pack JSON (default: the bundled data/rules/dk.json; data/rules/uk.json is the UK pack)." };

    public Option<string?> Lang { get; } = langDefault is null
        ? new("--lang") { Description = langDescription ?? "Message language: one of the pack's languages (dk.json: da, en; default: the pack's first)." }
        : new("--lang") { Description = langDescription, DefaultValueFactory = _ => langDefault };

    public Option<string?> Today { get; } = new("--today") { Description = "The date to judge permits and footage against, YYYY-MM-DD (default: today, Europe/Copenhagen)." };

    public RuleVerbOptions AddTo(Command command, bool today = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Rules);
        command.Options.Add(Lang);
        if (today)
        {
            command.Options.Add(Today);
        }

        return this;
    }

    public RulePack LoadPack(ParseResult parse) => RulePackLoader.Load(parse.GetValue(Rules) ?? RulePackLocator.Find());

    public string Language(ParseResult parse, RulePack pack)
    {
        var lang = parse.GetValue(Lang) ?? pack.Languages[0];
        return pack.Languages.Contains(lang)
            ? lang
            : throw new InputException("--lang", null, null, $"expected one of the pack's languages: {string.Join(", ", pack.Languages)}, got \"{lang}\"");
    }

    public DateOnly TodayDate(ParseResult parse) => ParseDate(parse.GetValue(Today), "--today")
        ?? CopenhagenTime.Today();

    public static DateOnly? ParseDate(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d >= PlausibleRanges.FirstDate && d <= PlausibleRanges.LastDate ? d
                : throw new InputException(option, null, null, $"expected a date from {PlausibleRanges.FirstDate:yyyy-MM-dd} to {PlausibleRanges.LastDate:yyyy-MM-dd}, got \"{text}\"")
        : throw new InputException(option, null, null, $"expected a date YYYY-MM-DD, got \"{text}\"");

    /// <summary>Cuts a message for a one-line table cell.</summary>
    public static string Cell(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
