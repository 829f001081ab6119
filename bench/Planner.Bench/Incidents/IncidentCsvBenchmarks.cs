using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Planner.Geo.Formats;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;

namespace Planner.Bench.Incidents;

/// <summary>
/// Issue 9 item 9: reading 1,000,000 incidents (67 MB of CSV, <see cref="IncidentCsvFile"/>) with the span reader in
/// parallel chunks against the one-pass string reader it replaced (<see cref="ReferenceIncidentCsvReader"/>), same run;
/// and the whole <c>hotspots</c> load (reader, swap check, working CRS, ids, transform) plus filter before and after.
/// Run: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*IncidentCsvBenchmarks*' --memory</c>.
/// </summary>
[Config(typeof(IncidentBenchConfig))]
[MemoryDiagnoser]
public class IncidentCsvBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = IncidentCsvFile.Ensure(1_000_000);

    [Benchmark(Baseline = true, Description = "read 1M rows: reference (string, one pass)")]
    public int Reference() => ReferenceIncidentCsvReader.Read(_path, null, null, new List<string>()).Items.Count;

    [Benchmark(Description = "read 1M rows: span reader, parallel chunks")]
    public int Span() => IncidentCsvReader.Read(_path, null, null, new List<string>()).Items.Count;

    [Benchmark(Description = "hotspots input, 1M rows: load, then filter")]
    public int LoadThenFilter()
    {
        var plan = PlanFileLoader.Load(new PlanFiles(Incidents: _path), new PlanLoadOptions()).Plan;
        return Filter.Apply(plan.Incidents).Count;
    }

    [Benchmark(Description = "hotspots input, 1M rows: filtered while loading")]
    public int LoadFiltered() =>
        PlanFileLoader.Load(new PlanFiles(Incidents: _path), new PlanLoadOptions { IncidentFilter = Filter }).Plan.Incidents.Count;

    private static IncidentFilter Filter { get; } = IncidentFilter.Parse("2024-06-01", "2024-06-14", "robbery", null, null);

    /// <summary>Keeps <see cref="HotspotAnalysis"/> referenced for the phases harness's end-to-end figure.</summary>
    internal static Type Analysis => typeof(HotspotAnalysis);
}

/// <summary>One op is seconds long: few iterations, in-process with a long timeout (the shared machine is slow under load).</summary>
internal sealed class IncidentBenchConfig : ManualConfig
{
    public IncidentBenchConfig() =>
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false)));
}
