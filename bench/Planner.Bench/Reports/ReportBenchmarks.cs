using BenchmarkDotNet.Attributes;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Reports.Content;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Bench.Reports;

/// <summary>
/// The PDF proposal of a 100-camera plan (the synthetic sample town with its 25 cameras plus 75 more placed beside
/// them at other headings). Engine: every map drawn as vectors into the PDF. Reference: the simple alternative of
/// rendering each map to a 150 dpi PNG and embedding the image. Views are computed once in setup
/// (<see cref="AssembleAndRender"/> includes them and the hotspot grid). Run:
/// <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*ReportBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private Plan plan = null!;
    private ReportInput input = null!;
    private FontSet fonts = null!;

    [GlobalSetup]
    public void Setup()
    {
        plan = HundredCameraPlan();
        input = ReportAssembler.Assemble(plan, ReportLanguage.Danish, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        fonts = FontSet.LoadBundled();
    }

    [GlobalCleanup]
    public void Cleanup() => fonts.Dispose();

    [Benchmark(Baseline = true, Description = "reference: maps as embedded 150 dpi PNGs")]
    public long RasterMaps()
    {
        var ctx = new ReportContext(input, fonts);
        var blocks = ProposalRenderer.Blocks(ctx).Select(b => b is Figure f ? new Figure(f.Height, Rasterised(f.Draw, 150), f.Caption) : b);
        using var ms = new MemoryStream();
        PdfWriter.Write(ms, blocks, ProposalRenderer.Info(ctx), fonts);
        return ms.Length;
    }

    [Benchmark(Description = "engine: vector maps")]
    public long VectorMaps()
    {
        using var ms = new MemoryStream();
        ProposalRenderer.Write(input, ms, fonts);
        return ms.Length;
    }

    [Benchmark(Description = "engine: coverage + hotspots + vector report")]
    public long AssembleAndRender()
    {
        var fresh = ReportAssembler.Assemble(plan, ReportLanguage.Danish, input.GeneratedAt);
        using var ms = new MemoryStream();
        ProposalRenderer.Write(fresh, ms, fonts);
        return ms.Length;
    }

    /// <summary>The sample town with 100 cameras: each of the 25 sample cameras plus 3 copies 6 m away at other headings.</summary>
    public static Plan HundredCameraPlan()
    {
        var sample = SampleMunicipality.Build();
        var cameras = new List<Camera>(sample.Cameras);
        var k = 0;
        while (cameras.Count < 100)
        {
            var source = sample.Cameras[k % sample.Cameras.Count];
            var copy = 1 + (k / sample.Cameras.Count);
            var angle = copy * 2.1;
            cameras.Add(new Camera($"{source.Id}-x{copy}", source.X + (6 * Math.Cos(angle)), source.Y + (6 * Math.Sin(angle)),
                source.Optics.WithHeading((source.Optics.HeadingDeg + (97 * copy)) % 360))
            {
                Operator = source.Operator,
                OperatorId = source.OperatorId,
                Recording = source.Recording,
                RetentionDays = source.RetentionDays,
                Purpose = source.Purpose,
            });
            k++;
        }

        return sample with { Cameras = cameras };
    }

    private static Action<SKCanvas, SKRect> Rasterised(Action<SKCanvas, SKRect> draw, float dpi) => (canvas, rect) =>
    {
        var zoom = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(rect.Width * zoom), (int)Math.Ceiling(rect.Height * zoom));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(zoom);
        draw(surface.Canvas, SKRect.Create(0, 0, rect.Width, rect.Height));
        using var image = surface.Snapshot();
        canvas.DrawImage(image, rect);
    };
}
