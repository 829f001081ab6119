using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Planner.Bench.Workspace;
using Planner.Geo.Coverage;

namespace Planner.Bench.Coverage;

/// <summary>
/// Issue 9: plan-wide union and overlap areas of the dense case (728 cameras, 8 headings at each of 91 sites, among 963
/// buildings), one thread: the mosaic's slab sweep against the reference the mosaic used before — per tile the views
/// clipped and combined by OverlayNG (union per level, overlap by divide and conquer) — on the same views and tiles.
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*MosaicBenchmarks*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MosaicBenchmarks
{
    private IReadOnlyList<CameraView> _views = [];

    [GlobalSetup]
    public void Setup()
    {
        var buildings = SyntheticCity.Buildings(CityFiles.DenseBuildings);
        _views = CoverageEngine.ComputeViews(CityFiles.DenseCameras(), CoverageIndex.Build(buildings));
    }

    [Benchmark(Description = "Sweep areas, dense 728 views, 1 thread")]
    public double Sweep()
    {
        var mosaic = CoverageMosaic.Build(_views, maxDegreeOfParallelism: 1);
        return DoriLevels.All.Sum(mosaic.AreaM2) + mosaic.OverlapM2;
    }

    [Benchmark(Baseline = true, Description = "Overlay per tile (reference), same views and tiles")]
    public double Overlay()
    {
        var mosaic = CoverageMosaic.Build(_views, maxDegreeOfParallelism: 1);
        return DoriLevels.All.Sum(l => mosaic.OverlayAreas(l).UnionM2) + mosaic.OverlayAreas(DoriLevel.Visible).OverlapM2;
    }
}
