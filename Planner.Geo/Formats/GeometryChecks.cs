using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;
using Planner.Geo.Crs;

namespace Planner.Geo.Formats;

/// <summary>Checks shared by the readers: coordinates inside a CRS's valid area, polygon shape and repair.</summary>
internal static class GeometryChecks
{
    /// <summary>
    /// Throws when a coordinate of <paramref name="g"/> (in <paramref name="epsg"/>) lies outside that CRS's valid area
    /// (<see cref="CrsInfo.ValidArea"/>, lon/lat degrees). For lon/lat input the message says when swapping the axes
    /// would make the point valid.
    /// </summary>
    public static void RequireInArea(Geometry g, int epsg, string file, string location) => RequireInArea(g, epsg, epsg, file, location);

    /// <summary>As above, but against the valid area of <paramref name="areaEpsg"/> (e.g. the working CRS) for coordinates in <paramref name="epsg"/>.</summary>
    public static void RequireInArea(Geometry g, int epsg, int areaEpsg, string file, string location)
    {
        var source = CrsRegistry.Describe(epsg);
        var info = CrsRegistry.Describe(areaEpsg);
        var working = areaEpsg != epsg ? " (the working CRS)" : "";
        foreach (var c in g.Coordinates)
        {
            if (InArea(source, info, c.X, c.Y))
            {
                continue;
            }

            var a = info.ValidArea;
            var hint = source.IsGeographic && areaEpsg == epsg && Math.Abs(c.X) <= 90 && Math.Abs(c.Y) <= 180
                ? " (latitude and longitude swapped? GeoJSON positions are [lon, lat])"
                : !source.IsGeographic && areaEpsg == epsg && Math.Abs(c.X) <= 180 && Math.Abs(c.Y) <= 90
                    ? " (these look like degrees: is the file's CRS really " + info.Code + "?)"
                    : source.IsGeographic && (Math.Abs(c.X) > 1000 || Math.Abs(c.Y) > 1000)
                        ? " (these look like projected metres, but the file names no CRS, so lon/lat was assumed: add a crs member, give the file's EPSG code as the working CRS, or convert it to lon/lat)"
                        : "";
            throw Fail.Input(file, location, "geometry", string.Create(CultureInfo.InvariantCulture,
                $"expected coordinates inside the valid area of {info.Code}{working} (lon {a.MinX}…{a.MaxX}, lat {a.MinY}…{a.MaxY}), got ({c.X:0.######}, {c.Y:0.######}){hint}"));
        }
    }

    /// <summary>
    /// True when (<paramref name="x"/>, <paramref name="y"/>) in <paramref name="source"/> lies inside the valid area of
    /// <paramref name="area"/> (lon/lat degrees, after moving the point to EPSG:4326): the test behind
    /// <see cref="RequireInArea(Geometry, int, int, string, string)"/>, for readers that check a million points without
    /// building geometries and word a failure through RequireInArea.
    /// </summary>
    public static bool InArea(CrsInfo source, CrsInfo area, double x, double y)
    {
        double lon = x, lat = y;
        if (!source.IsGeographic)
        {
            (lon, lat) = CrsRegistry.Transform(source.Epsg, CrsRegistry.Wgs84, x, y);
        }

        return double.IsFinite(lon) && double.IsFinite(lat) && area.ValidArea.Contains(lon, lat);
    }

    /// <summary>
    /// Returns a valid Polygon/MultiPolygon: null or empty geometries and other types are rejected; an invalid one
    /// (self-intersection, bow-tie, wrong ring nesting) is repaired with NTS <see cref="GeometryFixer"/> and a warning
    /// naming the feature; a repair that leaves no area is rejected.
    /// </summary>
    public static Geometry Polygonal(Geometry? g, string file, string location, ICollection<string> warnings)
    {
        if (g is null || g.IsEmpty)
        {
            throw Fail.Input(file, location, "geometry", "expected a non-empty Polygon or MultiPolygon, got " + (g is null ? "no geometry" : "an empty " + g.GeometryType));
        }

        if (g is not (Polygon or MultiPolygon))
        {
            throw Fail.Input(file, location, "geometry", $"expected a Polygon or MultiPolygon, got a {g.GeometryType}");
        }

        if (SimpleShellCheck.IsCertainlyValid(g))
        {
            return g;
        }

        var op = new IsValidOp(g);
        if (op.IsValid)
        {
            return g;
        }

        var error = op.ValidationError;
        var fixedGeometry = GeometryFixer.Fix(g);
        var polygons = PolygonExtracter.GetPolygons(fixedGeometry).Cast<Polygon>().Where(p => !p.IsEmpty && p.Area > 0).ToArray();
        if (polygons.Length == 0)
        {
            throw Fail.Input(file, location, "geometry", $"expected a valid polygon; {Describe(error)} and repairing it leaves no area");
        }

        var repaired = polygons.Length == 1 ? (Geometry)polygons[0] : g.Factory.CreateMultiPolygon(polygons);
        warnings.Add(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {location}: geometry: {Describe(error)}; repaired with GeometryFixer into {polygons.Length} polygon(s)"));
        return repaired;
    }

    private static string Describe(TopologyValidationError e) =>
        e.Coordinate is { } c
            ? string.Create(CultureInfo.InvariantCulture, $"{e.Message.ToLowerInvariant()} at ({c.X:0.######}, {c.Y:0.######})")
            : e.Message.ToLowerInvariant();
}
