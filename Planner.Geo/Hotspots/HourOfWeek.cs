using Planner.Geo.Model;

namespace Planner.Geo.Hotspots;

/// <summary>
/// Incident counts by weekday × hour of the recorded wall clock (<see cref="Incident.OccurredAt"/>, Copenhagen local
/// time unless the record carried its own offset): 7 rows Monday … Sunday, 24 columns hour 0 … 23.
/// </summary>
public static class HourOfWeek
{
    public static IReadOnlyList<string> DayNames { get; } = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>Row index of a weekday: Monday 0 … Sunday 6.</summary>
    public static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    public static int[,] Matrix(IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var m = new int[7, 24];
        foreach (var i in incidents)
        {
            var wall = i.OccurredAt.DateTime;
            m[DayIndex(wall.DayOfWeek), wall.Hour]++;
        }

        return m;
    }
}
