using Planner.Geo.Coverage;

namespace Planner.Geo.Placement;

/// <summary>
/// What <see cref="PlacementPlanner"/> optimises: the DORI level a demand point must be seen at (default recognise),
/// the budget (<see cref="K"/> cameras, or <see cref="Budget"/> against <see cref="Costs"/> by candidate id, e.g. DKK),
/// and the extra cost of a candidate that needs a privacy mask (added to its cost under a cost budget; reported
/// either way).
/// </summary>
public sealed record PlacementRequest
{
    public DoriLevel Level { get; init; } = DoriLevel.Recognise;

    public int? K { get; init; }

    public double? Budget { get; init; }

    /// <summary>Cost per candidate id (required for a cost budget; every kept candidate must have one).</summary>
    public IReadOnlyDictionary<string, double>? Costs { get; init; }

    public double MaskCost { get; init; }

    public bool Swap { get; init; } = true;

    /// <summary>Weight W in [0, 1] of backup coverage (demand seen by ≥ 2 cameras) in the objective; 0 = plain covering (see <see cref="MaxCoverage"/>).</summary>
    public double Backup { get; init; }
}
