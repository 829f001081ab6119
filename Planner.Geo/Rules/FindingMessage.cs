namespace Planner.Geo.Rules;

/// <summary>
/// A finding's message as typed parts: the rule outcome's template in <see cref="Language"/>, the named values that
/// fill it, and the pack's note templates. The notes are not part of the text: one note per assumed parameter of the
/// finding (<see cref="Finding.AssumedParameters"/>) and one when the rule's source is unconfirmed. A consumer that
/// writes its own sentence (the report) fills <see cref="Template"/> with its own formatting; <see cref="Compose"/>
/// writes the engine's wording (<see cref="Finding.Message"/>, the <c>message</c> of <c>planner check</c>).
/// </summary>
public sealed record FindingMessage
{
    private readonly string language = "en";
    private readonly string template = "";

    /// <summary>ISO 639-1 code of the template's language ("da", "en").</summary>
    public required string Language { get => language; init => language = Guard.NotBlank(value, "language"); }

    /// <summary>The outcome's message with <c>{name}</c> and <c>{name|one|many}</c> placeholders (see <see cref="MessageTemplate"/>).</summary>
    public required string Template { get => template; init => template = Guard.NotNull(value, "template"); }

    /// <summary>The values that fill the template, by placeholder name: the camera, today's date, the rule's parameters and the check's values.</summary>
    public IReadOnlyDictionary<string, MessageValue> Values { get; init; } = new Dictionary<string, MessageValue>(StringComparer.Ordinal);

    /// <summary>The pack's note per assumed parameter, with placeholders {rule}, {name}, {value}, {unit}; empty when the finding rests on none.</summary>
    public string AssumptionNote { get; init; } = "";

    /// <summary>The note that the rule's source is unconfirmed, or null when the rule is confirmed (status V).</summary>
    public UnconfirmedNote? Unconfirmed { get; init; }

    /// <summary>
    /// The engine's message: the filled template, then one note per assumed parameter (contract name, value, unit named in
    /// the language by <see cref="UnitNames"/>), then the unconfirmed-rule note; parts separated by one space.
    /// </summary>
    public string Compose(IReadOnlyList<RuleParameter> assumed)
    {
        ArgumentNullException.ThrowIfNull(assumed);
        var lang = Language;
        var message = MessageTemplate.Fill(Template, Values, v => MessageTemplate.Format(v, lang));
        foreach (var p in assumed)
        {
            message += " " + MessageTemplate.Fill(AssumptionNote, NoteValues(p, p.Name, MessageValue.OfNumber(p.Value, p.Unit), UnitNames.Display(p.Unit, lang)), v => MessageTemplate.Format(v, lang));
        }

        if (Unconfirmed is { } u)
        {
            message += " " + u.Compose(lang);
        }

        return message;
    }

    /// <summary>The values of one assumption note: the parameter's rule id, and the name, value and unit as the caller words them.</summary>
    public static IReadOnlyDictionary<string, MessageValue> NoteValues(RuleParameter parameter, string name, MessageValue value, string unit)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        return new Dictionary<string, MessageValue>(StringComparer.Ordinal)
        {
            ["rule"] = MessageValue.OfText(parameter.RuleId),
            ["name"] = MessageValue.OfText(name),
            ["value"] = value,
            ["unit"] = MessageValue.OfText(unit),
        };
    }
}
