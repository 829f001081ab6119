using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Planner.Bench.Coverage;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Bench.Workspace;

/// <summary>
/// Issue 9 on the bundled sample (25 cameras, Danish rules): one-camera edit through the workspace against the batch
/// reference (edited view + whole <see cref="RuleEngine"/> + <see cref="PlanCoverage.Compute"/>).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*WorkspaceSampleBenchmarks*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class WorkspaceSampleBenchmarks
{
    private Plan plan = SampleMunicipality.Build();
    private WorkspaceOptions options = new();
    private PlanWorkspace? workspace;
    private Camera[] moves = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        plan = SampleMunicipality.Build();
        options = WorkspaceBench.Options();
        workspace = PlanWorkspace.Open(plan, options);
        moves = [.. Enumerable.Range(0, 64).Select(i => plan.Cameras[i % plan.Cameras.Count]).Select((c, i) => c with { X = c.X + ((i % 5) - 2), Y = c.Y + ((i % 3) - 1) })];
    }

    [GlobalCleanup]
    public void Cleanup() => workspace?.Dispose();

    [Benchmark(Description = "Workspace: one-camera edit → view, findings, figures")]
    public int Incremental() => workspace!.Apply(PlanEdit.Replace(moves[next++ % moves.Length])).FindingsAdded.Count;

    [Benchmark(Baseline = true, Description = "Reference: edited view + whole RuleEngine + PlanCoverage.Compute")]
    public double Reference()
    {
        var camera = moves[next++ % moves.Length];
        var edited = PlanEdits.ApplyTo(plan, PlanEdit.Replace(camera));
        var views = edited.Cameras.Select(c => c.Id == camera.Id ? CoverageEngine.ComputeView(c, workspace!.Index) : workspace!.Current.Views[c.Id]).ToList();
        var findings = RuleEngine.Evaluate(options.Pack!, edited.Cameras, views, edited.Zones, options.Rules!);
        return PlanCoverage.Compute(views, edited.Zones).AreaM2(DoriLevel.Visible) + findings.Count;
    }
}

/// <summary>
/// Prints the <see cref="WorkspaceEditHarness"/> tables: the sample, and the synthetic city (6,480 cameras among
/// 100,000 buildings; scale with <c>PLANNER_BENCH_WORKSPACE_SCALE</c>).
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*WorkspaceTable*'</c>.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class WorkspaceTable
{
    public const int CityCameras = 6_480;
    public const int CityBuildings = 100_000;

    private static double Scale => double.TryParse(Environment.GetEnvironmentVariable("PLANNER_BENCH_WORKSPACE_SCALE"), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : 1;

    [Benchmark(Description = "Workspace harness tables (printed)")]
    public int Table()
    {
        var sample = Environment.GetEnvironmentVariable("PLANNER_BENCH_SKIP_SAMPLE") is null
            ? WorkspaceEditHarness.Run("sample (Lindsted)", SampleMunicipality.Build(), WorkspaceBench.Options(), 400, 10)
            : "";
        Console.WriteLine(sample);
        var buildings = SyntheticCity.Buildings((int)(CityBuildings * Scale));
        var cameras = SyntheticCity.Cameras((int)(CityCameras * Scale), buildings).Select(c => c with { Operator = OperatorType.Municipality, OperatorId = "city" }).ToList();
        var city = new Plan(25832, SampleMunicipality.Build().Metadata) { Buildings = buildings, Cameras = cameras };
        // The reference on the full city is a whole PlanCoverage.Compute per edit (about a minute each): opt in with PLANNER_BENCH_CITY_REFERENCE.
        var cityReference = int.TryParse(Environment.GetEnvironmentVariable("PLANNER_BENCH_CITY_REFERENCE"), out var r) ? r : Scale < 1 ? 3 : 0;
        var cityTable = WorkspaceEditHarness.Run("synthetic city", city, WorkspaceBench.Options(), 400, cityReference);
        Console.WriteLine(cityTable);
        var table = sample + Environment.NewLine + cityTable;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "planner-workspace-bench.md"), table);
        return table.Length;
    }
}

internal static class WorkspaceBench
{
    public static WorkspaceOptions Options() => new()
    {
        Pack = RulePackLoader.Load(RulePackLocator.Find()),
        Rules = new RuleEngineOptions { Today = new DateOnly(2025, 6, 1), Language = "da" },
        TileSizeM = double.TryParse(Environment.GetEnvironmentVariable("PLANNER_BENCH_TILE_M"), System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : CoverageMosaic.DefaultTileSizeM,
    };
}
