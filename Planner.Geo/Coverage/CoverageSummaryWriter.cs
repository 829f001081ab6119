using System.Text.Json;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Geo.Coverage;

/// <summary>
/// The JSON summary of a coverage run: camera and building counts, working CRS, target height (m), union area per level
/// and overlap (m², rounded to 0.01), and per zone its area, covered m² and percent per level, blind spot and overlap.
/// Reads the workspace's tiled figures, so no plan-wide union is built for it.
/// </summary>
public static class CoverageSummaryWriter
{
    /// <summary>The summary of a workspace state; lists the first <paramref name="maxZones"/> zones (a real town has thousands, a terminal wants a few) and <c>zones_total</c>.</summary>
    public static string ToJson(WorkspaceSnapshot snapshot, double targetHeightM, string outPath, int maxZones = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var plan = snapshot.Plan;
        var zones = plan.Zones.Take(Math.Max(0, maxZones)).Select(snapshot.Mosaic.CoverageOf).ToList();
        return ToJson(plan, targetHeightM, snapshot.Figures, zones, outPath, plan.Zones.Count);
    }

    public static string ToJson(Plan plan, double targetHeightM, PlanFigures figures, IReadOnlyList<ZoneCoverage> zones, string outPath, int? zonesTotal = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(zones);
        using var buffer = new MemoryStream();
        using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("cameras", plan.Cameras.Count);
        w.WriteNumber("buildings", plan.Buildings.Count);
        w.WriteString("crs", $"EPSG:{plan.Epsg}");
        w.WriteNumber("target_height_m", targetHeightM);
        w.WriteStartObject("union_area_m2");
        foreach (var level in DoriLevels.All)
        {
            w.WriteNumber(level.ToContractName(), Math.Round(figures.UnionAreaM2[level], 2));
        }

        w.WriteEndObject();
        w.WriteNumber("overlap_area_m2", Math.Round(figures.OverlapAreaM2, 2));
        w.WriteNumber("zones_total", zonesTotal ?? zones.Count);
        w.WriteStartArray("zones");
        foreach (var zone in zones)
        {
            w.WriteStartObject();
            w.WriteString("id", zone.ZoneId);
            w.WriteString("kind", zone.Kind.ToContractName());
            w.WriteNumber("area_m2", Math.Round(zone.AreaM2, 2));
            w.WriteStartObject("covered_m2");
            foreach (var level in DoriLevels.All)
            {
                w.WriteNumber(level.ToContractName(), Math.Round(zone.CoveredM2[level], 2));
            }

            w.WriteEndObject();
            w.WriteStartObject("covered_percent");
            foreach (var level in DoriLevels.All)
            {
                w.WriteNumber(level.ToContractName(), Math.Round(100 * zone.Fraction(level), 1));
            }

            w.WriteEndObject();
            w.WriteNumber("blind_spot_m2", Math.Round(zone.BlindSpotM2, 2));
            w.WriteNumber("overlap_m2", Math.Round(zone.OverlapM2, 2));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("out", outPath);
        w.WriteEndObject();
        w.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
