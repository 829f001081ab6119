using System.Diagnostics;
using Planner.Reports.Content;
using SkiaSharp;

namespace Planner.Tests.Reports;

/// <summary>A fact that needs poppler's pdftoppm; skipped with the reason when it is not installed.</summary>
public sealed class PdftoppmFactAttribute : FactAttribute
{
    public PdftoppmFactAttribute()
    {
        if (PdfRasterTests.Pdftoppm is null)
        {
            Skip = "pdftoppm is not installed (Debian package poppler-utils)";
        }
    }
}

public sealed class PdfRasterTests
{
    internal static string? Pdftoppm { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(':', StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, "pdftoppm"))
        .FirstOrDefault(File.Exists);

    [PdftoppmFact]
    public void Pdftoppm_Proposal_RasterisesEveryPageWithInk()
    {
        foreach (var lang in new[] { ReportLanguage.Danish, ReportLanguage.English })
        {
            var (pdf, pages, _) = ReportCases.Render(lang);
            var dir = Directory.CreateTempSubdirectory("planner-report-");
            try
            {
                var file = Path.Combine(dir.FullName, "p.pdf");
                File.WriteAllBytes(file, pdf);
                var psi = new ProcessStartInfo(Pdftoppm!, ["-png", "-r", "30", file, Path.Combine(dir.FullName, "page")])
                {
                    RedirectStandardError = true,
                };
                using var process = Process.Start(psi)!;
                var err = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, "pdftoppm failed: " + err);
                Assert.True(err.Length == 0, "pdftoppm complained: " + err);
                var pngs = Directory.GetFiles(dir.FullName, "page-*.png").Order().ToList();
                Assert.Equal(pages, pngs.Count);
                foreach (var png in pngs)
                {
                    using var bmp = SKBitmap.Decode(png);
                    Assert.True(InkShare(bmp) > 0.005, $"{Path.GetFileName(png)} is (nearly) blank");
                }
            }
            finally
            {
                dir.Delete(recursive: true);
            }
        }
    }

    private static double InkShare(SKBitmap bmp)
    {
        var ink = 0;
        for (var y = 0; y < bmp.Height; y++)
        {
            for (var x = 0; x < bmp.Width; x++)
            {
                var p = bmp.GetPixel(x, y);
                if (p.Red + p.Green + p.Blue < 600)
                {
                    ink++;
                }
            }
        }

        return (double)ink / (bmp.Width * bmp.Height);
    }
}
