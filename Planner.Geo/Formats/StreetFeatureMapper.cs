using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Turns LineString/MultiLineString features into <see cref="Street"/>s: <c>name</c>, <c>highway</c> (road class),
/// <c>source</c>; id from <c>id</c>, the feature id, <c>osm_id</c>, else "s{feature number}".
/// </summary>
internal static class StreetFeatureMapper
{
    private static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "name", "highway", "source", "osm_id",
    };

    public static ReadLayer<Street> Map(SourceLayer layer, ICollection<string> warnings)
    {
        var result = new List<Located<Street>>(layer.Features.Count);
        foreach (var f in layer.Features)
        {
            var location = Locations.Feature(f);
            var r = new FieldReader(layer.File, location, f.Properties);
            var id = r.String("id") ?? f.FeatureId ?? (r.String("osm_id") is { } osm ? "way/" + osm : string.Create(CultureInfo.InvariantCulture, $"s{f.Number}"));
            if (f.Geometry is not (LineString or MultiLineString) || f.Geometry.IsEmpty)
            {
                throw r.Error("geometry", $"expected a LineString or MultiLineString, got {f.Geometry?.GeometryType ?? "none"}");
            }

            GeometryChecks.RequireInArea(f.Geometry, layer.Epsg, layer.File, location);
            result.Add(new Located<Street>(location, new Street(id, f.Geometry, r.String("name"), r.String("highway")) { Source = r.String("source") }));
        }

        UnknownProperties.Warn(layer, Known, warnings);
        return new ReadLayer<Street>(layer.File, layer.Epsg, result);
    }
}
