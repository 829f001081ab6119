using System.Globalization;
using System.Text.RegularExpressions;

namespace Planner.Geo.Rules;

/// <summary>
/// Fills <c>{name}</c> placeholders of a message template. Numbers are written with at most one decimal and grouped
/// thousands: "16.328,2" in Danish ("da"), "16,328.2" otherwise; dates in words ("31. marts 2025", "31 March 2025");
/// lists are joined with ", ". <c>{name|one|many}</c> writes the number followed by the word in its grammatical number
/// ("1 foreslået skilt", "2 foreslåede skilte").
/// </summary>
public static partial class MessageTemplate
{
    // Built by hand so the output does not depend on the machine's ICU data (invariant globalization mode).
    private static readonly NumberFormatInfo Danish = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "." };

    private static readonly string[] DanishMonths =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    [GeneratedRegex(@"\{([a-z0-9_]+)(?:\|([^|{}]*)\|([^|{}]*))?\}")]
    private static partial Regex PlaceholderRegex();

    public static IEnumerable<string> Placeholders(string template) =>
        PlaceholderRegex().Matches(template).Select(m => m.Groups[1].Value);

    /// <summary>Fills the template from loose values (each read as <see cref="MessageValue.From"/>), written in <paramref name="language"/>.</summary>
    public static string Fill(string template, IReadOnlyDictionary<string, object?> values, string language)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Fill(template, values.ToDictionary(kv => kv.Key, kv => MessageValue.From(kv.Key, kv.Value), StringComparer.Ordinal), v => Format(v, language));
    }

    /// <summary>
    /// Fills the template from typed values, each written by <paramref name="format"/>; a placeholder without a value
    /// stays as written. <c>{name|one|many}</c> appends the word in the value's grammatical number.
    /// </summary>
    public static string Fill(string template, IReadOnlyDictionary<string, MessageValue> values, Func<MessageValue, string> format)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(format);
        return PlaceholderRegex().Replace(template, m =>
        {
            if (!values.TryGetValue(m.Groups[1].Value, out var v))
            {
                return m.Value;
            }

            var text = format(v);
            return m.Groups[2].Success ? text + " " + (v.IsOne ? m.Groups[2].Value : m.Groups[3].Value) : text;
        });
    }

    public static string Format(object? value, string language) => Format(MessageValue.From("", value), language);

    /// <summary>A typed value as the engine writes it: numbers by <see cref="FormatNumber"/>, ranges "2–8", dates in words, lists joined with ", ", nothing as "—".</summary>
    public static string Format(MessageValue value, string language) => value.Kind switch
    {
        MessageValueKind.Text => value.Text ?? "",
        MessageValueKind.Number => FormatNumber(value.Number, language),
        MessageValueKind.Range => FormatNumber(value.Number, language) + (value.To == value.Number ? "" : "–" + FormatNumber(value.To, language)),
        MessageValueKind.Date => FormatDate(value.Date, language),
        MessageValueKind.List => string.Join(", ", value.Items),
        _ => "—",
    };

    /// <summary>At most one decimal, thousands grouped: "16.328,2" (da), "16,328.2" (others).</summary>
    public static string FormatNumber(double d, string language) =>
        Math.Round(d, 1).ToString("#,0.#", language == "da" ? Danish : NumberFormatInfo.InvariantInfo);

    /// <summary>A date in words: "31. marts 2025" (da), "31 March 2025" (others).</summary>
    public static string FormatDate(DateOnly date, string language) =>
        language == "da"
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {DanishMonths[date.Month - 1]} {date.Year}")
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
