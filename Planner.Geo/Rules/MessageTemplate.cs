using System.Globalization;
using System.Text.RegularExpressions;

namespace Planner.Geo.Rules;

/// <summary>
/// Fills <c>{name}</c> placeholders of a message template. Numbers are written with at most one decimal, a decimal
/// comma in Danish ("da") and a point otherwise; lists are joined with ", ".
/// </summary>
public static partial class MessageTemplate
{
    [GeneratedRegex(@"\{([a-z0-9_]+)\}")]
    private static partial Regex PlaceholderRegex();

    public static IEnumerable<string> Placeholders(string template) =>
        PlaceholderRegex().Matches(template).Select(m => m.Groups[1].Value);

    public static string Fill(string template, IReadOnlyDictionary<string, object?> values, string language)
    {
        ArgumentNullException.ThrowIfNull(values);
        return PlaceholderRegex().Replace(template, m =>
            values.TryGetValue(m.Groups[1].Value, out var v) ? Format(v, language) : m.Value);
    }

    public static string Format(object? value, string language) => value switch
    {
        null => "—",
        string s => s,
        double d => FormatNumber(d, language),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal m => FormatNumber((double)m, language),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> list => string.Join(", ", list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static string FormatNumber(double d, string language)
    {
        var text = Math.Round(d, 1).ToString("0.#", CultureInfo.InvariantCulture);
        return language == "da" ? text.Replace('.', ',') : text;
    }
}
