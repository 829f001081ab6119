using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Formats;

namespace Planner.Geo.Placement;

/// <summary>
/// Reads mount points for candidates (poles, street lamps): a GeoJSON or Shapefile of Points (properties ignored),
/// transformed into the working CRS. A feature that is not a Point, or lies outside the file CRS's valid area, is an
/// <see cref="InputException"/> naming the file and the feature.
/// </summary>
public static class PoleLayer
{
    public static IReadOnlyList<Point> Load(string path, int workingEpsg)
    {
        Guard.NotBlank(path, "poles");
        var layer = Path.GetExtension(path).Equals(".shp", StringComparison.OrdinalIgnoreCase)
            ? ShapefileFeatureReader.Read(path, workingEpsg)
            : GeoJsonFeatureReader.Read(path, "poles as a GeoJSON FeatureCollection of Points");
        var points = new List<Point>(layer.Features.Count);
        foreach (var f in layer.Features)
        {
            var location = f.FeatureId is null ? $"feature {f.Number}" : $"feature {f.Number} (id \"{f.FeatureId}\")";
            if (f.Geometry is not Point point || point.IsEmpty)
            {
                throw Fail.Input(path, location, "geometry", $"expected a Point, got {f.Geometry?.GeometryType ?? "none"}");
            }

            GeometryChecks.RequireInArea(point, layer.Epsg, workingEpsg, path, location);
            points.Add(CrsRegistry.Transform(point, layer.Epsg, workingEpsg));
        }

        return points;
    }
}
