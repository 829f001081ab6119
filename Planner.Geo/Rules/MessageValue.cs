namespace Planner.Geo.Rules;

/// <summary>What a <see cref="MessageValue"/> holds.</summary>
public enum MessageValueKind
{
    /// <summary>No value (written "—").</summary>
    Missing,
    Text,
    Number,

    /// <summary>A range of numbers in one unit ("2–8").</summary>
    Range,
    Date,
    List,
}

/// <summary>
/// One named value that filled a message template: a number with its contract unit ("m", "m2", "days", "years",
/// "dkk", "percent", or "" for a count), a date, a text or a list of texts. Consumers format it themselves (the CLI
/// through <see cref="MessageTemplate"/>, the report with its own number formatting), so no consumer parses text.
/// </summary>
public readonly record struct MessageValue
{
    private readonly string? unit;
    private readonly IReadOnlyList<string>? items;

    private MessageValue(MessageValueKind kind, double number, double to, string unit, string? text, DateOnly date, IReadOnlyList<string>? items)
    {
        Kind = kind;
        Number = number;
        To = to;
        this.unit = unit;
        Text = text;
        Date = date;
        this.items = items;
    }

    public MessageValueKind Kind { get; }

    /// <summary>The number (kind Number), or the low end of a range (kind Range), in <see cref="Unit"/>.</summary>
    public double Number { get; }

    /// <summary>The high end of a range (kind Range), in <see cref="Unit"/>.</summary>
    public double To { get; }

    /// <summary>Contract unit of a number or range ("" for a count or a plain number).</summary>
    public string Unit => unit ?? "";

    /// <summary>The text (kind Text).</summary>
    public string? Text { get; }

    /// <summary>The date (kind Date).</summary>
    public DateOnly Date { get; }

    /// <summary>The texts (kind List), in the order the rule gave them.</summary>
    public IReadOnlyList<string> Items => items ?? [];

    /// <summary>True for a number that reads as one (rounded to one decimal, as written) and a one-item list: the template's singular form applies.</summary>
    public bool IsOne => Kind switch
    {
        MessageValueKind.Number => Math.Round(Number, 1) == 1,
        MessageValueKind.List => Items.Count == 1,
        _ => false,
    };

    public static MessageValue Missing => default;

    public static MessageValue OfNumber(double value, string unit) =>
        new(MessageValueKind.Number, value, value, Guard.NotNull(unit, "unit"), null, default, null);

    /// <summary>A range from <paramref name="from"/> to <paramref name="to"/> (from ≤ to) in <paramref name="unit"/>; equal ends read as one number.</summary>
    public static MessageValue OfRange(double from, double to, string unit)
    {
        Guard.That(from <= to, "to", "to must be ≥ from");
        return new(MessageValueKind.Range, from, to, Guard.NotNull(unit, "unit"), null, default, null);
    }

    public static MessageValue OfText(string? text) =>
        text is null ? Missing : new(MessageValueKind.Text, 0, 0, "", text, default, null);

    public static MessageValue OfDate(DateOnly date) => new(MessageValueKind.Date, 0, 0, "", null, date, null);

    public static MessageValue OfList(IEnumerable<string> items) =>
        new(MessageValueKind.List, 0, 0, "", null, default, [.. Guard.NotNull(items, "items")]);

    /// <summary>
    /// The typed value of a check's loose value named <paramref name="name"/>: numbers take their unit from the
    /// name's suffix (area_m2 → m2, buffer_m → m, retention_days → days, max_permit_years → years, amount_dkk → dkk,
    /// share_pct → percent; none for counts); any other object is written as invariant text.
    /// </summary>
    public static MessageValue From(string name, object? value) => value switch
    {
        null => Missing,
        MessageValue v => v,
        string s => OfText(s),
        double d => OfNumber(d, UnitOf(name)),
        int i => OfNumber(i, UnitOf(name)),
        long l => OfNumber(l, UnitOf(name)),
        decimal m => OfNumber((double)m, UnitOf(name)),
        DateOnly date => OfDate(date),
        IEnumerable<string> list => OfList(list),
        _ => OfText(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    /// <summary>The contract unit a value name's suffix states ("" when it states none).</summary>
    public static string UnitOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var cut = name.LastIndexOf('_');
        var suffix = cut < 0 ? "" : name[(cut + 1)..];
        return suffix switch
        {
            "m" or "m2" or "days" or "years" or "dkk" => suffix,
            "pct" => "percent",
            _ => "",
        };
    }
}
