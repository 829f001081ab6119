namespace Planner.Desktop.App.Files;

/// <summary>
/// When autosave writes: <see cref="Quiet"/> after the last edit (a burst of edits is written once), but never later
/// than <see cref="MaxDelay"/> after the first edit not yet written, so continuous editing is still saved at least that
/// often.
/// </summary>
internal readonly record struct AutosaveSchedule
{
    public AutosaveSchedule(TimeSpan quiet, TimeSpan maxDelay)
    {
        Planner.Geo.Guard.That(quiet > TimeSpan.Zero, "quiet", "the quiet time after an edit must be positive");
        Planner.Geo.Guard.That(maxDelay >= quiet, "max_delay", "the longest delay must be at least the quiet time");
        Quiet = quiet;
        MaxDelay = maxDelay;
    }

    /// <summary>2 s after the last edit, at most 30 s after the first unsaved one.</summary>
    public static AutosaveSchedule Default { get; } = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));

    public TimeSpan Quiet { get; }

    public TimeSpan MaxDelay { get; }

    /// <summary>When to write edits made from <paramref name="firstPending"/> to <paramref name="lastEdit"/> (UTC).</summary>
    public DateTime Due(DateTime firstPending, DateTime lastEdit)
    {
        var quiet = lastEdit + Quiet;
        var latest = firstPending + MaxDelay;
        return quiet < latest ? quiet : latest;
    }
}
