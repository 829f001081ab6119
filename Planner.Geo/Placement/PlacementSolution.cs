namespace Planner.Geo.Placement;

/// <summary>One chosen candidate: its index, its rank (1 = chosen first), its marginal gain over the fixed cameras and
/// the candidates ranked before it, and the cumulative gain so far (demand weight).</summary>
public readonly record struct PlacementStep(int Candidate, int Rank, double Gain, double Cumulative);

/// <summary>
/// The result of <see cref="MaxCoverage.Solve"/>. Weights are demand weights (incidents, or severity-weighted).
/// <see cref="Value"/> is the weight newly covered by the chosen candidates (beyond <see cref="FixedWeight"/>, what the
/// existing cameras already see). <see cref="UpperBound"/> is a proven upper bound on the best possible
/// <see cref="Value"/> under the same budget (the smallest online bound met), so <see cref="Certificate"/> =
/// Value / UpperBound is a guaranteed lower bound on Value / optimum.
/// </summary>
public sealed record PlacementSolution(
    IReadOnlyList<PlacementStep> Steps,
    double TotalWeight,
    double FixedWeight,
    double UpperBound,
    double GreedyValue,
    int Evaluations,
    int Swaps)
{
    public double Value => Steps.Count == 0 ? 0 : Steps[^1].Cumulative;

    /// <summary>In [0, 1]: the layout achieves at least this share of the optimal added coverage (1 when nothing can be added).</summary>
    public double Certificate => UpperBound <= 0 ? 1 : Math.Min(1, Value / UpperBound);

    public IReadOnlyList<int> Chosen => [.. Steps.Select(s => s.Candidate)];
}
