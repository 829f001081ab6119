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
}
