using System.Diagnostics;
using Planner.Geo.Rules;
using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Bench.Reports;

/// <summary>
/// One proposal of an <c>n</c>-camera plan in a fresh process, end to end (coverage, hotspots, Danish rules, PDF), with
/// wall time and the process's peak working set (BenchmarkDotNet reports allocations, not peak memory). Run:
/// <c>dotnet run -c Release --project bench/Planner.Bench -- report-peak 2000 [full] [out.pdf]</c>.
/// </summary>
public static class ReportPeak
{
    public static void Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var n = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
        var full = args.Contains("full");
        var outPath = args.Skip(2).FirstOrDefault(a => a.EndsWith(".pdf", StringComparison.Ordinal));
        var plan = LargePlan.WithCameras(n);
        var pack = RulePackLoader.Load(RulePackLocator.Find());
        var watch = Stopwatch.StartNew();
        var input = ReportAssembler.Assemble(plan, ReportLanguage.Danish, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero),
            options: new ReportOptions { Pack = pack, FullCameraSections = full });
        var assembled = watch.ElapsedMilliseconds;
        using var fonts = FontSet.LoadBundled();
        using Stream output = outPath is null ? new CountingStream() : File.Create(outPath);
        var pages = ProposalRenderer.Write(input, output, fonts);
        watch.Stop();
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"report-peak: {n} cameras, {(full ? "full sections" : "default layout")}: {pages} pages, {output.Length / 1e6:0.0} MB, "
            + $"assemble {assembled} ms, total {watch.ElapsedMilliseconds} ms, CPU {self.TotalProcessorTime.TotalMilliseconds:0} ms, peak working set {self.PeakWorkingSet64 / 1e6:0} MB");
    }

    /// <summary>A write-only stream that keeps only the byte count.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;
    }
}
