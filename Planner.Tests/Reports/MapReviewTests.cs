using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Sample;
using Planner.Reports.Content;
using Planner.Reports.Layout;
using Planner.Reports.Maps;
using SkiaSharp;

namespace Planner.Tests.Reports;

/// <summary>
/// Issue 13's cartography on the sample town: the plan-wide maps keep all data inside the frame (raster check on an
/// unclipped drawing), camera labels never overlap each other or another camera's symbol, hotspot colours stay
/// apart from the DORI identify red.
/// </summary>
public sealed class MapReviewTests
{
    private static readonly Lazy<FontSet> Fonts = new(FontSet.LoadBundled);

    private static readonly Lazy<ReportContext> Ctx = new(() =>
        new ReportContext(ReportAssembler.Assemble(SampleMunicipality.Build(), ReportLanguage.Danish, ReportCases.Clock), Fonts.Value));

    [Fact]
    public void Issue13_OverviewOfSample_NoDataOutsideTheFrame()
    {
        var ctx = Ctx.Value;
        var (outside, inside) = InkAroundFrame(ctx, ctx.OverviewExtent());
        Assert.True(inside > 1000, "the map drew (almost) nothing");
        Assert.Equal(0, outside);
    }

    [Fact]
    public void Issue13_OverviewWithTooSmallExtent_RasterCheckSeesDataOutside()
    {
        // The check above can fail: with the extent cut to its western half, buildings land outside the frame.
        var ctx = Ctx.Value;
        var e = ctx.OverviewExtent();
        var (outside, _) = InkAroundFrame(ctx, new Envelope(e.MinX, e.Centre.X, e.MinY, e.MaxY));
        Assert.True(outside > 1000, $"only {outside} pixels outside the frame");
    }

    [Fact]
    public void Issue13_OverviewOfSample_EveryCameraLabelledWithoutCollision()
    {
        var ctx = Ctx.Value;
        var scene = MapSections.OverviewScene(ctx);
        var (frame, t) = OverviewFrame(ctx, scene);
        var labels = LabelPlacer.Place(t, ctx.Plan.Cameras, Fonts.Value, MapRenderer.CameraLabelStyle, frame);
        Assert.Equal(ctx.Plan.Cameras.Select(c => c.Id).Order(), labels.Select(l => l.CameraId).Order());
        for (var i = 0; i < labels.Count; i++)
        {
            Assert.True(frame.Contains(labels[i].Box), $"label {labels[i].CameraId} leaves the frame");
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Box.IntersectsWith(labels[j].Box), $"labels {labels[i].CameraId} and {labels[j].CameraId} overlap");
            }

            foreach (var cam in ctx.Plan.Cameras)
            {
                var p = t.ToPage(cam.X, cam.Y);
                var symbol = SKRect.Create(p.X - 2.4f, p.Y - 2.4f, 4.8f, 4.8f);
                Assert.False(labels[i].Box.IntersectsWith(symbol), $"label {labels[i].CameraId} covers camera {cam.Id}");
            }
        }
    }

    [Theory]
    [InlineData("hot99")]
    [InlineData("hot95")]
    [InlineData("hot90")]
    [InlineData("cold90")]
    [InlineData("cold95")]
    [InlineData("cold99")]
    public void Issue13_HotspotClassColour_FarFromIdentifyRedInHue(string giClass)
    {
        var identify = MapStyle.Level(DoriLevel.Identify);
        var c = MapStyle.Hotspot(giClass);
        identify.ToHsv(out var h1, out _, out _);
        c.ToHsv(out var h2, out _, out _);
        var d = Math.Abs(h1 - h2);
        d = Math.Min(d, 360 - d);
        Assert.True(d >= 35, $"{giClass} hue {h2:0}° is {d:0}° from identify red ({h1:0}°)");
    }

    [Fact]
    public void Issue13_HotspotLegend_OneEntryPerClassInWordsAndADensityRamp()
    {
        var ctx = Ctx.Value;
        var scene = MapSections.HotspotScene(ctx, ctx.Input.Hotspots!);
        var texts = MapLegend.Entries(scene).Select(e => e.Text).ToList();
        foreach (var cls in new[] { "hot99", "hot95", "hot90", "cold90", "cold95", "cold99" })
        {
            Assert.Contains(MapLabels.Danish.GiClass(cls), texts);
        }

        Assert.Contains(texts, t => t.StartsWith("Tæthed, hændelser pr. km²", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("hot99", StringComparison.Ordinal));
        Assert.DoesNotContain(MapLabels.Danish.Level(DoriLevel.Identify), texts);
    }

    /// <summary>The overview map's frame (the figure less its legend band) and transform, as the report draws it.</summary>
    private static (SKRect Frame, MapTransform T) OverviewFrame(ReportContext ctx, MapScene scene)
    {
        var width = PageSetup.A4.ContentWidth;
        var height = MapSections.FittedHeight(ctx, scene, MapSections.OverviewHeight);
        var band = MapLegend.BandHeight(MapLegend.Entries(scene), ctx.Fonts, width);
        var frame = SKRect.Create(0, 0, width, height - band - 4);
        var extent = ctx.OverviewExtent();
        return (frame, MapTransform.Fit(frame, extent, PrintScale.FitTight(extent, frame.Width, frame.Height)));
    }

    /// <summary>
    /// Draws the overview's data (buildings, cameras, incidents; no labels or decorations) unclipped into the
    /// overview's frame placed inside a larger white surface; counts non-white pixels outside and inside the frame.
    /// </summary>
    private static (int Outside, int Inside) InkAroundFrame(ReportContext ctx, Envelope extent)
    {
        var overview = MapSections.OverviewScene(ctx);
        var (frame, _) = OverviewFrame(ctx, overview);
        var scene = new MapScene { Buildings = ctx.Plan.Buildings, Cameras = ctx.Plan.Cameras, Incidents = overview.Incidents, LabelCameras = false, TightScale = true };
        const int pad = 150;
        using var surface = SKSurface.Create(new SKImageInfo((int)frame.Width + (2 * pad), (int)frame.Height + (2 * pad)));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var placed = SKRect.Create(pad, pad, frame.Width, frame.Height);
        // No legend band: the frame is exactly the placed rectangle (legend box, scale bar and arrow lie inside it).
        MapRenderer.Draw(canvas, placed, scene, extent, Fonts.Value, null, clip: false);
        using var image = surface.Snapshot();
        using var bmp = SKBitmap.FromImage(image);
        var inner = SKRect.Inflate(placed, 1, 1);
        int outside = 0, inside = 0;
        for (var y = 0; y < bmp.Height; y++)
        {
            for (var x = 0; x < bmp.Width; x++)
            {
                var p = bmp.GetPixel(x, y);
                var white = p.Red > 245 && p.Green > 245 && p.Blue > 245;
                if (white)
                {
                    continue;
                }

                if (inner.Contains(x + 0.5f, y + 0.5f))
                {
                    inside++;
                }
                else
                {
                    outside++;
                }
            }
        }

        return (outside, inside);
    }
}
