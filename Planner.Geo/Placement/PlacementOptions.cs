namespace Planner.Geo.Placement;

/// <summary>
/// The budget and fixed state of a maximal-covering placement. Exactly one budget: <see cref="K"/> cameras, or
/// <see cref="Budget"/> in the unit of <see cref="Costs"/> (e.g. DKK, one cost per candidate, each &gt; 0).
/// <see cref="Covered"/>: demand already seen by the existing (fixed) cameras, by demand index; it counts for nobody's gain.
/// </summary>
public sealed record PlacementOptions
{
    public int? K { get; init; }

    public double? Budget { get; init; }

    public IReadOnlyList<double>? Costs { get; init; }

    public IReadOnlyList<bool>? Covered { get; init; }

    /// <summary>Demand seen by two or more of the existing cameras, by demand index (only read with <see cref="Backup"/> &gt; 0).</summary>
    public IReadOnlyList<bool>? CoveredTwice { get; init; }

    /// <summary>
    /// Weight W in [0, 1] of backup coverage (demand seen by ≥ 2 cameras) in the objective
    /// Σ w·((1 − W)·min(c, 1) + W·min(c, 2)); 0 (default) = plain maximal covering.
    /// </summary>
    public double Backup { get; init; }

    /// <summary>Run the swap pass after the greedy (exchange a chosen camera for another while the value grows).</summary>
    public bool Swap { get; init; } = true;

    /// <summary>At most this many improving swaps (each is one full pass over the coverage sets plus a pruned search).</summary>
    public int MaxSwapRounds { get; init; } = 200;

    /// <summary>Validates the options against <paramref name="sets"/>; throws <see cref="DomainRuleException"/>.</summary>
    internal (double[] Costs, double Budget, bool ByCost) Resolve(CoverageSets sets)
    {
        Guard.That(K is null != Budget is null, "k", "give exactly one budget: k (cameras) or budget (cost)");
        Guard.That(Covered is null || Covered.Count == sets.DemandCount, "covered", $"covered must have one flag per demand point ({sets.DemandCount})");
        Guard.NonNegative(MaxSwapRounds, "max_swap_rounds");
        Guard.InClosed(Backup, 0, 1, "backup");
        Guard.That(CoveredTwice is null || CoveredTwice.Count == sets.DemandCount, "covered_twice", $"covered_twice must have one flag per demand point ({sets.DemandCount})");
        if (K is { } k)
        {
            Guard.Positive(k, "k");
            Guard.That(Costs is null, "costs", "costs go with a cost budget, not with k");
            return (Enumerable.Repeat(1.0, sets.CandidateCount).ToArray(), k, false);
        }

        Guard.Positive(Budget!.Value, "budget");
        Guard.That(Costs is not null && Costs.Count == sets.CandidateCount, "costs", $"a cost budget needs one cost per candidate ({sets.CandidateCount})");
        var costs = new double[sets.CandidateCount];
        for (var c = 0; c < costs.Length; c++)
        {
            costs[c] = Guard.Positive(Costs![c], "cost");
        }

        return (costs, Budget.Value, true);
    }
}
