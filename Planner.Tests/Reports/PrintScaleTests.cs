using NetTopologySuite.Geometries;
using Planner.Reports.Maps;
using SkiaSharp;

namespace Planner.Tests.Reports;

public sealed class PrintScaleTests
{
    [Theory]
    [InlineData("exactly 1:2000 wide", 482 * 2000 * 0.0254 / 72, 10, 482, 400, 2000)]
    [InlineData("a hair over 1:2000", (482 * 2000 * 0.0254 / 72) + 0.01, 10, 482, 400, 2500)]
    [InlineData("height decides", 10, 400 * 5000 * 0.0254 / 72, 482, 400, 5000)]
    [InlineData("tiny extent", 1, 1, 482, 400, 250)]
    // 1 000 km across 100 pt (35.3 mm) needs 1:28 346 457, rounded up to a whole thousand.
    [InlineData("beyond the table", 1_000_000, 10, 100, 100, 28_347_000)]
    public void Fit_Extent_SmallestStandardDenominatorThatFits(string name, double widthM, double heightM, double frameW, double frameH, double expected)
    {
        _ = name;
        Assert.Equal(expected, PrintScale.Fit(new Envelope(0, widthM, 0, heightM), frameW, frameH));
    }

    [Fact]
    public void ToPage_ExtentCorners_MapToFrameAtScale()
    {
        // 1:1 000 → 1 pt = 0.3527… m; a frame of 72 × 72 pt (1 inch) shows 25.4 m.
        var frame = SKRect.Create(100, 200, 72, 72);
        var t = new MapTransform(frame, 1000, 5000, 1000);
        var nw = t.ToPage(1000 - 12.7, 5000 + 12.7);
        var se = t.ToPage(1000 + 12.7, 5000 - 12.7);
        Assert.Equal(100, nw.X, 3);
        Assert.Equal(200, nw.Y, 3);
        Assert.Equal(172, se.X, 3);
        Assert.Equal(272, se.Y, 3);
        Assert.Equal(25.4, t.Ground.Width, 6);
    }

    [Fact]
    public void Label_Denominator_ThinSpaceThousands()
    {
        Assert.Equal("1:2\u2009000", PrintScale.Label(2000));
    }
}
