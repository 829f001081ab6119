namespace Planner.Geo.Sample;

/// <summary>
/// Europe/Copenhagen wall clock to offset (CET +01:00, CEST +02:00 from the last Sunday of March 02:00 to the last
/// Sunday of October 03:00, the EU rule since 1996). Computed here rather than from the OS time-zone database so the
/// sample does not depend on tzdata being installed.
/// </summary>
internal static class CopenhagenTime
{
    /// <summary>
    /// The instant of a local wall-clock time. A time in the spring gap (02:00–03:00 on the changeover Sunday) does
    /// not exist and is moved one hour on; a time in the autumn overlap is read as the first (summer-time) one.
    /// </summary>
    public static DateTimeOffset At(DateTime local)
    {
        var start = LastSunday(local.Year, 3).AddHours(2);
        var end = LastSunday(local.Year, 10).AddHours(3);
        if (local >= start && local < start.AddHours(1))
        {
            local = local.AddHours(1);
        }

        var summer = local >= start && local < end;
        return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeSpan.FromHours(summer ? 2 : 1));
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Unspecified);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
