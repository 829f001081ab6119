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

    public static string Fill(string template, IReadOnlyDictionary<string, object?> values, string language)
    {
        ArgumentNullException.ThrowIfNull(values);
        return PlaceholderRegex().Replace(template, m =>
        {
            if (!values.TryGetValue(m.Groups[1].Value, out var v))
            {
                return m.Value;
            }

            var text = Format(v, language);
            return m.Groups[2].Success ? text + " " + (IsOne(v) ? m.Groups[2].Value : m.Groups[3].Value) : text;
        });
    }

    public static string Format(object? value, string language) => value switch
    {
        null => "—",
        string s => s,
        double d => FormatNumber(d, language),
        int i => FormatNumber(i, language),
        long l => FormatNumber(l, language),
        decimal m => FormatNumber((double)m, language),
        DateOnly date => FormatDate(date, language),
        IEnumerable<string> list => string.Join(", ", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>At most one decimal, thousands grouped: "16.328,2" (da), "16,328.2" (others).</summary>
    public static string FormatNumber(double d, string language) =>
        Math.Round(d, 1).ToString("#,0.#", language == "da" ? Danish : NumberFormatInfo.InvariantInfo);

    /// <summary>A date in words: "31. marts 2025" (da), "31 March 2025" (others).</summary>
    public static string FormatDate(DateOnly date, string language) =>
        language == "da"
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {DanishMonths[date.Month - 1]} {date.Year}")
            : date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static bool IsOne(object? v) => v switch
    {
        int i => i == 1,
        long l => l == 1,
        double d => Math.Round(d, 1) == 1,
        IEnumerable<string> list => list.Count() == 1,
        _ => false,
    };
}
