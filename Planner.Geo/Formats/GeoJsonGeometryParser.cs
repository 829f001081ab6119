using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Planner.Geo.Formats;

/// <summary>
/// Parses a GeoJSON geometry object (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon,
/// GeometryCollection). Positions need at least two finite numbers; a third (height, or a dummy such as −999) and
/// further values are dropped. Rings must be closed with at least four positions. Failures throw
/// <see cref="FormatException"/> whose message says what was expected.
/// </summary>
internal static class GeoJsonGeometryParser
{
    public static readonly GeometryFactory Factory = new();

    public static Geometry? Parse(JsonElement g)
    {
        if (g.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (g.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"expected a geometry object, got {Kind(g)}");
        }

        if (!g.TryGetProperty("type", out var typeEl) || typeEl.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("expected a geometry with a \"type\" string");
        }

        var type = typeEl.GetString()!;
        if (type == "GeometryCollection")
        {
            if (!g.TryGetProperty("geometries", out var gs) || gs.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("expected a GeometryCollection with a \"geometries\" array");
            }

            return Factory.CreateGeometryCollection(gs.EnumerateArray().Select(e => Parse(e) ?? Factory.CreateGeometryCollection()).ToArray());
        }

        if (!g.TryGetProperty("coordinates", out var c))
        {
            throw new FormatException($"expected a {type} with a \"coordinates\" array");
        }

        return type switch
        {
            "Point" => c.ValueKind == JsonValueKind.Array && c.GetArrayLength() == 0 ? Factory.CreatePoint() : Factory.CreatePoint(Position(c)),
            "MultiPoint" => Factory.CreateMultiPoint(Array(c, "MultiPoint").Select(p => Factory.CreatePoint(Position(p))).ToArray()),
            "LineString" => Factory.CreateLineString(Positions(c)),
            "MultiLineString" => Factory.CreateMultiLineString(Array(c, "MultiLineString").Select(l => Factory.CreateLineString(Positions(l))).ToArray()),
            "Polygon" => Polygon(c),
            "MultiPolygon" => Factory.CreateMultiPolygon(Array(c, "MultiPolygon").Select(Polygon).ToArray()),
            _ => throw new FormatException($"expected a GeoJSON geometry type, got \"{type}\""),
        };
    }

    private static Polygon Polygon(JsonElement c)
    {
        var rings = Array(c, "Polygon").Select(Ring).ToArray();
        return rings.Length == 0 ? Factory.CreatePolygon() : Factory.CreatePolygon(rings[0], rings[1..]);
    }

    private static LinearRing Ring(JsonElement c)
    {
        var pts = Positions(c);
        if (pts.Length < 4)
        {
            throw new FormatException($"expected a ring of at least 4 positions, got {pts.Length}");
        }

        if (!pts[0].Equals2D(pts[^1]))
        {
            throw new FormatException("expected a closed ring (first and last position equal)");
        }

        return Factory.CreateLinearRing(pts);
    }

    private static Coordinate[] Positions(JsonElement c) => Array(c, "positions").Select(Position).ToArray();

    private static IEnumerable<JsonElement> Array(JsonElement c, string what) =>
        c.ValueKind == JsonValueKind.Array ? c.EnumerateArray() : throw new FormatException($"expected an array of {what} coordinates, got {Kind(c)}");

    private static Coordinate Position(JsonElement p)
    {
        if (p.ValueKind != JsonValueKind.Array || p.GetArrayLength() < 2)
        {
            throw new FormatException($"expected a position [x, y], got {Kind(p)}");
        }

        return new Coordinate(Number(p[0]), Number(p[1]));
    }

    private static double Number(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Number)
        {
            throw new FormatException($"expected a number in a position, got {Kind(e)}");
        }

        if (!e.TryGetDouble(out var d) || !double.IsFinite(d))
        {
            throw new FormatException($"expected a finite number in a position, got {e.GetRawText()}");
        }

        return d;
    }

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Short(e.GetString()!)}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        _ => "null",
    };

    private static string Short(string s) => s.Length > 40 ? string.Create(CultureInfo.InvariantCulture, $"{s[..40]}…") : s;
}
