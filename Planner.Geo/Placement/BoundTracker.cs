namespace Planner.Geo.Placement;

/// <summary>
/// Keeps the smallest online upper bound on the optimal added coverage: for a set S with value v and marginal gains
/// (or over-estimates of them) δ, OPT ≤ v + knapsack(δ, costs, budget) — by submodularity the optimum's value is at
/// most v plus the sum of its members' marginal gains, and its members fit the budget. With unit costs the knapsack is
/// the sum of the ⌊budget⌋ largest gains; otherwise the fractional knapsack (by gain per cost) bounds the 0/1 one.
/// </summary>
internal sealed class BoundTracker(double[] costs, double budget, bool byCost)
{
    public double Best { get; private set; } = double.PositiveInfinity;

    /// <summary>Offers the bound of a state: value <paramref name="value"/>, gains <paramref name="gains"/> (0 or ignored where taken).</summary>
    public void Offer(double value, double[] gains, bool[] taken)
    {
        var bound = value + (byCost ? Fractional(gains, taken) : TopK(gains, taken, (int)Math.Floor(budget + 1e-9)));
        Best = Math.Min(Best, bound);
    }

    /// <summary>With unit costs: OPT ≤ value + ⌊budget⌋ · (largest marginal gain). Ignored under a cost budget.</summary>
    public void OfferUnitStep(double value, double largestGain)
    {
        if (!byCost)
        {
            Best = Math.Min(Best, value + (Math.Floor(budget + 1e-9) * largestGain));
        }
    }

    private static double TopK(double[] gains, bool[] taken, int k)
    {
        if (k <= 0)
        {
            return 0;
        }

        // A min-heap of the k largest gains: O(n log k).
        var heap = new PriorityQueue<double, double>(k + 1);
        for (var c = 0; c < gains.Length; c++)
        {
            var g = taken[c] ? 0 : gains[c];
            if (g <= 0)
            {
                continue;
            }

            if (heap.Count < k)
            {
                heap.Enqueue(g, g);
            }
            else if (g > heap.Peek())
            {
                heap.EnqueueDequeue(g, g);
            }
        }

        var sum = 0.0;
        while (heap.TryDequeue(out var g, out _))
        {
            sum += g;
        }

        return sum;
    }

    private double Fractional(double[] gains, bool[] taken)
    {
        var items = Enumerable.Range(0, gains.Length).Where(c => !taken[c] && gains[c] > 0)
            .OrderByDescending(c => gains[c] / costs[c]).ToArray();
        var room = budget;
        var sum = 0.0;
        foreach (var c in items)
        {
            if (costs[c] <= room)
            {
                sum += gains[c];
                room -= costs[c];
            }
            else
            {
                sum += gains[c] * room / costs[c];
                break;
            }
        }

        return sum;
    }
}
