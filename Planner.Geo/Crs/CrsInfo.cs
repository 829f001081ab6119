using NetTopologySuite.Geometries;

namespace Planner.Geo.Crs;

/// <summary>
/// A supported coordinate reference system. <see cref="ValidArea"/> is in lon/lat degrees (x = lon, y = lat)
/// and is the area where coordinates are accepted as input.
/// </summary>
public sealed record CrsInfo(int Epsg, string Name, bool IsGeographic, Envelope ValidArea)
{
    public string Code => $"EPSG:{Epsg}";
}
