using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Formats;

namespace Planner.Geo.OpenData;

/// <summary>One BBR building: its position or outline in the working CRS, its BBR id and use code (BYG_ANVENDELSE).</summary>
public sealed record BbrBuilding(string Id, Geometry Geometry, int UseCode);

/// <summary>
/// Reads a BBR building export (Bygnings- og Boligregistret, Danish building register) as GeoJSON: Points (the BBR
/// building point, <c>byg404Koordinat</c>) or Polygons, lon/lat or with a <c>crs</c> member, each with its use code in
/// <c>byg021BygningensAnvendelse</c> (Datafordeler), <c>BYG_ANVEND_KODE</c> (OIS) or <c>anvendelse</c>/<c>use_code</c>,
/// and its id in <c>id_lokalId</c>, <c>id</c> or the feature id. Use codes 110–190 are homes (dwelling zones).
/// </summary>
public static class BbrBuildings
{
    /// <summary>Properties that may hold the BBR use code, in the order they are looked for.</summary>
    public static IReadOnlyList<string> UseCodeFields { get; } = ["byg021BygningensAnvendelse", "BYG_ANVEND_KODE", "anvendelse", "use_code"];

    /// <summary>True when a BBR use code is a home (110–190: farmhouses, detached, terraced, apartment blocks, student housing, institutions, other homes).</summary>
    public static bool IsDwelling(int useCode) => useCode is >= 110 and <= 190;

    /// <summary>Reads the export and moves it to the working CRS <paramref name="epsg"/>.</summary>
    public static IReadOnlyList<BbrBuilding> Read(string path, int epsg)
    {
        var layer = GeoJsonFeatureReader.Read(path, "BBR buildings as a GeoJSON FeatureCollection");
        var result = new List<BbrBuilding>(layer.Features.Count);
        foreach (var f in layer.Features)
        {
            var location = Locations.Feature(f);
            var r = new FieldReader(layer.File, location, f.Properties);
            var field = UseCodeFields.FirstOrDefault(r.Has)
                ?? throw r.Error(UseCodeFields[0], $"expected a BBR use code in one of {string.Join(", ", UseCodeFields)}");
            var code = r.Integer(field) ?? throw r.Error(field, "expected a BBR use code (e.g. 140)");
            var g = f.Geometry ?? throw r.Error("geometry", "expected a Point or Polygon");
            if (g is not (Point or Polygon or MultiPolygon))
            {
                throw r.Error("geometry", $"expected a Point or Polygon, got {g.GeometryType}");
            }

            GeometryChecks.RequireInArea(g, layer.Epsg, epsg, layer.File, location);
            var id = r.String("id_lokalId") ?? r.String("id") ?? f.FeatureId ?? string.Create(CultureInfo.InvariantCulture, $"bbr{f.Number}");
            result.Add(new BbrBuilding(id, CrsRegistry.Transform(g, layer.Epsg, epsg), code));
        }

        return result;
    }
}
