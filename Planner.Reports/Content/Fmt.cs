using System.Globalization;

namespace Planner.Reports.Content;

/// <summary>
/// Number and date formatting per report language. The app runs with invariant globalization, so Danish conventions
/// (decimal comma, "25. november 2026") are written out here rather than taken from a culture.
/// </summary>
public sealed class Fmt(ReportLanguage language)
{
    private static readonly string[] DanishMonths =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public ReportLanguage Language { get; } = language;

    private bool Da => Language == ReportLanguage.Danish;

    /// <summary>A number with <paramref name="decimals"/> decimals and a thousands separator (Danish "." / English ",").</summary>
    public string Num(double value, int decimals = 0)
    {
        var s = value.ToString("#,0" + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
        return Da ? s.Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.') : s;
    }

    /// <summary>
    /// A projected position as "E 535675,0 N 6231935,7" (Danish) or "E 535675.0 N 6231935.7": one decimal, no
    /// thousands separator, so a surveyor reads it without ambiguity.
    /// </summary>
    public string Coordinate(double east, double north)
    {
        var e = east.ToString("0.0", CultureInfo.InvariantCulture);
        var n = north.ToString("0.0", CultureInfo.InvariantCulture);
        return Da ? $"E {e.Replace('.', ',')} N {n.Replace('.', ',')}" : $"E {e} N {n}";
    }

    /// <summary>A value with up to two decimals and no trailing zeros ("1,5", "5.000", "0,25").</summary>
    public string Value(double value)
    {
        var s = value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return Da ? s.Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.') : s;
    }

    /// <summary>An amount as rule messages state it: at most one decimal, thousands grouped ("16.328,2", "12", "16,328.2").</summary>
    public string Amount(double value)
    {
        var s = Math.Round(value, 1).ToString("#,0.#", CultureInfo.InvariantCulture);
        return Da ? s.Replace(',', '\u0001').Replace('.', ',').Replace('\u0001', '.') : s;
    }

    public string Percent(double fraction, int decimals = 1) => Num(fraction * 100, decimals) + " %";

    public string Metres(double value, int decimals = 1) => Num(value, decimals) + " m";

    public string Date(DateTimeOffset t) => Date(DateOnly.FromDateTime(t.DateTime));

    public string Date(DateOnly d) => Da
        ? $"{d.Day}. {DanishMonths[d.Month - 1]} {d.Year}"
        : $"{d.Day} {EnglishMonths[d.Month - 1]} {d.Year}";

    public string DateTime(DateTimeOffset t) => Date(t) + " " + t.ToString("HH:mm 'UTC'zzz", CultureInfo.InvariantCulture);

    public string YesNo(bool? value, string unknown) => value switch
    {
        true => Da ? "ja" : "yes",
        false => Da ? "nej" : "no",
        null => unknown,
    };
}
