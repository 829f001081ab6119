using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Bench.Coverage;

/// <summary>
/// Issue #3 benchmarks on a synthetic city of 100,000 buildings and 5,000 cameras (60–120 m range). BenchmarkDotNet
/// times the index build, all cameras on all cores, and the engine against the naive NTS method (footprint minus the
/// union of per-building shadow polygons) on the same <see cref="NaiveCount"/> cameras. <see cref="Table"/> runs the
/// custom harness once and prints the per-camera median/p99 table (see <see cref="CoverageCityHarness"/>).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*CoverageBenchmarks*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CoverageBenchmarks
{
    public const int BuildingCount = 100_000;
    public const int CameraCount = 5_000;
    public const int NaiveCount = 100;

    private List<Building> _buildings = [];
    private List<Camera> _cameras = [];
    private List<Camera> _subset = [];
    private CoverageIndex _index = CoverageIndex.Empty;
    private NaiveCoverage? _naive;

    [GlobalSetup]
    public void Setup()
    {
        _buildings = SyntheticCity.Buildings(BuildingCount);
        _cameras = SyntheticCity.Cameras(CameraCount, _buildings);
        _subset = _cameras.Take(NaiveCount).ToList();
        _index = CoverageIndex.Build(_buildings);
        _naive = new NaiveCoverage(_buildings);
    }

    [Benchmark(Description = "Index build (100k buildings)")]
    public CoverageIndex BuildIndex() => CoverageIndex.Build(_buildings);

    [Benchmark(Description = "Engine, 5,000 cameras, all cores")]
    public int AllCameras() => CoverageEngine.ComputeViews(_cameras, _index).Count;

    [Benchmark(Description = "Engine, 100 cameras, 1 core")]
    public double EngineSubset() => CoverageEngine.ComputeViews(_subset, _index, new CoverageOptions { Parallel = false }).Sum(v => v.Visible.Area);

    [Benchmark(Baseline = true, Description = "Naive NTS shadows, same 100 cameras")]
    public double NaiveSubset() => _subset.Sum(c => _naive!.Visible(c).Area);
}

/// <summary>
/// Runs <see cref="CoverageCityHarness"/> once and prints its table (median/p99 per camera, totals, naive ratio).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*CoverageTable*'</c>. For a smoke run on a
/// smaller city set <c>PLANNER_BENCH_COVERAGE_SCALE</c> (e.g. 0.05 = 5,000 buildings, 250 cameras).
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class CoverageTable
{
    private static double Scale => double.TryParse(Environment.GetEnvironmentVariable("PLANNER_BENCH_COVERAGE_SCALE"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;

    [Benchmark(Description = "Custom harness table (printed)")]
    public int Table()
    {
        var table = CoverageCityHarness.Run((int)(CoverageBenchmarks.BuildingCount * Scale), (int)(CoverageBenchmarks.CameraCount * Scale), CoverageBenchmarks.NaiveCount);
        Console.WriteLine(table);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "planner-coverage-bench.md"), table);
        return table.Length;
    }
}
