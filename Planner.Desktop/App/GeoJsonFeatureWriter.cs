using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Planner.Desktop.App;

/// <summary>
/// Writes GeoJSON features for the map in the plan's working CRS (not RFC 7946 lon/lat: the map is drawn in the plan's
/// CRS), coordinates rounded to 1 cm. Geometry collections are written as their parts.
/// </summary>
internal static class GeoJsonFeatureWriter
{
    public static void WriteGeometry(Utf8JsonWriter w, Geometry g)
    {
        w.WritePropertyName("geometry");
        w.WriteStartObject();
        switch (g)
        {
            case Point p:
                w.WriteString("type", "Point");
                w.WritePropertyName("coordinates");
                Position(w, p.Coordinate);
                break;
            case LineString l:
                w.WriteString("type", "LineString");
                w.WritePropertyName("coordinates");
                Positions(w, l.CoordinateSequence);
                break;
            case Polygon poly:
                w.WriteString("type", "Polygon");
                w.WritePropertyName("coordinates");
                Rings(w, poly);
                break;
            case MultiPolygon mp:
                w.WriteString("type", "MultiPolygon");
                w.WritePropertyName("coordinates");
                w.WriteStartArray();
                foreach (var part in mp.Geometries)
                {
                    Rings(w, (Polygon)part);
                }

                w.WriteEndArray();
                break;
            case MultiPoint mpt:
                w.WriteString("type", "MultiPoint");
                w.WritePropertyName("coordinates");
                w.WriteStartArray();
                foreach (var part in mpt.Geometries)
                {
                    Position(w, part.Coordinate);
                }

                w.WriteEndArray();
                break;
            case MultiLineString ml:
                w.WriteString("type", "MultiLineString");
                w.WritePropertyName("coordinates");
                w.WriteStartArray();
                foreach (var part in ml.Geometries)
                {
                    Positions(w, ((LineString)part).CoordinateSequence);
                }

                w.WriteEndArray();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(g), g.GeometryType, "geometry collections are written as their parts");
        }

        w.WriteEndObject();
    }

    /// <summary>The simple parts of <paramref name="g"/>: itself, or the members of a GeometryCollection (recursively).</summary>
    public static IEnumerable<Geometry> Parts(Geometry g)
    {
        if (g.GetType() == typeof(GeometryCollection))
        {
            for (var i = 0; i < g.NumGeometries; i++)
            {
                foreach (var p in Parts(g.GetGeometryN(i)))
                {
                    yield return p;
                }
            }
        }
        else if (!g.IsEmpty)
        {
            yield return g;
        }
    }

    private static void Rings(Utf8JsonWriter w, Polygon p)
    {
        w.WriteStartArray();
        Positions(w, p.ExteriorRing.CoordinateSequence);
        foreach (var hole in p.InteriorRings)
        {
            Positions(w, hole.CoordinateSequence);
        }

        w.WriteEndArray();
    }

    private static void Positions(Utf8JsonWriter w, CoordinateSequence seq)
    {
        w.WriteStartArray();
        for (var i = 0; i < seq.Count; i++)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(seq.GetX(i), 2));
            w.WriteNumberValue(Math.Round(seq.GetY(i), 2));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private static void Position(Utf8JsonWriter w, Coordinate c)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(c.X, 2));
        w.WriteNumberValue(Math.Round(c.Y, 2));
        w.WriteEndArray();
    }
}
