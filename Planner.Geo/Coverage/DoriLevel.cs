namespace Planner.Geo.Coverage;

/// <summary>
/// Image-quality levels of EN 62676-4 (DORI), plus <see cref="Visible"/> for the whole footprint.
/// Levels nest: Identify ⊂ Recognise ⊂ Observe ⊂ Detect ⊂ Visible.
/// </summary>
public enum DoriLevel
{
    Visible = 0,
    Detect = 1,
    Observe = 2,
    Recognise = 3,
    Identify = 4,
}

public static class DoriLevels
{
    /// <summary>All levels from the widest (visible) to the narrowest (identify).</summary>
    public static IReadOnlyList<DoriLevel> All { get; } =
        [DoriLevel.Visible, DoriLevel.Detect, DoriLevel.Observe, DoriLevel.Recognise, DoriLevel.Identify];

    /// <summary>Minimum pixel density in px/m: detect 25, observe 62.5, recognise 125, identify 250; visible 0.</summary>
    public static double MinPixelsPerMetre(this DoriLevel level) => level switch
    {
        DoriLevel.Visible => 0,
        DoriLevel.Detect => 25,
        DoriLevel.Observe => 62.5,
        DoriLevel.Recognise => 125,
        DoriLevel.Identify => 250,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "unknown DORI level"),
    };

    public static string ToContractName(this DoriLevel level) => level.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out DoriLevel level)
    {
        level = default;
        return !string.IsNullOrWhiteSpace(text)
            && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out level);
    }
}
