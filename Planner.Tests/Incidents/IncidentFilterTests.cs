using Planner.Geo;
using Planner.Geo.Incidents;
using Planner.Geo.Model;

namespace Planner.Tests.Incidents;

public sealed class IncidentFilterTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>A local Copenhagen wall-clock time as the CSV reader keeps it (with the offset in force then).</summary>
    private static DateTimeOffset Local(int y, int mo, int d, int h, int mi, bool? firstOfAmbiguous = null)
    {
        var wall = new DateTime(y, mo, d, h, mi, 0, DateTimeKind.Unspecified);
        var offset = Copenhagen.IsAmbiguousTime(wall)
            ? Copenhagen.GetAmbiguousTimeOffsets(wall).OrderByDescending(o => o).ElementAt(firstOfAmbiguous == false ? 1 : 0)
            : Copenhagen.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }

    private static Incident At(DateTimeOffset t, string offence = "theft") => new("i", 0, 0, t, offence);

    [Theory]
    [InlineData("20:00 is in", 20, 0, true)]
    [InlineData("23:59 is in", 23, 59, true)]
    [InlineData("00:00 is in", 0, 0, true)]
    [InlineData("03:59 is in", 3, 59, true)]
    [InlineData("04:00 is out (end exclusive)", 4, 0, false)]
    [InlineData("19:59 is out", 19, 59, false)]
    [InlineData("12:00 is out", 12, 0, false)]
    public void Matches_HoursAcrossMidnight_EndExclusive(string name, int hour, int minute, bool expected)
    {
        _ = name;
        var filter = IncidentFilter.Parse(null, null, null, "20-04", null);
        Assert.Equal(expected, filter.Matches(At(Local(2024, 6, 14, hour, minute))));
    }

    [Fact]
    public void HourWindow_Parse_ListsTheHours()
    {
        var w = HourWindow.Parse("20-04");
        Assert.Equal([20, 21, 22, 23, 0, 1, 2, 3], Enumerable.Range(0, 24).Where(w.Contains).OrderBy(h => (h + 4) % 24));
        Assert.Equal(24, Enumerable.Range(0, 24).Count(HourWindow.Parse("0-24").Contains));
        Assert.Equal([22], Enumerable.Range(0, 24).Where(HourWindow.Parse("22").Contains));
        Assert.Equal([8, 9, 10, 11], Enumerable.Range(0, 24).Where(HourWindow.Parse("08-12").Contains));
    }

    [Theory]
    [InlineData("same hours", "5-5")]
    [InlineData("hour 25", "20-25")]
    [InlineData("words", "night")]
    [InlineData("three parts", "1-2-3")]
    [InlineData("negative", "-3")]
    public void HourWindow_Parse_BadText_ThrowsNamingHours(string name, string text)
    {
        _ = name;
        var ex = Assert.Throws<DomainRuleException>(() => HourWindow.Parse(text));
        Assert.Equal("hours", ex.Field);
    }

    [Fact]
    public void Matches_SpringForwardDay_UsesLocalWallClock()
    {
        // 2024-03-31 Copenhagen: 02:00 CET jumps to 03:00 CEST. 01:30 is +01:00, 03:30 is +02:00 (only 1 h later in UTC).
        var filter = IncidentFilter.Parse("2024-03-31", "2024-03-31", null, "03-04", "sun");
        var before = Local(2024, 3, 31, 1, 30);
        var after = Local(2024, 3, 31, 3, 30);
        Assert.Equal(TimeSpan.FromHours(1), before.Offset);
        Assert.Equal(TimeSpan.FromHours(2), after.Offset);
        Assert.Equal(TimeSpan.FromHours(1), after - before);
        Assert.True(filter.Matches(At(after)));
        Assert.False(filter.Matches(At(before)));
        // In UTC 03:30 CEST is 01:30: a filter that used UTC hours would wrongly take it out.
        Assert.False(filter.Matches(At(after.ToUniversalTime())));
    }

    [Fact]
    public void Matches_FallBackDay_BothRepeatedHoursCount()
    {
        // 2024-10-27 Copenhagen: 02:00–03:00 happens twice (+02:00, then +01:00); both are hour 2 on a Sunday.
        var filter = IncidentFilter.Parse("2024-10-27", null, null, "02-03", "sun");
        var first = Local(2024, 10, 27, 2, 30, firstOfAmbiguous: true);
        var second = Local(2024, 10, 27, 2, 30, firstOfAmbiguous: false);
        Assert.Equal(TimeSpan.FromHours(2), first.Offset);
        Assert.Equal(TimeSpan.FromHours(1), second.Offset);
        Assert.True(filter.Matches(At(first)));
        Assert.True(filter.Matches(At(second)));
        Assert.False(filter.Matches(At(Local(2024, 10, 27, 3, 0))));
    }

    [Fact]
    public void Matches_WeekdayAcrossMidnight_UsesTheDayOfTheRecord()
    {
        // Friday night 23:30 and the early hours of Saturday: with weekdays=fri only the Friday record passes.
        var filter = IncidentFilter.Parse(null, null, null, "20-04", "fri");
        Assert.True(filter.Matches(At(Local(2024, 6, 14, 23, 30))));   // Friday
        Assert.False(filter.Matches(At(Local(2024, 6, 15, 1, 30))));   // Saturday
    }

    [Fact]
    public void Matches_DateRange_InclusiveWholeDays_AndOffenceSet()
    {
        var filter = IncidentFilter.Parse("2024-01-01", "2024-01-31", "Theft, robbery", null, null);
        Assert.True(filter.Matches(At(Local(2024, 1, 31, 23, 59), "THEFT")));
        Assert.True(filter.Matches(At(Local(2024, 1, 1, 0, 0), "robbery")));
        Assert.False(filter.Matches(At(Local(2024, 2, 1, 0, 0), "theft")));
        Assert.False(filter.Matches(At(Local(2023, 12, 31, 23, 59), "theft")));
        Assert.False(filter.Matches(At(Local(2024, 1, 15, 12, 0), "vandalism")));
        // A record carrying its own offset (UTC) keeps its own clock: 2024-01-31T23:30Z is Jan 31 by its clock.
        Assert.True(filter.Matches(At(new DateTimeOffset(2024, 1, 31, 23, 30, 0, TimeSpan.Zero))));
    }

    [Theory]
    [InlineData("bad date", "2024-13-01", null, null, null, "from")]
    [InlineData("from after to", "2024-02-01", "2024-01-01", null, null, "from")]
    [InlineData("bad weekday", null, null, null, "fry", "weekdays")]
    [InlineData("empty offences", null, null, " , ", null, "offence")]
    public void Parse_BadText_ThrowsNamingTheField(string name, string? from, string? to, string? offence, string? weekdays, string field)
    {
        _ = name;
        var ex = Assert.Throws<DomainRuleException>(() => IncidentFilter.Parse(from, to, offence, null, weekdays));
        Assert.Equal(field, ex.Field);
    }
}
