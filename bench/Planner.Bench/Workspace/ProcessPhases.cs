using System.Globalization;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;
using Planner.Geo.Workspace;

namespace Planner.Bench.Workspace;

/// <summary>
/// Where a whole <c>planner coverage</c> run spends its time: load, index, views, mosaic (union and overlap), output —
/// each phase timed alone with wall clock and process CPU time (the machine is shared; CPU time is the steadier number).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- phases BUILDINGS CAMERAS</c>.
/// </summary>
internal static class ProcessPhases
{
    public static void Run(string buildings, string cameras)
    {
        var inv = CultureInfo.InvariantCulture;
        var clock = new PhaseClock();
        void Phase(string name)
        {
            var (cpu, wall) = clock.Lap();
            Console.WriteLine(string.Create(inv, $"| {name} | {wall:F2} s wall | {cpu:F2} s CPU |"));
        }

        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: cameras, Buildings: buildings), new PlanLoadOptions { Epsg = 25832 }).Plan;
        Phase("load");
        var index = CoverageIndex.Build(plan.Buildings);
        Phase("index");
        var views = CoverageEngine.ComputeViews(plan.Cameras, index);
        Phase("views");
        var tile = double.TryParse(Environment.GetEnvironmentVariable("PLANNER_BENCH_TILE_M"), CultureInfo.InvariantCulture, out var t) ? t : CoverageMosaic.DefaultTileSizeM;
        var mosaic = CoverageMosaic.Build(views, tile);
        Phase($"mosaic ({mosaic.TileCount} tiles)");
        var path = Path.Combine(Path.GetTempPath(), "planner-phases.geojson");
        GeoJsonOutput.Write(path, views.SelectMany(v => DoriLevels.All.Select(l => new OutputFeature(v[l], [new("camera_id", v.CameraId), new("level", l.ToContractName())]))), plan.Epsg);
        Phase("write GeoJSON");
        Console.WriteLine(CoverageSummaryWriter.ToJson(plan, 0, PlanFigures.From(mosaic, plan.Cameras.Count), [], path).Split('\n')[5..13].Aggregate((a, b) => a + b));
        if (Environment.GetEnvironmentVariable("PLANNER_BENCH_SKIP_GLOBAL") is not null)
        {
            return;
        }

        var global = PlanCoverage.Compute(views, plan.Zones);
        Phase("reference: PlanCoverage.Compute (global union per level + all-pairs overlap)");
        Console.WriteLine(string.Create(inv, $"| union visible: mosaic / global | {mosaic.AreaM2(DoriLevel.Visible):F2} / {global.AreaM2(DoriLevel.Visible):F2} m², overlap {mosaic.OverlapM2:F2} / {global.OverlapM2:F2} m² |"));
    }
}
