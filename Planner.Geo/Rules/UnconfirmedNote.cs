namespace Planner.Geo.Rules;

/// <summary>
/// The note on a finding whose rule is not confirmed in the reference: the pack's note template (placeholders
/// {status}, {note}), the rule's status mark and its status note in the finding's language (null when the pack gives none).
/// </summary>
public sealed record UnconfirmedNote(string Template, SourceStatus Status, string? Note)
{
    public string Compose(string language) => MessageTemplate.Fill(
        Template,
        new Dictionary<string, MessageValue>(StringComparer.Ordinal)
        {
            ["status"] = MessageValue.OfText(Status.ToString()),
            ["note"] = MessageValue.OfText(Note),
        },
        v => MessageTemplate.Format(v, language));
}
