using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Canvass;

/// <summary>One canvassed incident: where (working CRS metres), when, and the cameras that saw the place, best first.</summary>
public sealed record CanvassResult(string IncidentId, double X, double Y, DateTimeOffset OccurredAt, IReadOnlyList<CanvassHit> Hits);

/// <summary>
/// Writes canvass results as UTF-8 JSON: today, crs, and per incident id, lon/lat (EPSG:4326), x/y (working CRS),
/// occurred_at and cameras (camera_id, level, distance_m, pixels_per_metre, retention_days, deletion_deadline,
/// footage: exists | deleted | not_recorded | unknown, controller, contact, secure_by, secure_by_basis: retention_days |
/// legal_limit, secure_now), and <c>secure_now</c>: per camera the requests to secure footage now, earliest first.
/// Written atomically.
/// </summary>
public static class CanvassReportWriter
{
    public static void Write(string path, IReadOnlyList<CanvassResult> results, int epsg, DateOnly today) =>
        AtomicFile.Write(path, s => Write(s, results, epsg, today));

    public static void Write(Stream stream, IReadOnlyList<CanvassResult> results, int epsg, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("today", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("crs", $"EPSG:{epsg}");
        w.WriteStartArray("incidents");
        foreach (var r in results)
        {
            var lonLat = CrsRegistry.Transform(new NetTopologySuite.Geometries.Point(r.X, r.Y), epsg, CrsRegistry.Wgs84).Coordinate;
            w.WriteStartObject();
            w.WriteString("id", r.IncidentId);
            w.WriteNumber("lon", Math.Round(lonLat.X, 7));
            w.WriteNumber("lat", Math.Round(lonLat.Y, 7));
            w.WriteNumber("x", Math.Round(r.X, 3));
            w.WriteNumber("y", Math.Round(r.Y, 3));
            w.WriteString("occurred_at", r.OccurredAt.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
            w.WriteStartArray("cameras");
            foreach (var h in r.Hits)
            {
                w.WriteStartObject();
                w.WriteString("camera_id", h.CameraId);
                w.WriteString("level", h.Level.ToContractName());
                w.WriteNumber("distance_m", Math.Round(h.DistanceM, 2));
                w.WriteNumber("pixels_per_metre", Math.Round(h.PixelsPerMetre, 1));
                if (h.RetentionDays is { } days)
                {
                    w.WriteNumber("retention_days", days);
                }
                else
                {
                    w.WriteNull("retention_days");
                }

                if (h.DeletionDeadline is { } deadline)
                {
                    w.WriteString("deletion_deadline", deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                else
                {
                    w.WriteNull("deletion_deadline");
                }

                w.WriteString("footage", FootageName(h.Footage));
                WriteText(w, "controller", h.Controller);
                WriteText(w, "contact", h.Contact);
                WriteText(w, "secure_by", h.SecureBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteText(w, "secure_by_basis", h.SecureByBasis);
                w.WriteBoolean("secure_now", h.SecureNow);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSecureNow(w, results);
        w.WriteEndObject();
        w.Flush();
    }

    /// <summary>
    /// The batch's "secure now" requests: one per camera whose footage of at least one incident may still exist, with its
    /// controller and contact, the incidents, and the earliest day by which footage must be secured; earliest first.
    /// </summary>
    private static void WriteSecureNow(Utf8JsonWriter w, IReadOnlyList<CanvassResult> results)
    {
        var requests = results
            .SelectMany(r => r.Hits.Where(h => h.SecureNow).Select(h => (Incident: r.IncidentId, Hit: h)))
            .GroupBy(x => x.Hit.CameraId, StringComparer.Ordinal)
            .Select(g => (Camera: g.Key, First: g.First().Hit, Incidents: g.Select(x => x.Incident).Distinct().ToList(), SecureBy: g.Min(x => x.Hit.SecureBy!.Value)))
            .OrderBy(x => x.SecureBy)
            .ThenBy(x => x.Camera, StringComparer.Ordinal);
        w.WriteStartArray("secure_now");
        foreach (var r in requests)
        {
            w.WriteStartObject();
            w.WriteString("camera_id", r.Camera);
            WriteText(w, "controller", r.First.Controller);
            WriteText(w, "contact", r.First.Contact);
            w.WriteString("secure_by", r.SecureBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartArray("incidents");
            foreach (var id in r.Incidents)
            {
                w.WriteStringValue(id);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static string FootageName(FootageState state) => state switch
    {
        FootageState.Exists => "exists",
        FootageState.Deleted => "deleted",
        FootageState.NotRecorded => "not_recorded",
        FootageState.Unknown => "unknown",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "unknown footage state"),
    };

    /// <summary>Canvasses every incident of a plan-sized batch against the views (see <see cref="EvidenceCanvass.At"/>).</summary>
    public static IReadOnlyList<CanvassResult> Batch(IReadOnlyList<Camera> cameras, IReadOnlyList<CameraView> views, IEnumerable<Incident> incidents, DateOnly today, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return [.. incidents.Select(i => new CanvassResult(
            i.Id, i.X, i.Y, i.OccurredAt,
            EvidenceCanvass.At(cameras, views, new NetTopologySuite.Geometries.Coordinate(i.X, i.Y), i.OccurredAt, today, options)))];
    }
}
