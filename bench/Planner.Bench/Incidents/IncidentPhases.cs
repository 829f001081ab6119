using System.Diagnostics;
using System.Globalization;
using Planner.Geo.Formats;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;

namespace Planner.Bench.Incidents;

/// <summary>
/// <c>-- incident-phases [ROWS]</c>: wall clock and process CPU of each step of <c>planner hotspots</c> on the synthetic
/// incident CSV, reference reader and span reader in the same process (CPU time is the figure to trust on a shared machine).
/// </summary>
internal static class IncidentPhases
{
    public static void Run(int rows)
    {
        var path = IncidentCsvFile.Ensure(rows);
        Console.WriteLine($"{rows:N0} rows, {new FileInfo(path).Length / 1e6:0.0} MB");
        for (var round = 0; round < 2; round++)
        {
            Time("reference reader", () => ReferenceIncidentCsvReader.Read(path, null, null, new List<string>()).Items.Count);
            Time("span reader", () => IncidentCsvReader.Read(path, null, null, new List<string>()).Items.Count);
            Time("load (reader, swaps, CRS, ids, transform)", () => PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions()).Plan.Incidents.Count);
            var filter = IncidentFilter.Parse("2024-06-01", "2024-06-14", "robbery", null, null);
            Time("load, filtered while loading", () => PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions { IncidentFilter = filter }).Plan.Incidents.Count);
            var plan = PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions()).Plan;
            var used = filter.Apply(plan.Incidents);
            Time("filter", () => filter.Apply(plan.Incidents).Count);
            Time("hotspots (50 m, 200 m)", () => HotspotAnalysis.Run(used, new HotspotOptions(50, 200, null)).Grid.CellCount);
        }
    }

    private static void Time(string name, Func<int> step)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var watch = Stopwatch.StartNew();
        var n = step();
        watch.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-45} {watch.Elapsed.TotalMilliseconds,8:0} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds,8:0} ms CPU {(GC.GetTotalAllocatedBytes(false) - allocated) / 1e6,8:0} MB allocated  ({n})"));
    }
}
