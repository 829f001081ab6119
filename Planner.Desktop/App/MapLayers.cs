using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Desktop.App;

/// <summary>One entry of a layer's legend: a label and a CSS colour (#rrggbb).</summary>
internal readonly record struct LegendEntry(string Label, string Colour);

/// <summary>A map layer as the layers panel and the map script know it: id, title, defaults and legend.</summary>
internal sealed record MapLayer(string Id, string Title, bool Visible, double Opacity, IReadOnlyList<LegendEntry> Legend);

/// <summary>
/// The app's map layers, bottom to top, and their colours. The map script styles features with exactly these colours
/// (it receives this list at start), so the legend and the map cannot disagree.
/// </summary>
internal static class MapLayers
{
    /// <summary>Building height classes: upper bounds in metres (the last class is open); unknown height is its own class.</summary>
    public static IReadOnlyList<double> HeightBreaksM { get; } = [6, 12, 20];

    /// <summary>Coverage colour ramp from the whole footprint (palest) through detect to identify (darkest).</summary>
    public static IReadOnlyDictionary<DoriLevel, string> CoverageColours { get; } = new Dictionary<DoriLevel, string>
    {
        [DoriLevel.Visible] = "#deebf7",
        [DoriLevel.Detect] = "#9ecae1",
        [DoriLevel.Observe] = "#6baed6",
        [DoriLevel.Recognise] = "#3182bd",
        [DoriLevel.Identify] = "#08306b",
    };

    public static IReadOnlyDictionary<ZoneKind, string> ZoneColours { get; } = new Dictionary<ZoneKind, string>
    {
        [ZoneKind.PublicArea] = "#e6e1d3",
        [ZoneKind.Dwelling] = "#f4b183",
        [ZoneKind.ResidentialArea] = "#fbe3a6",
        [ZoneKind.UtrygArea] = "#e57373",
        [ZoneKind.BusinessPremises] = "#a9c4eb",
        [ZoneKind.Entrance] = "#8e7cc3",
        [ZoneKind.NightlifeVenue] = "#d59ee0",
        [ZoneKind.School] = "#9fd39f",
    };

    public static IReadOnlyDictionary<string, string> FindingColours { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["offending_view"] = "#d32f2f",
        ["privacy_mask"] = "#263238",
        ["sign_points"] = "#1565c0",
        ["excused_view"] = "#8d6e63",
        ["public_view"] = "#ff8f00",
        ["cameras"] = "#6a1b9a",
    };

    public const string ExistingCameraColour = "#1a237e";
    public const string ProposedCameraColour = "#e65100";

    public static IReadOnlyList<MapLayer> All { get; } = Build();

    public static string CoverageId(DoriLevel level) => "coverage-" + level.ToContractName();

    private static List<MapLayer> Build()
    {
        var heights = new List<LegendEntry>
        {
            new("under 6 m", "#e3dccf"),
            new("6–12 m", "#bfb19b"),
            new("12–20 m", "#93806a"),
            new("20 m and higher", "#5d4e3f"),
            new("height unknown (blocks the view fully)", "#7b2d2d"),
        };
        var layers = new List<MapLayer>
        {
            new("zones", "Zones", true, 0.7, [.. ZoneColours.Select(kv => new LegendEntry(kv.Key.ToContractName().Replace('_', ' '), kv.Value))]),
            new("buildings", "Buildings (by height)", true, 1, heights),
        };
        foreach (var level in DoriLevels.All)
        {
            var title = level == DoriLevel.Visible ? "Coverage: visible (whole footprint)" : $"Coverage: {level.ToContractName()} (≥ {level.MinPixelsPerMetre()} px/m)";
            layers.Add(new(CoverageId(level), title, level != DoriLevel.Visible, 0.75, [new(level.ToContractName(), CoverageColours[level])]));
        }

        layers.Add(new("overlap", "Overlap (seen by 2+ cameras)", false, 0.6, [new("overlap", "#fdd835")]));
        layers.Add(new("blind", "Blind spots (public ground no camera sees)", false, 0.5, [new("blind spot", "#ad1457")]));
        layers.Add(new("incidents", "Incidents", true, 0.6, [new("incident", "#c62828"), new("many incidents (count per cell)", "#ef9a9a")]));
        layers.Add(new("findings", "Findings geometry", true, 0.8, [.. FindingColours.Select(kv => new LegendEntry(kv.Key.Replace('_', ' '), kv.Value))]));
        layers.Add(new("cameras", "Cameras", true, 1, [new("existing", ExistingCameraColour), new("proposed (added in this session)", ProposedCameraColour)]));
        return layers;
    }
}
