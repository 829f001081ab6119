using System.Globalization;

namespace Planner.Geo.OpenData;

/// <summary>
/// How wide a highway line is on the ground, for buffering it into <c>public_area</c> (metres, full width including
/// pavements). In order: the way's <c>width</c> tag (metres; "7", "7 m", "7.5m"); else <c>lanes</c> × 3.25 m plus 4 m
/// of pavements for roads that carry cars; else the class default below — roughly a Danish town street of that class
/// with its pavements (Vejdirektoratet's profiles give 3.0–3.5 m lanes and 1.5–2.5 m pavements). Pavements mapped as
/// separate footways overlap the street's own buffer; overlaps do not matter because zones are united.
/// </summary>
public static class HighwayWidths
{
    /// <summary>Width of one traffic lane, metres.</summary>
    public const double LaneM = 3.25;

    /// <summary>Both pavements of a road, metres, added to lanes × <see cref="LaneM"/>.</summary>
    public const double PavementsM = 4;

    /// <summary>Default full width per <c>highway</c> class, metres. Classes not listed are not public ground (e.g. proposed, construction, raceway).</summary>
    public static IReadOnlyDictionary<string, double> ClassDefaults { get; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["motorway"] = 25, ["trunk"] = 20, ["primary"] = 18, ["secondary"] = 16, ["tertiary"] = 14,
        ["motorway_link"] = 8, ["trunk_link"] = 8, ["primary_link"] = 8, ["secondary_link"] = 8, ["tertiary_link"] = 8,
        ["unclassified"] = 9, ["residential"] = 10, ["living_street"] = 8, ["road"] = 8, ["service"] = 5,
        ["pedestrian"] = 8, ["track"] = 4, ["busway"] = 7,
        ["footway"] = 2.5, ["cycleway"] = 2.5, ["path"] = 2, ["bridleway"] = 3, ["steps"] = 3, ["corridor"] = 2,
    };

    private static readonly HashSet<string> CarClasses = new(StringComparer.Ordinal)
    {
        "motorway", "trunk", "primary", "secondary", "tertiary", "unclassified", "residential", "living_street", "road", "service",
        "motorway_link", "trunk_link", "primary_link", "secondary_link", "tertiary_link", "busway",
    };

    /// <summary>The width (m) and how it was found (for the zone's source), or null when the class is not public ground.</summary>
    public static (double WidthM, string Rule)? For(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (!tags.TryGetValue("highway", out var cls) || !ClassDefaults.TryGetValue(cls, out var classWidth))
        {
            return null;
        }

        if (tags.TryGetValue("width", out var w) && Metres(w) is { } width and > 0.5 and < 100)
        {
            return (width, string.Create(CultureInfo.InvariantCulture, $"width {width:0.##} m (width tag)"));
        }

        if (CarClasses.Contains(cls) && tags.TryGetValue("lanes", out var l)
            && int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var lanes) && lanes is > 0 and < 12)
        {
            var fromLanes = (lanes * LaneM) + PavementsM;
            return (fromLanes, string.Create(CultureInfo.InvariantCulture, $"width {fromLanes:0.##} m ({lanes} lanes × {LaneM} m + {PavementsM} m pavements)"));
        }

        return (classWidth, string.Create(CultureInfo.InvariantCulture, $"width {classWidth:0.##} m (class default)"));
    }

    /// <summary>Parses "7", "7.5", "7 m", "7,5 m" as metres; null otherwise (feet and other units are not guessed).</summary>
    public static double? Metres(string text)
    {
        var t = text.Trim().Replace(',', '.');
        if (t.EndsWith('m'))
        {
            t = t[..^1].Trim();
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
    }
}
