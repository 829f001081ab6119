using Planner.Geo.Placement;

namespace Planner.Tests.Placement;

/// <summary>Independent references for the placement tests: plain greedy (re-evaluate every candidate each round) and
/// brute force over all subsets within the budget.</summary>
internal static class PlacementReference
{
    /// <summary>Value (weight newly covered beyond <paramref name="covered"/>) of a set of candidates.</summary>
    public static double Value(int[][] sets, double[] weights, bool[] covered, IEnumerable<int> chosen)
    {
        var seen = new HashSet<int>();
        foreach (var c in chosen)
        {
            seen.UnionWith(sets[c].Where(d => !covered[d]));
        }

        return seen.Sum(d => weights[d]);
    }

    /// <summary>Plain greedy with unit costs: each round, the largest marginal gain (lowest index on ties); stops at k or gain 0.</summary>
    public static List<int> PlainGreedy(int[][] sets, double[] weights, bool[] covered, int k)
    {
        var state = (bool[])covered.Clone();
        var chosen = new List<int>();
        while (chosen.Count < k)
        {
            var (best, bestGain) = (-1, 0.0);
            for (var c = 0; c < sets.Length; c++)
            {
                // Same summation order as the engine (ascending demand index), so equal gains are bitwise equal.
                var g = 0.0;
                foreach (var d in sets[c].Distinct().Order())
                {
                    if (!state[d])
                    {
                        g += weights[d];
                    }
                }

                if (g > bestGain)
                {
                    (best, bestGain) = (c, g);
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
            foreach (var d in sets[best])
            {
                state[d] = true;
            }
        }

        return chosen;
    }

    /// <summary>The optimum by enumerating every subset whose cost is within the budget (unit costs: at most k members).</summary>
    public static double BruteForce(int[][] sets, double[] weights, bool[] covered, double budget, double[]? costs = null)
    {
        var n = sets.Length;
        var best = 0.0;
        for (var mask = 0; mask < 1 << n; mask++)
        {
            var members = Enumerable.Range(0, n).Where(c => (mask & (1 << c)) != 0).ToList();
            var cost = costs is null ? members.Count : members.Sum(c => costs[c]);
            if (cost <= budget + 1e-9)
            {
                best = Math.Max(best, Value(sets, weights, covered, members));
            }
        }

        return best;
    }

    public static CoverageSets Sets(int[][] sets, double[] weights) =>
        CoverageSets.FromSets([.. sets.Select(s => (IReadOnlyCollection<int>)s)], weights);

    /// <summary>
    /// A k-camera solution against the brute-force <paramref name="optimum"/>: value at most the optimum, upper bound at
    /// least it, and a certificate between the greedy guarantee 1 − 1/e and the true ratio value / optimum.
    /// </summary>
    public static void AssertWithinOptimumAndGreedyGuarantee(PlacementSolution solution, double optimum)
    {
        Assert.True(solution.Value <= optimum + 1e-9, $"value {solution.Value} above optimum {optimum}");
        Assert.True(solution.UpperBound >= optimum - 1e-9, $"bound {solution.UpperBound} below optimum {optimum}");
        var trueRatio = optimum <= 0 ? 1 : solution.Value / optimum;
        Assert.True(solution.Certificate <= trueRatio + 1e-12, $"certificate {solution.Certificate} above true ratio {trueRatio}");
        Assert.True(solution.Certificate >= 1 - (1 / Math.E) - 1e-9, $"certificate {solution.Certificate} below the greedy guarantee");
    }
}
