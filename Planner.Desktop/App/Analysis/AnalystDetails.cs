using System.Globalization;
using System.Text.Json;
using Planner.Geo.Canvass;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;

namespace Planner.Desktop.App.Analysis;

/// <summary>
/// What a click on the map asks: the grid cell of the latest answer under a point (count, density in incidents per km²,
/// Gi* z and two-sided p, FDR class, emerging pattern), or an incident by id (offence, time, amount, and which cameras
/// of the current plan see its place at which DORI level, with their footage state for its time).
/// </summary>
internal static class AnalystDetails
{
    /// <summary>The cell containing (x, y) (plan CRS, metres; the contract's floor(coord / cell)); <c>{"in_grid": false}</c> outside the grid.</summary>
    public static void WriteCell(Utf8JsonWriter w, AnalystResult? latest, double x, double y)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        var h = latest?.Hotspots;
        var col = h?.Grid.ColOf(x) ?? -1;
        var row = h?.Grid.RowOf(y) ?? -1;
        if (h is null || col < 0 || row < 0 || col >= h.Grid.Cols || row >= h.Grid.Rows)
        {
            w.WriteBoolean("in_grid", false);
            w.WriteString("reason", h is null ? latest?.NotAssessed ?? "no hotspot grid computed yet" : "outside the grid of the filtered incidents");
            w.WriteEndObject();
            return;
        }

        var g = h.Grid;
        var k = (int)((row * g.Cols) + col);
        w.WriteBoolean("in_grid", true);
        w.WriteNumber("generation", latest!.Generation);
        w.WriteNumber("cell_m", g.CellSize);
        w.WriteNumber("x", g.CentreX((int)col));
        w.WriteNumber("y", g.CentreY((int)row));
        w.WriteNumber("count", h.Counts[k]);
        w.WriteNumber("density", Math.Round(h.Density[k], 3));
        w.WriteNumber("z", Math.Round(h.Z[k], 3));
        w.WriteNumber("p", h.P[k]);
        w.WriteString("class", h.Classes[k].ToContractName());
        if (latest.Emerging is { } e)
        {
            w.WriteString("pattern", e.Patterns[k].ToName());
            w.WriteNumber("trend_z", Math.Round(e.Trends[k].Z, 3));
            w.WriteStartArray("slices");
            for (var t = 0; t < e.SliceStarts.Count; t++)
            {
                w.WriteStartObject();
                w.WriteString("from", e.SliceStarts[t].ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteNumber("count", e.SliceCounts[t][k]);
                w.WriteString("class", e.SliceClasses[t][k].ToContractName());
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>The incident's record and the cameras that see its place (<see cref="EvidenceCanvass.At"/> at its time); 404 body when unknown.</summary>
    public static bool WriteIncident(Utf8JsonWriter w, Incident? incident, IReadOnlyList<Camera> cameras, IReadOnlyList<CameraView> views, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        if (incident is null)
        {
            w.WriteString("error", "no incident with this id in the plan");
            w.WriteEndObject();
            return false;
        }

        w.WriteString("id", incident.Id);
        w.WriteString("offence", incident.Offence);
        w.WriteString("occurred_at", incident.OccurredAt.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        if (incident.AmountDkk is { } amount)
        {
            w.WriteNumber("amount_dkk", amount);
        }
        else
        {
            w.WriteNull("amount_dkk");
        }

        w.WriteNumber("x", incident.X);
        w.WriteNumber("y", incident.Y);
        w.WriteStartArray("cameras");
        foreach (var hit in EvidenceCanvass.At(cameras, views, new NetTopologySuite.Geometries.Coordinate(incident.X, incident.Y), incident.OccurredAt, today))
        {
            w.WriteStartObject();
            w.WriteString("camera_id", hit.CameraId);
            w.WriteString("level", hit.Level.ToContractName());
            w.WriteNumber("distance_m", Math.Round(hit.DistanceM, 1));
            w.WriteNumber("ppm", Math.Round(hit.PixelsPerMetre, 1));
            w.WriteString("footage", CanvassReportWriter.FootageName(hit.Footage));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        return true;
    }
}
