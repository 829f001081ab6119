namespace Planner.Geo.Formats;

/// <summary>
/// Reads a wall-clock time without offset as Europe/Copenhagen local time (CET +01:00, CEST +02:00), deterministically
/// at the daylight-saving changes:
/// <list type="bullet">
/// <item>gap (spring, 02:00–02:59 on the last Sunday of March does not exist): the time is read with the offset before
/// the change, +01:00 (so 02:30 = 01:30 UTC, the instant a clock not yet set forward would show 02:30);</item>
/// <item>overlap (autumn, 02:00–02:59 on the last Sunday of October happens twice): the first occurrence, +02:00.</item>
/// </list>
/// The wall-clock time itself is kept (hour filters see 02:30). The IANA zone from the system's time-zone database is
/// used; without one (a bare container) the EU rule (last Sunday of March 01:00 UTC to last Sunday of October 01:00 UTC),
/// which Denmark has followed since 1996.
/// </summary>
public static class CopenhagenTime
{
    private static readonly Lazy<TimeZoneInfo> Zone = new(Find);

    /// <summary>The zone used (system Europe/Copenhagen, or the built-in EU rule).</summary>
    public static TimeZoneInfo TimeZone => Zone.Value;

    public static DateTimeOffset FromLocal(DateTime local) => FromLocal(local, Zone.Value, out _);

    /// <summary>The calendar date in Copenhagen at the instant <paramref name="now"/> (the one place "today" is decided).</summary>
    public static DateOnly DateOf(DateTimeOffset now) => DateOnly.FromDateTime(System.TimeZoneInfo.ConvertTime(now, Zone.Value).DateTime);

    /// <summary>Today in Copenhagen by the system clock.</summary>
    public static DateOnly Today() => DateOf(DateTimeOffset.UtcNow);

    /// <summary>As <see cref="FromLocal(DateTime)"/> in <paramref name="zone"/>; <paramref name="adjusted"/> says whether a gap or overlap rule applied.</summary>
    public static DateTimeOffset FromLocal(DateTime local, TimeZoneInfo zone, out bool adjusted)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        adjusted = false;
        if (zone.IsInvalidTime(wall))
        {
            adjusted = true;
            return new DateTimeOffset(wall, zone.GetUtcOffset(wall.AddHours(-2)));
        }

        if (zone.IsAmbiguousTime(wall))
        {
            adjusted = true;
            return new DateTimeOffset(wall, zone.GetAmbiguousTimeOffsets(wall).Max());
        }

        return new DateTimeOffset(wall, zone.GetUtcOffset(wall));
    }

    /// <summary>The EU summer-time rule for Copenhagen, independent of the system's time-zone database.</summary>
    public static TimeZoneInfo EuRule { get; } = TimeZoneInfo.CreateCustomTimeZone(
        "Europe/Copenhagen (EU rule)",
        TimeSpan.FromHours(1),
        "Europe/Copenhagen (EU rule)",
        "CET",
        "CEST",
        [
            TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                DateTime.MinValue.Date,
                DateTime.MaxValue.Date,
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday)),
        ]);

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return EuRule;
        }
    }
}
