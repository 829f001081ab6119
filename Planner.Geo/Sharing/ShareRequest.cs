namespace Planner.Geo.Sharing;

/// <summary>
/// A business's request to share images of a suspect with other businesses (tv-overvågningsloven § 4 c stk. 2–3).
/// Times keep their offset; a time without an offset was read as Europe/Copenhagen local time.
/// </summary>
public sealed record ShareRequest
{
    /// <summary>What the suspect is believed to have done, e.g. "theft", "card fraud", "robbery".</summary>
    public required string Offence { get; init; }

    /// <summary>Whether the offence is a property crime (formueforbrydelse).</summary>
    public required bool PropertyCrime { get; init; }

    /// <summary>Value involved, Danish kroner; null when not stated.</summary>
    public decimal? AmountDkk { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>When the offence was reported to the police; null = not reported.</summary>
    public DateTimeOffset? ReportedAt { get; init; }

    public required bool RepeatOffendingExpected { get; init; }

    /// <summary>The concrete reasons to expect repeat offending against the circle of businesses.</summary>
    public string? RepeatReasons { get; init; }

    /// <summary>Whether sharing runs in a closed system with limited access.</summary>
    public required bool ClosedSystem { get; init; }

    /// <summary>Whether Datatilsynet has given permission.</summary>
    public required bool DatatilsynetPermission { get; init; }

    /// <summary>Datatilsynet's case reference, where given.</summary>
    public string? PermissionReference { get; init; }
}
