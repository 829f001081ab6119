using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Crs;

namespace Planner.Geo.Formats;

/// <summary>
/// Writes result features as a GeoJSON FeatureCollection, streaming. By default RFC 7946: coordinates are
/// transformed from the working CRS to lon/lat (EPSG:4326, x = lon), written with 9 decimals (≈ 0.1 mm), exterior
/// rings counter-clockwise. With another <c>outEpsg</c> the coordinates stay projected (4 decimals = 0.1 mm) and a
/// legacy <c>crs</c> member names the CRS.
/// </summary>
public static class GeoJsonOutput
{
    public static void Write(string path, IEnumerable<OutputFeature> features, int sourceEpsg, int outEpsg = CrsRegistry.Wgs84) =>
        AtomicFile.Write(path, stream => Write(stream, features, sourceEpsg, outEpsg));

    public static void Write(Stream stream, IEnumerable<OutputFeature> features, int sourceEpsg, int outEpsg = CrsRegistry.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        var geographic = CrsRegistry.Describe(outEpsg).IsGeographic;
        var digits = geographic ? 9 : 4;
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        if (outEpsg != CrsRegistry.Wgs84)
        {
            w.WriteStartObject("crs");
            w.WriteString("type", "name");
            w.WriteStartObject("properties");
            w.WriteString("name", $"urn:ogc:def:crs:EPSG::{outEpsg}");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteStartArray("features");
        if (CrsRegistry.CanTransformInParallel(sourceEpsg, outEpsg))
        {
            // Transforming and formatting coordinates is the work; each batch's features are written side by side into
            // their own buffers and copied in order, so the file is byte-identical to a one-thread write.
            foreach (var batch in features.Chunk(ParallelBatch))
            {
                var parts = new byte[batch.Length][];
                Parallel.For(0, batch.Length, i => parts[i] = FeatureBytes(batch[i], sourceEpsg, outEpsg, digits));
                foreach (var part in parts)
                {
                    w.WriteRawValue(part, skipInputValidation: true);
                }

                w.Flush();
            }
        }
        else
        {
            foreach (var feature in features)
            {
                WriteFeature(w, feature, sourceEpsg, outEpsg, digits);
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private const int ParallelBatch = 512;

    private static byte[] FeatureBytes(OutputFeature feature, int sourceEpsg, int outEpsg, int digits)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            WriteFeature(w, feature, sourceEpsg, outEpsg, digits);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter w, OutputFeature feature, int sourceEpsg, int outEpsg, int digits)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WritePropertyName("properties");
        w.WriteStartObject();
        foreach (var (key, value) in feature.Properties)
        {
            WriteValue(w, key, value);
        }

        w.WriteEndObject();
        w.WritePropertyName("geometry");
        if (feature.Geometry is null || feature.Geometry.IsEmpty)
        {
            w.WriteNullValue();
        }
        else
        {
            var g = CrsRegistry.Transform(feature.Geometry, sourceEpsg, outEpsg);
            WriteGeometry(w, g, digits);
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string key, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNull(key);
                break;
            case string s:
                w.WriteString(key, s);
                break;
            case bool b:
                w.WriteBoolean(key, b);
                break;
            case int i:
                w.WriteNumber(key, i);
                break;
            case long l:
                w.WriteNumber(key, l);
                break;
            case decimal m:
                w.WriteNumber(key, m);
                break;
            case double d when double.IsFinite(d):
                w.WriteNumber(key, d);
                break;
            case double:
                w.WriteNull(key);
                break;
            case float f when float.IsFinite(f):
                w.WriteNumber(key, f);
                break;
            case DateTimeOffset dto:
                w.WriteString(key, dto.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                w.WriteString(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            default:
                w.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteGeometry(Utf8JsonWriter w, Geometry g, int digits)
    {
        w.WriteStartObject();
        switch (g)
        {
            case Point p:
                w.WriteString("type", "Point");
                w.WritePropertyName("coordinates");
                WritePosition(w, p.X, p.Y, digits);
                break;
            case LineString ls:
                w.WriteString("type", "LineString");
                w.WritePropertyName("coordinates");
                WriteSequence(w, ls.CoordinateSequence, digits, reverse: false);
                break;
            case Polygon poly:
                w.WriteString("type", "Polygon");
                w.WritePropertyName("coordinates");
                WritePolygon(w, poly, digits);
                break;
            case MultiPolygon mp:
                w.WriteString("type", "MultiPolygon");
                w.WriteStartArray("coordinates");
                for (var i = 0; i < mp.NumGeometries; i++)
                {
                    WritePolygon(w, (Polygon)mp.GetGeometryN(i), digits);
                }

                w.WriteEndArray();
                break;
            case MultiLineString mls:
                w.WriteString("type", "MultiLineString");
                w.WriteStartArray("coordinates");
                for (var i = 0; i < mls.NumGeometries; i++)
                {
                    WriteSequence(w, ((LineString)mls.GetGeometryN(i)).CoordinateSequence, digits, reverse: false);
                }

                w.WriteEndArray();
                break;
            case MultiPoint mpt:
                w.WriteString("type", "MultiPoint");
                w.WriteStartArray("coordinates");
                for (var i = 0; i < mpt.NumGeometries; i++)
                {
                    var p = (Point)mpt.GetGeometryN(i);
                    WritePosition(w, p.X, p.Y, digits);
                }

                w.WriteEndArray();
                break;
            case GeometryCollection gc:
                w.WriteString("type", "GeometryCollection");
                w.WriteStartArray("geometries");
                for (var i = 0; i < gc.NumGeometries; i++)
                {
                    WriteGeometry(w, gc.GetGeometryN(i), digits);
                }

                w.WriteEndArray();
                break;
            default:
                throw new NotSupportedException($"geometry type {g.GeometryType} cannot be written as GeoJSON");
        }

        w.WriteEndObject();
    }

    private static void WritePolygon(Utf8JsonWriter w, Polygon poly, int digits)
    {
        w.WriteStartArray();
        var shell = poly.ExteriorRing.CoordinateSequence;
        // RFC 7946 § 3.1.6: exterior rings counter-clockwise, holes clockwise.
        WriteSequence(w, shell, digits, reverse: !NetTopologySuite.Algorithm.Orientation.IsCCW(shell));
        foreach (var hole in poly.InteriorRings)
        {
            WriteSequence(w, hole.CoordinateSequence, digits, reverse: NetTopologySuite.Algorithm.Orientation.IsCCW(hole.CoordinateSequence));
        }

        w.WriteEndArray();
    }

    private static void WriteSequence(Utf8JsonWriter w, CoordinateSequence seq, int digits, bool reverse)
    {
        w.WriteStartArray();
        for (var k = 0; k < seq.Count; k++)
        {
            var i = reverse ? seq.Count - 1 - k : k;
            WritePosition(w, seq.GetX(i), seq.GetY(i), digits);
        }

        w.WriteEndArray();
    }

    private static void WritePosition(Utf8JsonWriter w, double x, double y, int digits)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(x, digits));
        w.WriteNumberValue(Math.Round(y, digits));
        w.WriteEndArray();
    }
}
