using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Planner.Bench.Placement;

/// <summary>
/// Runs <see cref="PlacementHarness"/> once and prints its table (issue #15): coverage-set construction, lazy greedy
/// k = 50 against plain greedy in the same run, and the gap to the brute-force optimum (40 candidates, k = 4).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*PlacementTable*'</c>. A smaller smoke run:
/// <c>PLANNER_BENCH_PLACEMENT_SCALE=0.1</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
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
