using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Planner.Bench.Placement;

/// <summary>
/// Runs <see cref="PlacementHarness"/> once and prints its table (issue #15): coverage-set construction, lazy greedy
/// k = 50 against plain greedy in the same run, and the gap to the brute-force optimum (40 candidates, k = 4).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*PlacementTable*'</c>. A smaller smoke run:
/// <c>PLANNER_BENCH_PLACEMENT_SCALE=0.1</c>.
/// </summary>
[Config(typeof(PlacementTableConfig))]
public class PlacementTable
{
    public const int BuildingCount = 12_000;
    public const int Sites = 2_000;
    public const int DemandCount = 100_000;
    public const int K = 50;

    private static double Scale => double.TryParse(Environment.GetEnvironmentVariable("PLANNER_BENCH_PLACEMENT_SCALE"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;

    [Benchmark(Description = "Placement harness table (printed)")]
    public int Table()
    {
        var table = PlacementHarness.Run((int)(BuildingCount * Scale), (int)(Sites * Scale), (int)(DemandCount * Scale), K);
        Console.WriteLine(table);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "planner-placement-bench.md"), table);
        return table.Length;
    }
}

/// <summary>One in-process call (the harness warms up and repeats its own timings; no generated project to build).</summary>
internal sealed class PlacementTableConfig : ManualConfig
{
    public PlacementTableConfig() =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(InProcessEmitToolchain.Instance));
}
