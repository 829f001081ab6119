using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Crs;

namespace Planner.Geo.Formats;

/// <summary>
/// Reads Overpass API JSON (<c>{"elements":[…]}</c>, or a bare array of elements) into point features in lon/lat
/// (EPSG:4326) whose properties are the OSM tags and whose id is <c>node/123</c>. Nodes use lat/lon; ways and
/// relations use their <c>center</c> (Overpass <c>out center</c>) and are skipped with a warning when they have none.
/// </summary>
internal static class OverpassReader
{
    public static bool LooksLikeOverpass(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array
        || (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("elements", out var e) && e.ValueKind == JsonValueKind.Array);

    public static SourceLayer Read(string path, JsonElement root, ICollection<string> warnings)
    {
        var elements = root.ValueKind == JsonValueKind.Array ? root : root.GetProperty("elements");
        var features = new List<SourceFeature>();
        var skipped = new List<string>();
        var n = 0;
        foreach (var e in elements.EnumerateArray())
        {
            n++;
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw Fail.Input(path, $"element {n}", null, $"expected an OSM element object, got {GeoJsonGeometryParser.Kind(e)}");
            }

            var type = e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "node";
            var id = e.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number ? i.GetRawText() : null;
            var name = id is null ? $"{type}" : $"{type}/{id}";
            var location = string.Create(CultureInfo.InvariantCulture, $"element {n} ({name})");
            var at = e;
            if (!e.TryGetProperty("lat", out _) && e.TryGetProperty("center", out var c) && c.ValueKind == JsonValueKind.Object)
            {
                at = c;
            }

            if (!at.TryGetProperty("lat", out var lat) || !at.TryGetProperty("lon", out var lon))
            {
                skipped.Add(name);
                continue;
            }

            var point = GeoJsonGeometryParser.Factory.CreatePoint(new Coordinate(Coord(path, location, "lon", lon), Coord(path, location, "lat", lat)));
            var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (e.TryGetProperty("tags", out var tg) && tg.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in tg.EnumerateObject())
                {
                    tags[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText();
                }
            }

            features.Add(new SourceFeature(n, point, tags, id is null ? null : name));
        }

        if (skipped.Count > 0)
        {
            warnings.Add($"{path}: {skipped.Count} element(s) without a position skipped (e.g. {skipped[0]}; use Overpass \"out center\" for ways)");
        }

        return new SourceLayer(path, CrsRegistry.Wgs84, features);
    }

    private static double Coord(string path, string location, string field, JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw Fail.Input(path, location, field, $"expected a finite number, got {GeoJsonGeometryParser.Kind(v)}");
}
