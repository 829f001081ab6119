using System.Diagnostics;
using System.Globalization;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;

namespace Planner.Bench.Workspace;

/// <summary>
/// Issue 9: the plan-wide union and overlap per tile, two ways in one run on the same views and tiles, one thread,
/// process CPU time: the areas by <see cref="CoverageAreas"/> (what the mosaic now computes) against the overlay path
/// every tile took before (views clipped to the tile, OverlayNG union per level, divide-and-conquer overlap).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- mosaic-table BUILDINGS CAMERAS</c>.
/// </summary>
internal static class MosaicAreaTable
{
    public static void Run(string buildings, string cameras)
    {
        var inv = CultureInfo.InvariantCulture;
        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: cameras, Buildings: buildings), new PlanLoadOptions { Epsg = 25832 }).Plan;
        var views = CoverageEngine.ComputeViews(plan.Cameras, CoverageIndex.Build(plan.Buildings));
        var process = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }

        for (var round = 1; round <= 2; round++)
        {
            var c0 = Cpu();
            var mosaic = CoverageMosaic.Build(views, CoverageMosaic.DefaultTileSizeM, maxDegreeOfParallelism: 1);
            var c1 = Cpu();
            var overlay = mosaic.BuildTileGeometries();
            var c2 = Cpu();
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            Console.WriteLine(string.Create(inv, $"| {plan.Cameras.Count:N0} cameras, {mosaic.TileCount:N0} tiles, round {round}, load {load} | areas {(c1 - c0).TotalSeconds:F2} s CPU | overlay {(c2 - c1).TotalSeconds:F2} s CPU | {(c2 - c1) / (c1 - c0):F1}× | visible {mosaic.AreaM2(DoriLevel.Visible):F2} vs {overlay:F2} m², overlap {mosaic.OverlapM2:F2} m² |"));
        }
    }
}
