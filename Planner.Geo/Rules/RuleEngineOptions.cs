namespace Planner.Geo.Rules;

/// <summary>
/// Options of a rule evaluation. <see cref="Today"/> is injected (permits and footage are judged against it);
/// <see cref="Language"/> is one of the pack's languages; <see cref="MinAreaM2"/> is the sliver tolerance: overlaps
/// of at most this many m² are treated as none (floating-point noise along shared edges).
/// </summary>
public sealed record RuleEngineOptions
{
    public required DateOnly Today { get; init; }

    public string Language { get; init; } = "en";

    public double MinAreaM2 { get; init; } = 0.1;

    /// <summary>
    /// The plan's buildings (working CRS, metres): the rules look at dwelling facades at window heights (DK-18) and at
    /// the building a camera hangs on. Null = not given; those assessments then say "not assessed".
    /// </summary>
    public IReadOnlyList<Model.Building>? Buildings { get; init; }
}
