using Planner.Geo.Model;

namespace Planner.Geo.OpenData;

/// <summary>What zone derivation works from: an OSM extract, optionally BBR buildings, and the plan's own buildings.</summary>
public sealed record ZoneDerivationOptions
{
    public ZoneDerivationOptions(OsmExtract osm, int epsg)
    {
        Osm = Guard.NotNull(osm, "osm");
        Epsg = Guard.Positive(epsg, "crs");
    }

    public OsmExtract Osm { get; }

    /// <summary>The projected working CRS (metres) zones and streets are made in.</summary>
    public int Epsg { get; }

    /// <summary>The plan's buildings (working CRS): subtracted from public ground and used as outlines for premises and BBR homes.</summary>
    public IReadOnlyList<Building> Buildings { get; init; } = [];

    /// <summary>BBR buildings (working CRS) whose use codes mark homes; null when the user has no BBR export.</summary>
    public IReadOnlyList<BbrBuilding>? Bbr { get; init; }

    /// <summary>Radius of an entrance zone around an <c>entrance=*</c> node, metres.</summary>
    public double EntranceRadiusM { get; init; } = 2;
}
