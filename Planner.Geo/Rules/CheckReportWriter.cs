using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;
using Planner.Geo.Crs;
using Planner.Geo.Formats;

namespace Planner.Geo.Rules;

/// <summary>
/// Writes a <see cref="CheckReport"/> as UTF-8 JSON (letters such as æ, ø, å and § are written as themselves, not
/// escaped). unchecked_cameras lists cameras without an operator type (no rule applies to them). Per finding: camera_id (null for plan-level findings), camera_ids, rule_id, rule_title, outcome, severity, message,
/// citation, source_url, assumption, assumed_parameters, geometry_role, area_m2, geometry (RFC 7946 GeoJSON, lon/lat)
/// and geometry_wkt (the working CRS named in the report's <c>crs</c>, metres). Written atomically.
/// </summary>
public static class CheckReportWriter
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    public static void Write(string path, CheckReport report) => AtomicFile.Write(path, s => Write(s, report));

    public static void Write(Stream stream, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        WritePack(w, report.Pack, report.Language);
        w.WriteString("language", report.Language);
        w.WriteString("today", report.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("crs", $"EPSG:{report.Epsg}");
        w.WriteStartObject("summary");
        w.WriteNumber("cameras", report.CameraCount);
        w.WriteNumber("fail", report.Count(Severity.Fail));
        w.WriteNumber("warn", report.Count(Severity.Warn));
        w.WriteNumber("info", report.Count(Severity.Info));
        w.WriteNumber("assumption", report.Findings.Count(f => f.Assumption));
        w.WriteEndObject();
        w.WriteStartArray("unchecked_cameras");
        foreach (var id in report.UncheckedCameraIds)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            WriteFinding(w, f, report.Epsg);
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>The pack's identity as printed in reports: id, name, version, sha256, file.</summary>
    public static void WritePack(Utf8JsonWriter w, RulePack pack, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(pack);
        w.WriteStartObject("pack");
        w.WriteString("id", pack.PackId);
        w.WriteString("name", language is null ? pack.Name : pack.NameIn(language));
        w.WriteString("version", pack.Version);
        w.WriteString("sha256", pack.Sha256);
        w.WriteString("file", pack.SourceFile);
        w.WriteEndObject();
    }

    /// <summary>Assumed parameters: rule, name, value, unit, status, reasoning.</summary>
    public static void WriteAssumed(Utf8JsonWriter w, IEnumerable<RuleParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(parameters);
        w.WriteStartArray("assumed_parameters");
        foreach (var p in parameters)
        {
            w.WriteStartObject();
            w.WriteString("rule", p.RuleId);
            w.WriteString("name", p.Name);
            w.WriteNumber("value", p.Value);
            w.WriteString("unit", p.Unit);
            w.WriteString("status", p.Status.ToString());
            w.WriteString("reasoning", p.Reasoning);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter w, Finding f, int epsg)
    {
        w.WriteStartObject();
        if (f.CameraId is null)
        {
            w.WriteNull("camera_id");
        }
        else
        {
            w.WriteString("camera_id", f.CameraId);
        }

        w.WriteStartArray("camera_ids");
        foreach (var id in f.CameraIds)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
        w.WriteString("rule_id", f.RuleId);
        w.WriteString("rule_title", f.RuleTitle);
        w.WriteString("outcome", f.Outcome);
        w.WriteString("severity", f.Severity.ToContractName());
        w.WriteString("message", f.Message);
        w.WriteString("citation", f.Citation);
        w.WriteString("source_url", f.SourceUrl);
        w.WriteBoolean("assumption", f.Assumption);
        w.WriteBoolean("rule_unconfirmed", f.RuleUnconfirmed);
        WriteAssumed(w, f.AssumedParameters);
        if (f.Geometry is { IsEmpty: false } g)
        {
            w.WriteString("geometry_role", f.GeometryRole);
            if (f.AreaM2 is { } area)
            {
                w.WriteNumber("area_m2", Math.Round(area, 2));
            }

            w.WritePropertyName("geometry");
            JsonSerializer.Serialize(w, Rounded(CrsRegistry.Transform(g, epsg, CrsRegistry.Wgs84), 9), GeoJson);
            w.WriteString("geometry_wkt", new WKTWriter().Write(Rounded(g, 3)));
        }
        else
        {
            w.WriteNull("geometry");
        }

        w.WriteEndObject();
    }

    private static Geometry Rounded(Geometry g, int digits)
    {
        var copy = g.Copy();
        copy.Apply(new RoundFilter(digits));
        copy.GeometryChanged();
        return copy;
    }

    private sealed class RoundFilter(int digits) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Math.Round(seq.GetX(i), digits));
            seq.SetY(i, Math.Round(seq.GetY(i), digits));
        }
    }
}
