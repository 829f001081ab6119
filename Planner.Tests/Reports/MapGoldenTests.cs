using Planner.Reports.Content;
using Planner.Reports.Layout;
using Planner.Reports.Maps;
using Planner.Tests.Support;
using SkiaSharp;

namespace Planner.Tests.Reports;

/// <summary>
/// The overview map of the fixture plan against a committed golden PNG. Rendering is deterministic (bundled font,
/// fixed data); the tolerance absorbs anti-aliasing differences between Skia builds: a pixel differs when any channel
/// is off by more than 40, and at most 0.5 % of pixels may differ. Set PLANNER_UPDATE_GOLDEN=1 to rewrite the golden.
/// </summary>
public sealed class MapGoldenTests
{
    private const string GoldenPath = "Planner.Tests/Reports/golden/overview-map.png";

    [Fact]
    public void RenderPng_OverviewOfFixture_MatchesGolden()
    {
        var actual = RenderOverview();
        var golden = TestPaths.RepoFile(GoldenPath);
        if (Environment.GetEnvironmentVariable("PLANNER_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllBytes(golden, actual);
        }

        Assert.True(File.Exists(golden), $"golden {GoldenPath} is missing (run once with PLANNER_UPDATE_GOLDEN=1)");
        using var a = SKBitmap.Decode(actual);
        using var g = SKBitmap.Decode(golden);
        Assert.Equal(g.Width, a.Width);
        Assert.Equal(g.Height, a.Height);
        var differing = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = g.GetPixel(x, y);
                if (Math.Abs(p.Red - q.Red) > 40 || Math.Abs(p.Green - q.Green) > 40 || Math.Abs(p.Blue - q.Blue) > 40)
                {
                    differing++;
                }
            }
        }

        var share = (double)differing / (a.Width * a.Height);
        if (share > 0.005)
        {
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "overview-map.actual.png"), actual);
        }

        Assert.True(share <= 0.005, $"{differing} pixels ({share:P2}) differ from the golden; actual written to the temp folder");
    }

    [Fact]
    public void RenderPng_SameSceneTwice_IdenticalBytes()
    {
        Assert.Equal(RenderOverview(), RenderOverview());
    }

    [Fact]
    public void RenderPng_OverviewOfFixture_DrawsBuildingsWhereThePlanHasThem()
    {
        // Independent check of the transform: the pixel at a building's centre has the building colour, the
        // pixel at the square's centre (no building) does not.
        var plan = ReportFixture.Plan();
        using var fonts = FontSet.LoadBundled();
        var scene = new MapScene { Buildings = plan.Buildings, Labels = MapLabels.English };
        var extent = new NetTopologySuite.Geometries.Envelope(ReportFixture.X0, ReportFixture.X0 + 240, ReportFixture.Y0, ReportFixture.Y0 + 180);
        var png = MapRenderer.RenderPng(scene, extent, fonts, 482, 400, 72);
        using var bmp = SKBitmap.Decode(png);
        var t = MapTransform.Fit(SKRect.Create(0, 0, 482, 400), extent);
        Assert.Equal(2000, t.ScaleDenominator); // 240 m across 482 pt (170 mm) needs 1:1 412 → the next standard scale is 1:2 000
        var building = t.ToPage(ReportFixture.X0 + 30, ReportFixture.Y0 + 30);
        var square = t.ToPage(ReportFixture.X0 + 90, ReportFixture.Y0 + 90);
        Assert.Equal(MapStyle.BuildingFill, bmp.GetPixel((int)building.X, (int)building.Y));
        Assert.NotEqual(MapStyle.BuildingFill, bmp.GetPixel((int)square.X, (int)square.Y));
    }

    private static byte[] RenderOverview()
    {
        var plan = ReportFixture.Plan();
        using var fonts = FontSet.LoadBundled();
        var ctx = new ReportContext(ReportAssembler.Assemble(plan, ReportLanguage.English, ReportCases.Clock), fonts);
        var scene = MapSections.OverviewScene(ctx);
        return MapRenderer.RenderPng(scene, ctx.OverviewExtent(), fonts, 482, MapSections.FittedHeight(ctx, scene, MapSections.OverviewHeight), 72);
    }
}
