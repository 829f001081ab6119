using CsCheck;
using Planner.Geo;
using Planner.Geo.Placement;
using static Planner.Tests.Placement.PlacementReference;

namespace Planner.Tests.Placement;

/// <summary>
/// Issue 15 leftovers: backup coverage as a second objective (Σ w·((1 − W)·min(c, 1) + W·min(c, 2))) and the cost budget,
/// against an independent objective, plain greedy and brute force over every subset.
/// </summary>
public sealed class BackupObjectiveTests
{
    /// <summary>Sets, weights, fixed camera count per point (0, 1, 2), k, backup weight W in {0.25, 0.5, 1}.</summary>
    private static readonly Gen<(int[][] Sets, double[] Weights, int[] Fixed, int K, double W)> GenInstance =
        Gen.Int[1, 25].SelectMany(m =>
            Gen.Select(
                Gen.Int[0, m - 1].Array[0, 8].Array[2, 10],
                Gen.Int[1, 5].Select(w => (double)w).Array[m],
                Gen.Int[0, 5].Select(x => x switch { 0 => 1, 1 => 2, _ => 0 }).Array[m],
                Gen.Int[1, 4],
                Gen.Int[1, 4].Select(w => w == 3 ? 0.5 : w / 4.0)));

    /// <summary>The objective's own definition, independent of the engine: Σ_d w_d·(φ(c_d(F ∪ S)) − φ(c_d(F))), counts uncapped.</summary>
    private static double BackupValue(int[][] sets, double[] weights, int[] fixedCount, double w, IEnumerable<int> chosen)
    {
        static double Phi(int c, double w) => ((1 - w) * Math.Min(c, 1)) + (w * Math.Min(c, 2));
        var count = (int[])fixedCount.Clone();
        foreach (var c in chosen)
        {
            foreach (var d in sets[c].Distinct())
            {
                count[d]++;
            }
        }

        return Enumerable.Range(0, weights.Length).Sum(d => weights[d] * (Phi(count[d], w) - Phi(fixedCount[d], w)));
    }

    private static double BackupBruteForce(int[][] sets, double[] weights, int[] fixedCount, double w, double budget, double[]? costs = null)
    {
        var best = 0.0;
        for (var mask = 0; mask < 1 << sets.Length; mask++)
        {
            var members = Enumerable.Range(0, sets.Length).Where(c => (mask & (1 << c)) != 0).ToList();
            if ((costs is null ? members.Count : members.Sum(c => costs[c])) <= budget + 1e-9)
            {
                best = Math.Max(best, BackupValue(sets, weights, fixedCount, w, members));
            }
        }

        return best;
    }

