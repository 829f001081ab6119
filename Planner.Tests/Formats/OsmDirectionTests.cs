using CsCheck;
using Planner.Geo.Formats;

namespace Planner.Tests.Formats;

public sealed class OsmDirectionTests
{
    [Theory]
    [InlineData("330", OsmDirectionForm.Degrees, 330)]
    [InlineData("360 is north", OsmDirectionForm.Degrees, 0)]
    [InlineData("-27", OsmDirectionForm.Degrees, 333)]
    [InlineData("-140", OsmDirectionForm.Degrees, 220)]
    [InlineData("15°", OsmDirectionForm.Degrees, 15)]
    [InlineData("22.5", OsmDirectionForm.Degrees, 22.5)]
    [InlineData("N", OsmDirectionForm.Compass, 0)]
    [InlineData("NNE", OsmDirectionForm.Compass, 22.5)]
    [InlineData("ne", OsmDirectionForm.Compass, 45)]
    [InlineData("WSW", OsmDirectionForm.Compass, 247.5)]
    [InlineData("NW", OsmDirectionForm.Compass, 315)]
    [InlineData("south", OsmDirectionForm.Compass, 180)]
    [InlineData("North", OsmDirectionForm.Compass, 0)]
    [InlineData("north-east", OsmDirectionForm.Compass, 45)]
    [InlineData("northwest", OsmDirectionForm.Compass, 315)]
    [InlineData("north-northwest", OsmDirectionForm.Compass, 337.5)]
    public void TryParse_SingleDirection_GivesHeading(string text, OsmDirectionForm form, double heading)
    {
        var value = text == "360 is north" ? "360" : text;
        Assert.True(OsmDirection.TryParse(value, out var f, out var sectors));
        Assert.Equal(form, f);
        var s = Assert.Single(sectors);
        Assert.Equal(heading, s.HeadingDeg, 1e-12);
        Assert.Null(s.WidthDeg);
    }

    [Theory]
    [InlineData("190-240", 215, 50)]
    [InlineData("190-100 wraps through north", 325, 270)]
    [InlineData("350-10", 0, 20)]
    [InlineData("0-90", 45, 90)]
    [InlineData("N-E", 45, 90)]
    [InlineData("W-N", 315, 90)]
    public void TryParse_Range_GivesMiddleOfClockwiseArcAndItsWidth(string text, double heading, double width)
    {
        Assert.True(OsmDirection.TryParse(text.Split(' ')[0], out var form, out var sectors));
        Assert.Equal(OsmDirectionForm.Range, form);
        var s = Assert.Single(sectors);
        Assert.Equal(heading, s.HeadingDeg, 1e-12);
        Assert.Equal(width, s.WidthDeg!.Value, 1e-12);
    }

    [Theory]
    [InlineData("90;160;270", new[] { 90.0, 160, 270 })]
    [InlineData("180, 270", new[] { 180.0, 270 })]
    [InlineData("N;190-240", new[] { 0.0, 215 })]
    public void TryParse_List_GivesOneSectorPerDirection(string text, double[] headings)
    {
        Assert.True(OsmDirection.TryParse(text, out var form, out var sectors));
        Assert.Equal(OsmDirectionForm.List, form);
        Assert.Equal(headings, sectors.Select(s => s.HeadingDeg));
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("a word that is no direction", "forward")]
    [InlineData("zero-width range", "90-90")]
    [InlineData("a list with junk", "90;up")]
    [InlineData("NaN", "NaN")]
    public void TryParse_Unreadable_IsFalse(string name, string text) =>
        Assert.False(OsmDirection.TryParse(text, out _, out _), name);
}

public sealed class OsmDirectionPropertyTests
{
    [Fact]
    public void TryParse_AnyRange_SectorStartsAtFromAndEndsAtTo()
    {
        Gen.Select(Gen.Int[0, 359], Gen.Int[0, 359]).Where((a, b) => a != b).Sample((a, b) =>
        {
            Assert.True(OsmDirection.TryParse($"{a}-{b}", out _, out var sectors));
            var s = Assert.Single(sectors);
            Assert.Equal(a, OsmDirection.Normalize(s.HeadingDeg - (s.WidthDeg!.Value / 2)), 1e-9);
            Assert.Equal(b, OsmDirection.Normalize(s.HeadingDeg + (s.WidthDeg.Value / 2)) is var end && end > 359.999999 ? 0 : end, 1e-9);
            Assert.InRange(s.WidthDeg.Value, 1, 359);
        });
    }
}
