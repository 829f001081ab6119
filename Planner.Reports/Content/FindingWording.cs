using Planner.Geo.Rules;

namespace Planner.Reports.Content;

/// <summary>
/// A finding's message as the proposal prints it, composed from the finding's typed parts (<see cref="Finding.Text"/>),
/// never from the engine's message text: the outcome's template filled with the report's number formatting
/// (<see cref="Fmt.Amount"/>: thousands grouped "16.328,2", at most one decimal), then one note per assumed parameter
/// with the parameter in readable words ("DK-12 (Frist for registrering i POLCAM) = 14 dage") instead of its contract
/// name and unit, then the unconfirmed-rule note. However the pack words its notes, the report fills them itself.
/// </summary>
public static class FindingWording
{
    public static string Message(Finding finding, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var fmt = new Fmt(language);
        var text = finding.Text;
        var message = MessageTemplate.Fill(text.Template, text.Values, v => Value(v, fmt));
        foreach (var p in finding.AssumedParameters)
        {
            message += " " + Note(text.AssumptionNote, p, fmt);
        }

        if (text.Unconfirmed is { } u)
        {
            message += " " + u.Compose(language.Code());
        }

        return message;
    }

    /// <summary>A value of a message as the report writes it: numbers through <see cref="Fmt.Amount"/>, dates through <see cref="Fmt.Date(DateOnly)"/>.</summary>
    public static string Value(MessageValue value, Fmt fmt)
    {
        ArgumentNullException.ThrowIfNull(fmt);
        return value.Kind switch
        {
            MessageValueKind.Text => value.Text ?? "",
            MessageValueKind.Number => fmt.Amount(value.Number),
            MessageValueKind.Range => fmt.Amount(value.Number) + (value.To == value.Number ? "" : "–" + fmt.Amount(value.To)),
            MessageValueKind.Date => fmt.Date(value.Date),
            MessageValueKind.List => string.Join(", ", value.Items),
            _ => "—",
        };
    }

    // The parameter's value keeps up to two decimals, as in the assumptions table. A unit that reads as nothing (a
    // count) leaves the note's "{value} {unit}" with a trailing space, which would stand before the next punctuation.
    private static string Note(string template, RuleParameter p, Fmt fmt)
    {
        var unit = ParameterTexts.Unit(p.Unit, fmt.Language);
        var values = FindingMessage.NoteValues(p, "(" + ParameterTexts.Label(p.Name, fmt.Language) + ")", MessageValue.OfText(fmt.Value(p.Value)), unit);
        var note = MessageTemplate.Fill(template, values, v => Value(v, fmt));
        return unit.Length == 0 ? note.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal) : note;
    }
}
