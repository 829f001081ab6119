using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Bench.Reports;

/// <summary>
/// Rendering the Danish proposal of the synthetic sample town with 100 and 2,000 cameras (<see cref="LargePlan"/>);
/// coverage, hotspots and rules are computed once in setup. Engine: the default layout (full camera sections up to 100
/// cameras, above that the compact camera table and map atlas). Reference: the layout before issue 13, one full section
/// per camera whatever the plan size. The PDF goes to a counting stream. Peak memory of a whole run (assembly
/// included) is measured by <see cref="ReportPeak"/> in a fresh process. Run:
/// <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*ReportBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReportBenchmarks
{
    private ReportInput input = null!;
    private FontSet fonts = null!;

    [Params(100, 2000)]
    public int Cameras { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Plan plan = LargePlan.WithCameras(Cameras);
        var pack = RulePackLoader.Load(RulePackLocator.Find());
        input = ReportAssembler.Assemble(plan, ReportLanguage.Danish, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), options: new ReportOptions { Pack = pack });
        fonts = FontSet.LoadBundled();
    }

    [GlobalCleanup]
    public void Cleanup() => fonts.Dispose();

    [Benchmark(Baseline = true, Description = "reference: one full section per camera")]
    public long FullSections() => Render(input with { FullCameraSections = true });

    [Benchmark(Description = "engine: default layout (table + atlas above 100)")]
    public long DefaultLayout() => Render(input);

    private long Render(ReportInput what)
    {
        using var sink = new CountingSink();
        ProposalRenderer.Write(what, sink, fonts);
        return sink.Length;
    }

    /// <summary>A write-only stream that keeps only the byte count.</summary>
    private sealed class CountingSink : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Position;

        public override long Position { get; set; }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Position += count;
    }
}
