using Planner.Geo.Model;
using Planner.Reports.Content;

namespace Planner.Tests.Reports;

public sealed class ContentTests
{
    [Fact]
    public void Count_IncidentsAtKnownTimes_MondayFirstWallClockHour()
    {
        var cph = TimeSpan.FromHours(1);
        Incident At(string id, DateTimeOffset t) => new(id, 0, 0, t, "vold");
        var counts = HourOfWeekChart.Count(
        [
            At("a", new DateTimeOffset(2026, 11, 23, 0, 30, 0, cph)), // Monday 00:30
            At("b", new DateTimeOffset(2026, 11, 29, 23, 59, 0, cph)), // Sunday 23:59
            At("c", new DateTimeOffset(2026, 11, 29, 23, 1, 0, cph)), // Sunday 23:01
            At("d", new DateTimeOffset(2026, 7, 3, 22, 15, 0, TimeSpan.FromHours(2))), // Friday 22:15 summer time, wall clock kept
        ]);
        Assert.Equal(1, counts[0, 0]);
        Assert.Equal(2, counts[6, 23]);
        Assert.Equal(1, counts[4, 22]);
        Assert.Equal(4, counts.Cast<int>().Sum());
    }

    [Fact]
    public void Hash_SamePlanTwice_SameHashes()
    {
        Assert.Equal(LayerHasher.Hash(ReportFixture.Plan()), LayerHasher.Hash(ReportFixture.Plan()));
    }

    [Fact]
    public void Hash_OneCameraMoved_OnlyCameraLayerHashChanges()
    {
        var plan = ReportFixture.Plan();
        var moved = plan with { Cameras = [plan.Cameras[0] with { X = plan.Cameras[0].X + 0.001 }, .. plan.Cameras.Skip(1)] };
        var a = LayerHasher.Hash(plan);
        var b = LayerHasher.Hash(moved);
        Assert.NotEqual(a[0].Sha256, b[0].Sha256);
        Assert.Equal(a.Skip(1), b.Skip(1));
        Assert.All(a, h => Assert.Matches("^[0-9a-f]{64}$", h.Sha256));
    }

    [Theory]
    [InlineData("danish thousands and decimals", ReportLanguage.Danish, 12345.678, 1, "12.345,7")]
    [InlineData("english thousands and decimals", ReportLanguage.English, 12345.678, 1, "12,345.7")]
    [InlineData("danish small", ReportLanguage.Danish, 0.5, 2, "0,50")]
    public void Num_Value_FormattedPerLanguage(string name, ReportLanguage lang, double value, int decimals, string expected)
    {
        _ = name;
        Assert.Equal(expected, new Fmt(lang).Num(value, decimals));
    }

    [Fact]
    public void Date_DanishAndEnglish_MonthNamesWrittenOut()
    {
        var d = new DateOnly(2026, 11, 25);
        Assert.Equal("25. november 2026", new Fmt(ReportLanguage.Danish).Date(d));
        Assert.Equal("25 November 2026", new Fmt(ReportLanguage.English).Date(d));
    }

    [Fact]
    public void ShareOf_SquareHalfCovered_OneHalf()
    {
        // A hand-made view covering the west half of a 100 × 100 m square, at every level.
        var half = ReportFixture.Rect(0, 0, 50, 100);
        var levels = Planner.Geo.Coverage.DoriLevels.All.ToDictionary(l => l, _ => (NetTopologySuite.Geometries.Geometry)half);
        var stats = CoverageStats.Of([new Planner.Geo.Coverage.CameraView("c", levels)]);
        Assert.Equal(0.5, stats.ShareOf(ReportFixture.Rect(0, 0, 100, 100), Planner.Geo.Coverage.DoriLevel.Identify), 9);
        var inside = new Incident("i1", 25, 50, DateTimeOffset.UnixEpoch, "x");
        var outside = new Incident("i2", 75, 50, DateTimeOffset.UnixEpoch, "x");
        var edge = new Incident("i3", 50, 50, DateTimeOffset.UnixEpoch, "x");
        Assert.Equal(2, stats.IncidentsIn([inside, outside, edge], Planner.Geo.Coverage.DoriLevel.Visible));
    }
}
