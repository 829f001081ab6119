using Planner.Desktop.App.Analysis;
using Planner.Geo.Hotspots;
using SkiaSharp;

namespace Planner.Tests.App;

/// <summary>The KDE raster: one pixel per contract cell, north up, ramp from the lowest to the largest density, 0 transparent.</summary>
public sealed class KdeRasterTests
{
    [Fact]
    public void Png_ThreeIncidents_OnePixelPerCellNorthUpZeroTransparentMaxDarkest()
    {
        // Two incidents next to the south-west cell's centre (12.5, 12.5), one next to the north-east one (62.5, 37.5):
        // a 10 m bandwidth on 25 m cells reaches no other centre, so exactly two cells have density > 0, the
        // south-west one twice as much.
        double[] xs = [12, 13, 62];
        double[] ys = [12, 13, 37];
        var result = HotspotAnalysis.Run(xs, ys, new HotspotOptions(25, 10));

        using var bitmap = SKBitmap.Decode(KdeRaster.Png(result));

        Assert.Equal((3, 2), (bitmap.Width, bitmap.Height));
        Assert.Equal(new[] { 0.0, 0.0, 75.0, 50.0 }, KdeRaster.Extent(result.Grid));
        var darkest = SKColor.Parse(KdeRaster.Ramp[^1]);
        var southWest = bitmap.GetPixel(0, 1);
        Assert.Equal((darkest.Red, darkest.Green, darkest.Blue), (southWest.Red, southWest.Green, southWest.Blue));
        Assert.NotEqual(0, bitmap.GetPixel(2, 0).Alpha);
        Assert.Equal(0, bitmap.GetPixel(1, 0).Alpha);
        Assert.Equal(0, bitmap.GetPixel(0, 0).Alpha);
        Assert.Equal(result.Density.Max(), KdeRaster.Max(result));
    }
}
