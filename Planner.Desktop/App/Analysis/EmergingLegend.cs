using Planner.Geo.Hotspots;

namespace Planner.Desktop.App.Analysis;

/// <summary>The emerging hot/cold spot patterns as the map draws them (the map script gets these colours) and what each means.</summary>
internal static class EmergingLegend
{
    public static IReadOnlyList<EmergingPattern> Drawn { get; } =
        [.. Enum.GetValues<EmergingPattern>().Where(p => p != EmergingPattern.None)];

    public static string Colour(EmergingPattern p) => p switch
    {
        EmergingPattern.NewHot => "#ffd92f",
        EmergingPattern.IntensifyingHot => "#e31a1c",
        EmergingPattern.PersistentHot => "#99000d",
        EmergingPattern.DiminishingHot => "#fd8d3c",
        EmergingPattern.SporadicHot => "#f7b6d2",
        EmergingPattern.NewCold => "#b3e2cd",
        EmergingPattern.IntensifyingCold => "#08306b",
        EmergingPattern.PersistentCold => "#2171b5",
        EmergingPattern.DiminishingCold => "#6baed6",
        EmergingPattern.SporadicCold => "#c6dbef",
        _ => "transparent",
    };

    public static string Label(EmergingPattern p) => p switch
    {
        EmergingPattern.NewHot => "new hot spot (hot only in the last slice)",
        EmergingPattern.IntensifyingHot => "intensifying hot spot (hot in ≥ 90 % of slices, counts rising)",
        EmergingPattern.PersistentHot => "persistent hot spot (hot in ≥ 90 % of slices, no trend)",
        EmergingPattern.DiminishingHot => "diminishing hot spot (hot in ≥ 90 % of slices, counts falling)",
        EmergingPattern.SporadicHot => "sporadic hot spot (hot now, on and off before, never cold)",
        EmergingPattern.NewCold => "new cold spot",
        EmergingPattern.IntensifyingCold => "intensifying cold spot (counts falling)",
        EmergingPattern.PersistentCold => "persistent cold spot",
        EmergingPattern.DiminishingCold => "diminishing cold spot (counts rising)",
        EmergingPattern.SporadicCold => "sporadic cold spot",
        _ => "no pattern (not drawn)",
    };

    /// <summary>Pattern name → colour, for the map script.</summary>
    public static IReadOnlyDictionary<string, string> Colours { get; } = Drawn.ToDictionary(p => p.ToName(), Colour);
}
