using System.Globalization;
using System.Text.RegularExpressions;

namespace Planner.Geo.Formats;

/// <summary>How an OSM direction tag was written.</summary>
public enum OsmDirectionForm
{
    /// <summary>Degrees, e.g. <c>330</c>, <c>-27</c> (→ 333), <c>360</c> (→ 0), <c>15°</c>.</summary>
    Degrees,

    /// <summary>A compass word: N, NNE, NE, …, NNW or written out (north, north-east, northeast, north-northeast).</summary>
    Compass,

    /// <summary>A clockwise range <c>from-to</c>, e.g. <c>190-240</c>; <c>190-100</c> wraps through 0/360.</summary>
    Range,

    /// <summary>Several directions separated by <c>;</c> or <c>,</c> (several cameras on one node).</summary>
    List,
}

/// <summary>One viewing direction: heading (degrees, 0 = north, clockwise) and, for a range, its width (the hfov).</summary>
public readonly record struct OsmSector(double HeadingDeg, double? WidthDeg);

/// <summary>
/// Parses OSM <c>camera:direction</c> / <c>direction</c> values. A range <c>a-b</c> is the clockwise arc from a to b:
/// width = (b − a) mod 360, heading = a + width/2 (mod 360); so <c>190-240</c> → heading 215, hfov 50 and
/// <c>190-100</c> → heading 325, hfov 270. Degrees are taken mod 360. A range's ends may be compass words (<c>N-E</c>).
/// </summary>
public static partial class OsmDirection
{
    private static readonly string[] Points = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"];

    private static readonly string[] Words =
    [
        "north", "north-northeast", "northeast", "east-northeast", "east", "east-southeast", "southeast", "south-southeast",
        "south", "south-southwest", "southwest", "west-southwest", "west", "west-northwest", "northwest", "north-northwest",
    ];

    private static readonly Dictionary<string, double> Compass = BuildCompass();

    private static readonly HashSet<string> WordKeys = [.. Words.Select(Key)];

    /// <summary>Parses <paramref name="text"/>; false when it is none of the forms (or a range of zero width).</summary>
    public static bool TryParse(string? text, out OsmDirectionForm form, out IReadOnlyList<OsmSector> sectors)
    {
        form = OsmDirectionForm.Degrees;
        sectors = [];
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        if (t.Contains(';', StringComparison.Ordinal) || t.Contains(',', StringComparison.Ordinal))
        {
            var list = new List<OsmSector>();
            foreach (var part in t.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!TryParseOne(part, out _, out var s))
                {
                    return false;
                }

                list.Add(s);
            }

            form = OsmDirectionForm.List;
            sectors = list;
            return list.Count > 0;
        }

        if (TryParseOne(t, out form, out var one))
        {
            sectors = [one];
            return true;
        }

        return false;
    }

    private static bool TryParseOne(string t, out OsmDirectionForm form, out OsmSector sector)
    {
        sector = default;
        form = OsmDirectionForm.Degrees;
        if (TryDegrees(t, out var d))
        {
            sector = new OsmSector(d, null);
            return true;
        }

        // "north-east" is one word; "N-E" is the range from N to E.
        if ((!t.Contains('-', StringComparison.Ordinal) || WordKeys.Contains(Key(t))) && TryCompass(t, out d))
        {
            form = OsmDirectionForm.Compass;
            sector = new OsmSector(d, null);
            return true;
        }

        var m = RangePattern().Match(t);
        if (m.Success && TryEnd(m.Groups["a"].Value, out var a) && TryEnd(m.Groups["b"].Value, out var b))
        {
            var width = Normalize(b - a);
            if (width == 0)
            {
                return false;
            }

            form = OsmDirectionForm.Range;
            sector = new OsmSector(Normalize(a + width / 2), width);
            return true;
        }

        return false;
    }

    private static bool TryEnd(string s, out double d) => TryDegrees(s, out d) || TryCompass(s, out d);

    private static bool TryDegrees(string s, out double d)
    {
        s = s.Trim().TrimEnd('°').Trim();
        if (double.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out d) && double.IsFinite(d))
        {
            d = Normalize(d);
            return true;
        }

        return false;
    }

    private static bool TryCompass(string s, out double d) => Compass.TryGetValue(Key(s), out d);

    /// <summary>Degrees into [0, 360).</summary>
    public static double Normalize(double deg)
    {
        var r = deg % 360;
        if (r < 0)
        {
            r += 360;
        }

        return r >= 360 ? 0 : r;
    }

    private static string Key(string s) => new([.. s.Where(char.IsLetter).Select(char.ToLowerInvariant)]);

    private static Dictionary<string, double> BuildCompass()
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Points.Length; i++)
        {
            map[Key(Points[i])] = i * 22.5;
            map[Key(Words[i])] = i * 22.5;
        }

        return map;
    }

    // Ends are unsigned numbers or letters, so "-140" is a (negative) degree value, not a range.
    [GeneratedRegex(@"^\s*(?<a>\d+(?:\.\d+)?°?|[A-Za-z]+)\s*-\s*(?<b>\d+(?:\.\d+)?°?|[A-Za-z]+)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();
}
