using System.Text.RegularExpressions;
using Planner.Geo.Rules;

namespace Planner.Reports.Content;

/// <summary>
/// A finding's message as the proposal prints it. The engine appends a note per assumed parameter with the pack's
/// contract names and units ("DK-12 registration_days = 14 days"); the proposal replaces exactly that note with the
/// same statement in readable words ("DK-12 Frist for registrering i POLCAM = 14 dage"). If the engine's wording
/// changes, the note no longer matches and the message is printed as the engine wrote it. Danish messages also get
/// thousands separators on areas and amounts ("16328,2 m²" → "16.328,2 m²").
/// </summary>
public static partial class FindingWording
{
    public static string Message(Finding finding, RulePack pack, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(pack);
        var lang = language.Code();
        var message = finding.Message;
        foreach (var p in finding.AssumedParameters)
        {
            var template = pack.AssumptionNote.Get(lang);
            // The engine names the unit in the message's language (UnitNames); older packs' notes used the contract unit.
            var engine = MessageTemplate.Fill(template, new Dictionary<string, object?> { ["rule"] = p.RuleId, ["name"] = p.Name, ["value"] = p.Value, ["unit"] = UnitNames.Display(p.Unit, lang) }, lang);
            var engineRaw = MessageTemplate.Fill(template, new Dictionary<string, object?> { ["rule"] = p.RuleId, ["name"] = p.Name, ["value"] = p.Value, ["unit"] = p.Unit }, lang);
            var readable = MessageTemplate.Fill(template, new Dictionary<string, object?>
            {
                ["rule"] = p.RuleId,
                ["name"] = "(" + ParameterTexts.Label(p.Name, language) + ")",
                ["value"] = new Fmt(language).Value(p.Value),
                ["unit"] = ParameterTexts.Unit(p.Unit, language),
            }, lang).Replace(" ,", ",", StringComparison.Ordinal);
            message = message.Replace(engine, readable, StringComparison.Ordinal).Replace(engineRaw, readable, StringComparison.Ordinal);
        }

        return language == ReportLanguage.Danish ? GroupThousands(message) : message;
    }

    /// <summary>Danish thousands separators on numbers of five or more digits before "m²" or "kr.".</summary>
    public static string GroupThousands(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LargeNumber().Replace(text, m =>
        {
            var digits = m.Groups[1].Value;
            var grouped = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');
            return grouped + m.Groups[2].Value;
        });
    }

    [GeneratedRegex(@"(?<![\d.,])(\d{4,})(,\d+)?(?= ?(m²|kr\.))")]
    private static partial Regex LargeNumber();
}
