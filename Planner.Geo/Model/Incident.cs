namespace Planner.Geo.Model;

/// <summary>
/// A recorded incident at (<see cref="X"/>, <see cref="Y"/>) in the working CRS (metres).
/// <see cref="OccurredAt"/> keeps the wall-clock time and offset of the record: a time without an offset
/// in the source was read as Europe/Copenhagen local time. Hour and weekday filters use that wall clock.
/// </summary>
public sealed record Incident
{
    public Incident(string id, double x, double y, DateTimeOffset occurredAt, string offence)
    {
        Id = Guard.NotBlank(id, "id");
        X = PlausibleRanges.Coordinate(x, "x");
        Y = PlausibleRanges.Coordinate(y, "y");
        OccurredAt = PlausibleRanges.Time(occurredAt, "occurred_at");
        Offence = Guard.NotBlank(offence, "offence");
    }

    public string Id { get; }

    public double X { get; }

    public double Y { get; }

    public DateTimeOffset OccurredAt { get; }

    public string Offence { get; }

    public decimal? AmountDkk { get; init; }

    public bool? Reported { get; init; }
}