    /// <summary>Plain greedy on the backup objective: every candidate re-evaluated each round (same summation order as the engine).</summary>
    private static List<int> BackupPlainGreedy(int[][] sets, double[] weights, int[] fixedCount, double w, int k)
    {
        var count = fixedCount.Select(c => Math.Min(c, 2)).ToArray();
        var chosen = new List<int>();
        while (chosen.Count < k)
        {
            var (best, bestGain) = (-1, 0.0);
            for (var c = 0; c < sets.Length; c++)
            {
                if (chosen.Contains(c))
                {
                    // A camera is placed once: a second copy would "back up" its own view.
                    continue;
                }

                var g = 0.0;
                foreach (var d in sets[c].Distinct().Order())
                {
                    g += count[d] == 0 ? weights[d] : count[d] == 1 ? w * weights[d] : 0;
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
            foreach (var d in sets[best].Distinct())
            {
                count[d] = Math.Min(2, count[d] + 1);
            }
        }

        return chosen;
    }

    private static PlacementOptions Options(int[] fixedCount, double w) => new()
    {
        Covered = [.. fixedCount.Select(c => c >= 1)],
        CoveredTwice = [.. fixedCount.Select(c => c >= 2)],
        Backup = w,
    };

    [Fact]
    public void Solve_BackupHalf_SecondCameraOnHeavyPointBeatsLightNewPoint()
    {
        // Point 0 weighs 10, point 1 weighs 4. Plain covering takes {0, 2} (14); with W = 0.5 a second look at point 0
        // is worth 5 > 4, so {0, 1}: 10 + 5 = 15, the brute-force optimum.
        int[][] sets = [[0], [0], [1]];
        double[] weights = [10, 4];
        var plain = MaxCoverage.Solve(Sets(sets, weights), new PlacementOptions { K = 2 });
        var backup = MaxCoverage.Solve(Sets(sets, weights), Options([0, 0], 0.5) with { K = 2 });

        Assert.Equal([0, 2], plain.Chosen.Order());
        Assert.Equal([0, 1], backup.Chosen.Order());
        Assert.Equal(15, backup.Value, 12);
        Assert.Equal(15, BackupBruteForce(sets, weights, [0, 0], 0.5, 2), 12);
    }

    [Fact]
    public void Solve_BackupRandomInstances_ValueIsTheObjectiveAndBoundsHoldAgainstBruteForce()
    {
        GenInstance.Sample(t =>
        {
            foreach (var swap in new[] { false, true })
            {
                var solution = MaxCoverage.Solve(Sets(t.Sets, t.Weights), Options(t.Fixed, t.W) with { K = t.K, Swap = swap });
                var optimum = BackupBruteForce(t.Sets, t.Weights, t.Fixed, t.W, t.K);
                Assert.True(solution.Chosen.Count <= t.K);
                Assert.Equal(BackupValue(t.Sets, t.Weights, t.Fixed, t.W, solution.Chosen), solution.Value, 9);
                AssertWithinOptimumAndGreedyGuarantee(solution, optimum);
            }
        }, iter: 300);
    }

    [Fact]
    public void Solve_BackupRandomInstancesWithoutSwap_LazyChoosesExactlyAsPlainGreedy()
    {
        GenInstance.Sample(t =>
        {
            var solution = MaxCoverage.Solve(Sets(t.Sets, t.Weights), Options(t.Fixed, t.W) with { K = t.K, Swap = false });
            var plain = BackupPlainGreedy(t.Sets, t.Weights, t.Fixed, t.W, t.K);
            Assert.Equal(plain, solution.Chosen);
        }, iter: 500);
    }

    [Fact]
    public void Solve_BackupZero_SameChoiceAsPlainCovering()
    {
        GenInstance.Sample(t =>
        {
            var covered = t.Fixed.Select(c => c >= 1).ToArray();
            var withZero = MaxCoverage.Solve(Sets(t.Sets, t.Weights), Options(t.Fixed, 0) with { K = t.K, Swap = false });
            Assert.Equal(PlainGreedy(t.Sets, t.Weights, covered, t.K), withZero.Chosen);
        }, iter: 200);
    }

    [Fact]
    public void Solve_CostBudgetRandomInstances_WithinBudgetAndAtLeastTheCelfGuaranteeOfBruteForce()
    {
        // CELF's rule (better of the gain-per-cost and the gain greedy) guarantees (1 − 1/e)/2 of the optimum.
        var gen = Gen.Select(GenInstance, Gen.Int[1, 6].Select(c => (double)c).Array[10], Gen.Int[1, 10]);
        gen.Sample((t, costs, budget) =>
        {
            foreach (var w in new[] { 0, t.W })
            {
                var c = costs.Take(t.Sets.Length).ToArray();
                var solution = MaxCoverage.Solve(Sets(t.Sets, t.Weights), Options(t.Fixed, w) with { Budget = budget, Costs = c });
                var optimum = BackupBruteForce(t.Sets, t.Weights, t.Fixed, w, budget, c);
                Assert.True(solution.Chosen.Sum(i => c[i]) <= budget + 1e-9);
                Assert.Equal(BackupValue(t.Sets, t.Weights, t.Fixed, w, solution.Chosen), solution.Value, 9);
                Assert.True(solution.Value >= ((1 - (1 / Math.E)) / 2 * optimum) - 1e-9, $"value {solution.Value} below (1 − 1/e)/2 of optimum {optimum}");
                Assert.True(solution.UpperBound >= optimum - 1e-9, $"bound {solution.UpperBound} below optimum {optimum}");
            }
        }, iter: 300);
    }

    [Theory]
    [InlineData("negative", -0.1)]
    [InlineData("above one", 1.5)]
    public void Solve_BackupOutsideUnitInterval_ThrowsNamingBackup(string name, double w)
    {
        Assert.NotNull(name);
        var ex = Assert.Throws<DomainRuleException>(() => MaxCoverage.Solve(Sets([[0]], [1]), new PlacementOptions { K = 1, Backup = w }));
        Assert.Equal("backup", ex.Field);
    }
}
