using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Formats;
using Planner.Geo.Stores;

namespace Planner.Bench.Stores;

/// <summary>
/// Issue #14 item 5: writing 101,655 real Copenhagen buildings (<see cref="CityBuildingsFile"/>) to a GeoPackage with
/// R-tree indexes. Part 1 times the phases in this process (CPU time of the process and wall clock): GeoJSON parse,
/// mapping and checks, the whole load (parse + map + transform to EPSG:25832; transform = load − parse − map), WKB
/// encoding alone, and the whole GeoPackage write (inserts + R-tree = write − WKB). Part 2 runs the two whole
/// processes on the same file in the same run, alternating, <see cref="Rounds"/> times each: <c>planner new
/// --buildings F --out A.gpkg</c> and the reference <c>ogr2ogr -f GPKG B.gpkg F -t_srs EPSG:25832 -nln buildings</c>
/// (GDAL's GeoPackage driver, which also writes an R-tree index), and gives the median CPU time of each and the ratio.
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- gpkg-write PLANNER_EXE [SHARED_DATA]</c> (PLANNER_EXE
/// <c>-</c>: the phases only).
/// </summary>
internal static class GeoPackageWriteHarness
{
    private const int Rounds = 3;

    public static void Run(string planner, string sharedData)
    {
        var inv = CultureInfo.InvariantCulture;
        var dir = Directory.CreateTempSubdirectory("planner-gpkg-bench-").FullName;
        try
        {
            var input = CityBuildingsFile.Write(sharedData, dir);
            Console.WriteLine(string.Create(inv, $"input: {input} ({new FileInfo(input).Length / 1e6:F1} MB)"));
            Phases(input, Path.Combine(dir, "phases.gpkg"));
            if (planner == "-")
            {
                return;
            }

            var ours = new List<(TimeSpan Cpu, TimeSpan Wall)>();
            var gdal = new List<(TimeSpan Cpu, TimeSpan Wall)>();
            var a = Path.Combine(dir, "planner.gpkg");
            var b = Path.Combine(dir, "ogr2ogr.gpkg");
            for (var round = 0; round < Rounds; round++)
            {
                File.Delete(a);
                File.Delete(b);
                ours.Add(ChildCpu.Run(planner, "new", "--buildings", input, "--out", a));
                gdal.Add(ChildCpu.Run("ogr2ogr", "-f", "GPKG", b, input, "-t_srs", "EPSG:25832", "-nln", "buildings"));
            }

            static double Median(IEnumerable<TimeSpan> xs) => xs.Select(x => x.TotalSeconds).Order().ElementAt(Rounds / 2);
            var (oc, ow, gc, gw) = (Median(ours.Select(x => x.Cpu)), Median(ours.Select(x => x.Wall)), Median(gdal.Select(x => x.Cpu)), Median(gdal.Select(x => x.Wall)));
            Console.WriteLine("| process (median of 3) | CPU s | wall s | file MB |");
            Console.WriteLine("|---|---|---|---|");
            Console.WriteLine(string.Create(inv, $"| planner new | {oc:F2} | {ow:F2} | {new FileInfo(a).Length / 1e6:F1} |"));
            Console.WriteLine(string.Create(inv, $"| ogr2ogr (reference) | {gc:F2} | {gw:F2} | {new FileInfo(b).Length / 1e6:F1} |"));
            Console.WriteLine(string.Create(inv, $"| ratio planner / ogr2ogr | {oc / gc:F2} | {ow / gw:F2} | |"));
            Console.WriteLine("CPU per round, planner: " + string.Join(", ", ours.Select(x => x.Cpu.TotalSeconds.ToString("F2", inv))) +
                "; ogr2ogr: " + string.Join(", ", gdal.Select(x => x.Cpu.TotalSeconds.ToString("F2", inv))));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static void Phases(string input, string output)
    {
        var inv = CultureInfo.InvariantCulture;
        var clock = new PhaseClock();
        double Phase(string name)
        {
            var (cpu, wall) = clock.Lap();
            Console.WriteLine(string.Create(inv, $"| {name} | {cpu:F2} | {wall:F2} |"));
            return cpu;
        }

        Console.WriteLine("| phase (in process) | CPU s | wall s |");
        Console.WriteLine("|---|---|---|");
        var layer = GeoJsonFeatureReader.Read(input, "buildings");
        var parse = Phase("GeoJSON parse");
        BuildingFeatureMapper.Map(layer, []);
        var map = Phase("map + checks (validity, area)");
        var plan = PlanFileLoader.Load(new PlanFiles(Buildings: input), new PlanLoadOptions()).Plan;
        var load = Phase("whole load (parse + map + transform + checks)");
        Console.WriteLine(string.Create(inv, $"| transform and the rest of the load ≈ load − parse − map | {load - parse - map:F2} | |"));
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        var factory = new GeometryFactory(new PrecisionModel(), plan.Epsg);
        long bytes = 0;
        foreach (var building in plan.Buildings)
        {
            var g = building.Footprint is Polygon p ? factory.CreateMultiPolygon([p]) : building.Footprint;
            bytes += writer.Write(g).Length;
        }

        var wkb = Phase(string.Create(inv, $"GeoPackage WKB encoding alone ({bytes / 1e6:F1} MB)"));
        GeoPackagePlanStore.Write(output, plan);
        var write = Phase("whole GeoPackage write");

        // The R-tree fill alone, as the writer does it (from envelopes in memory), on the written file.
        Envelope?[] envelopes = [.. plan.Buildings.Select(b => b.Footprint.EnvelopeInternal)];
        using (var db = new SqliteConnection($"Data Source={output};Pooling=False"))
        {
            db.Open();
            using var tx = db.BeginTransaction();
            using (var clear = db.CreateCommand())
            {
                clear.CommandText = "DELETE FROM rtree_buildings_geom";
                clear.ExecuteNonQuery();
            }

            Phase("(clearing the R-tree for the next line)");
            GeoPackageRTree.Fill(db, "buildings", "geom", envelopes);
            var rtree = Phase("R-tree fill alone (101,655 envelopes)");
            Console.WriteLine(string.Create(inv, $"| inserts and the rest ≈ write − WKB − R-tree | {write - wkb - rtree:F2} | |"));
            tx.Rollback();
        }
    }
}
