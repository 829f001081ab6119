using System.Text.Json;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Hotspots;

/// <summary>
/// Writes <see cref="CoverageStatistics"/> as JSON (atomically): <c>incidents</c>, <c>hot_cells</c>, <c>filter</c>,
/// <c>levels</c> (total per DORI level), <c>cameras</c> (per camera per level, with <c>marginal_incidents</c>),
/// <c>hour_of_week</c> (7 rows mon … sun × 24 hours) and <c>zones</c> (each with its own <c>hour_of_week</c>).
/// Shares are fractions 0 … 1.
/// </summary>
public static class CoverageStatisticsJson
{
    public static void Write(string path, CoverageStatistics stats, IReadOnlyDictionary<string, object?> parameters) =>
        AtomicFile.Write(path, s => Write(s, stats, parameters));

    public static void Write(Stream stream, CoverageStatistics stats, IReadOnlyDictionary<string, object?> parameters)
    {
        ArgumentNullException.ThrowIfNull(stats);
        ArgumentNullException.ThrowIfNull(parameters);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteStartObject("parameters");
        foreach (var (key, value) in parameters)
        {
            switch (value)
            {
                case null: w.WriteNull(key); break;
                case double d: w.WriteNumber(key, d); break;
                case int i: w.WriteNumber(key, i); break;
                default: w.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
            }
        }

        w.WriteEndObject();
        w.WriteNumber("incidents", stats.Incidents);
        w.WriteNumber("hot_cells", stats.HotCells);
        w.WriteStartArray("levels");
        foreach (var l in stats.Total)
        {
            WriteLevel(w, l, marginalName: "incidents_seen_by_one_camera");
        }

        w.WriteEndArray();
        w.WriteStartArray("cameras");
        foreach (var c in stats.Cameras)
        {
            w.WriteStartObject();
            w.WriteString("camera_id", c.CameraId);
            w.WriteStartArray("levels");
            foreach (var l in c.Levels)
            {
                WriteLevel(w, l, marginalName: "marginal_incidents");
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteMatrix(w, "hour_of_week", stats.HourOfWeek);
        w.WriteStartArray("zones");
        foreach (var z in stats.Zones)
        {
            w.WriteStartObject();
            w.WriteString("zone_id", z.ZoneId);
            w.WriteString("kind", z.Kind.ToContractName());
            if (z.Name is null)
            {
                w.WriteNull("name");
            }
            else
            {
                w.WriteString("name", z.Name);
            }

            w.WriteNumber("incidents", z.Incidents);
            WriteMatrix(w, "hour_of_week", z.HourOfWeek);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteLevel(Utf8JsonWriter w, LevelCoverage l, string marginalName)
    {
        w.WriteStartObject();
        w.WriteString("level", l.Level.ToContractName());
        w.WriteNumber("incidents", l.Incidents);
        w.WriteNumber("incident_share", l.IncidentShare);
        w.WriteNumber("hot_cells", l.HotCells);
        w.WriteNumber("hot_cell_share", l.HotCellShare);
        w.WriteNumber(marginalName, l.MarginalIncidents);
        w.WriteEndObject();
    }

    private static void WriteMatrix(Utf8JsonWriter w, string name, int[,] m)
    {
        w.WriteStartObject(name);
        w.WriteStartArray("days");
        foreach (var d in HourOfWeek.DayNames)
        {
            w.WriteStringValue(d);
        }

        w.WriteEndArray();
        w.WriteStartArray("counts");
        for (var d = 0; d < 7; d++)
        {
            w.WriteStartArray();
            for (var h = 0; h < 24; h++)
            {
                w.WriteNumberValue(m[d, h]);
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
