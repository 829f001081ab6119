using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Planner.Geo.Hotspots;

namespace Planner.Bench.Hotspots;

/// <summary>
/// Issue #4 benchmarks: 1,000,000 synthetic incidents on the 1,000 × 1,000 grid of 10 m cells, bandwidth (and Gi*
/// band) 200 m. Each engine step runs beside its naive reference in the same run. The naive references are too slow
/// for the full grid, so they run on a sample and must be scaled to the full size when comparing:
/// <list type="bullet">
/// <item><c>NaiveQuarticPerCell</c>, <c>NaiveGaussianPerCell</c>: 100 of the 1,000,000 cells → × 10,000;</item>
/// <item><c>NaiveQuarticScatter</c>: 10,000 of the 1,000,000 points → × 100;</item>
/// <item><c>NaiveGiStarPairs</c>: 50 of the 1,000,000 cells → × 20,000 (plus <c>NaiveFdrFullSort</c> once, unscaled).</item>
/// </list>
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*HotspotBenchmarks*'</c>. In-process
/// (no generated project to build, which timed out on the shared 2-core machine); each call is one whole operation.
/// </summary>
[Config(typeof(HotspotBenchConfig))]
public class HotspotBenchmarks
{
    public const int SampleCellsKde = 100;
    public const int SamplePointsScatter = 10_000;
    public const int SampleCellsGi = 50;

    private double[] _xs = [];
    private double[] _ys = [];
    private HotspotGrid _grid;
    private int[] _counts = [];
    private double[] _p = [];
    private int[] _kdeCells = [];
    private int[] _giCells = [];

    [GlobalSetup]
    public void Setup()
    {
        (_xs, _ys) = HotspotBenchData.Incidents();
        _grid = HotspotGrid.Spanning(_xs, _ys, HotspotBenchData.Cell);
        if (_grid.Cols != 1000 || _grid.Rows != 1000)
        {
            throw new InvalidOperationException($"expected a 1000 x 1000 grid, got {_grid.Cols} x {_grid.Rows}");
        }

        _counts = _grid.Count(_xs, _ys);
        _p = GetisOrd.Compute(_grid, _counts, HotspotBenchData.Bandwidth).P;
        _kdeCells = HotspotBenchData.SampleCells(_grid, SampleCellsKde);
        _giCells = HotspotBenchData.SampleCells(_grid, SampleCellsGi);
    }

    [Benchmark(Description = "Binning (engine)")]
    public int[] Binning() => _grid.Count(_xs, _ys);

    [Benchmark(Description = "Binning (naive hash map)")]
    public int[] NaiveBinning() => NaiveHotspots.Binning(_grid, _xs, _ys);

    [Benchmark(Description = "Quartic KDE (engine, exact)")]
    public double[] Quartic() => KernelDensity.Quartic(_grid, _xs, _ys, HotspotBenchData.Bandwidth);

    [Benchmark(Description = "Quartic KDE naive per cell (100 cells; x10,000)")]
    public double NaiveQuarticPerCell() => NaiveHotspots.Quartic(_grid, _xs, _ys, HotspotBenchData.Bandwidth, _kdeCells);

    [Benchmark(Description = "Quartic KDE naive per-point scatter (10k points; x100)")]
    public double[] NaiveQuarticScatter() => NaiveHotspots.QuarticScatter(_grid, _xs, _ys, HotspotBenchData.Bandwidth, SamplePointsScatter);

    [Benchmark(Description = "Gaussian KDE (engine, binned, separable)")]
    public double[] Gaussian() => KernelDensity.Gaussian(_grid, _counts, HotspotBenchData.Bandwidth);

    [Benchmark(Description = "Gaussian KDE naive per cell (100 cells; x10,000)")]
    public double NaiveGaussianPerCell() => NaiveHotspots.Gaussian(_grid, _counts, HotspotBenchData.Bandwidth, _kdeCells);

    [Benchmark(Description = "Gi* + FDR (engine)")]
    public HotspotClass[] GiStarWithFdr()
    {
        var gi = GetisOrd.Compute(_grid, _counts, HotspotBenchData.Bandwidth);
        return FalseDiscoveryRate.Classify(gi.Z, gi.P);
    }

    [Benchmark(Description = "Gi* naive pairs (50 cells; x20,000)")]
    public double NaiveGiStarPairs() => NaiveHotspots.GiStar(_grid, _counts, HotspotBenchData.Bandwidth, _giCells);

    [Benchmark(Description = "FDR naive full sort (all cells, x1)")]
    public double NaiveFdrFullSort() => NaiveHotspots.BhThreshold(_p, 0.05);
}

/// <summary>One in-process job: 2 warm-up and 7 measured calls of each benchmark, one call per iteration.</summary>
internal sealed class HotspotBenchConfig : ManualConfig
{
    public HotspotBenchConfig() =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(7)
            .WithToolchain(InProcessEmitToolchain.Instance));
}
