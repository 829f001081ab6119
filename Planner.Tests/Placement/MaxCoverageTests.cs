using CsCheck;
using Planner.Geo;
using Planner.Geo.Placement;
using static Planner.Tests.Placement.PlacementReference;

namespace Planner.Tests.Placement;

public sealed class MaxCoverageTests
{
    /// <summary>Random instances: 2–11 candidates over 1–30 demand points with integer weights 1–5, some already covered.</summary>
    private static readonly Gen<(int[][] Sets, double[] Weights, bool[] Covered, int K)> GenInstance =
        Gen.Int[1, 30].SelectMany(m =>
            Gen.Select(
                Gen.Int[0, m - 1].Array[0, 8].Array[2, 11],
                Gen.Int[1, 5].Select(w => (double)w).Array[m],
                Gen.Int[0, 4].Select(x => x == 0).Array[m],
                Gen.Int[1, 4]));

    public static TheoryData<string, int[][], double[], int, double> TinyInstances => new()
    {
        // Greedy takes the big middle set (4), then +1 = 5; the two side sets together see 6.
        { "greedy trap", [[0, 1, 2, 3], [0, 1, 4], [2, 3, 5]], [1, 1, 1, 1, 1, 1], 2, 6 },
        { "disjoint, pick the heaviest", [[0], [1], [2]], [1, 3, 2], 2, 5 },
        { "nested sets", [[0, 1, 2], [0, 1], [0]], [1, 1, 1], 2, 3 },
        { "weights beat counts", [[0, 1, 2], [3], [4]], [1, 1, 1, 10, 10], 2, 20 },
        { "k above candidates", [[0], [1]], [1, 1], 5, 2 },
    };

    [Theory]
    [MemberData(nameof(TinyInstances))]
    public void Solve_TinyInstance_ReachesBruteForceOptimum(string name, int[][] sets, double[] weights, int k, double optimum)
    {
        _ = name;
        var covered = new bool[weights.Length];
        Assert.Equal(optimum, BruteForce(sets, weights, covered, k));

        var solution = MaxCoverage.Solve(Sets(sets, weights), new PlacementOptions { K = k });

        Assert.Equal(optimum, solution.Value, 9);
        Assert.Equal(optimum, Value(sets, weights, covered, solution.Chosen), 9);
        Assert.True(solution.Chosen.Count <= k);
        Assert.True(solution.UpperBound >= optimum - 1e-9);
    }

    [Fact]
    public void Solve_GreedyTrapWithoutSwap_GreedyValueAndHonestCertificate()
    {
        int[][] sets = [[0, 1, 2, 3], [0, 1, 4], [2, 3, 5]];
        double[] weights = [1, 1, 1, 1, 1, 1];

        var solution = MaxCoverage.Solve(Sets(sets, weights), new PlacementOptions { K = 2, Swap = false });

        Assert.Equal([0, 1], solution.Chosen);
        Assert.Equal(5, solution.Value);
        // Bound after step 1: 4 + (top-2 gains 1 + 1) = 6 — the optimum exactly; certificate 5/6.
        Assert.Equal(6, solution.UpperBound, 9);
        Assert.Equal(5.0 / 6, solution.Certificate, 9);
    }

    [Fact]
    public void Solve_RandomInstancesWithoutSwap_LazyChoosesExactlyAsPlainGreedy()
    {
        GenInstance.Sample(t =>
        {
            var solution = MaxCoverage.Solve(Sets(t.Sets, t.Weights), new PlacementOptions { K = t.K, Covered = t.Covered, Swap = false });
            var plain = PlainGreedy(t.Sets, t.Weights, t.Covered, t.K);
            // Steps are re-ranked by gain, which for a greedy run is its own order.
            Assert.Equal(plain, solution.Chosen);
            Assert.Equal(Value(t.Sets, t.Weights, t.Covered, plain), solution.Value, 9);
        }, iter: 500);
    }

    [Fact]
    public void Solve_RandomInstances_CertificateNeverAboveTrueRatio()
    {
        GenInstance.Sample(t =>
        {
            foreach (var swap in new[] { false, true })
            {
                var solution = MaxCoverage.Solve(Sets(t.Sets, t.Weights), new PlacementOptions { K = t.K, Covered = t.Covered, Swap = swap });
                var optimum = BruteForce(t.Sets, t.Weights, t.Covered, t.K);
                Assert.Equal(Value(t.Sets, t.Weights, t.Covered, solution.Chosen), solution.Value, 9);
                AssertWithinOptimumAndGreedyGuarantee(solution, optimum);
            }
        }, iter: 300);
    }

    [Fact]
    public void Solve_RandomCostBudgets_WithinBudgetAndBoundAboveOptimum()
    {
        var gen = Gen.Select(GenInstance, Gen.Int[1, 5].Select(c => (double)c).Array[11], Gen.Int[1, 10]);
        gen.Sample((t, costs, budget) =>
        {
            var c = costs.Take(t.Sets.Length).ToArray();
            var solution = MaxCoverage.Solve(Sets(t.Sets, t.Weights), new PlacementOptions { Budget = budget, Costs = c, Covered = t.Covered });
            var optimum = BruteForce(t.Sets, t.Weights, t.Covered, budget, c);
            Assert.True(solution.Chosen.Sum(i => c[i]) <= budget + 1e-9);
            Assert.Equal(Value(t.Sets, t.Weights, t.Covered, solution.Chosen), solution.Value, 9);
            Assert.True(solution.Value <= optimum + 1e-9);
            Assert.True(solution.UpperBound >= optimum - 1e-9, $"bound {solution.UpperBound} below optimum {optimum}");
        }, iter: 300);
    }

    [Fact]
    public void Solve_DemandSeenByFixedCameras_CountsForNobody()
    {
        // Candidate 0 sees two points the existing cameras already see; candidate 1 one new point.
        int[][] sets = [[0, 1], [2]];
        var solution = MaxCoverage.Solve(Sets(sets, [1, 1, 1]), new PlacementOptions { K = 1, Covered = [true, true, false] });

        Assert.Equal([1], solution.Chosen);
        Assert.Equal(1, solution.Value);
        Assert.Equal(2, solution.FixedWeight);
    }

    [Fact]
    public void Solve_RankedSteps_CumulativeIsRunningSumOfDecreasingGains()
    {
        int[][] sets = [[0], [1, 2, 3], [3, 4], [5, 6]];
        var solution = MaxCoverage.Solve(Sets(sets, [1, 1, 1, 1, 1, 1, 1]), new PlacementOptions { K = 3 });

        Assert.Equal([1, 2, 3], solution.Steps.Select(s => s.Rank));
        Assert.Equal([3.0, 2, 1], solution.Steps.Select(s => s.Gain));
        Assert.Equal([3.0, 5, 6], solution.Steps.Select(s => s.Cumulative));
    }

    [Theory]
    [InlineData("both budgets", 2, 3.0)]
    [InlineData("no budget", null, null)]
    [InlineData("k zero", 0, null)]
    public void Solve_BadBudget_ThrowsNamingTheRule(string name, int? k, double? budget)
    {
        _ = name;
        var ex = Assert.Throws<DomainRuleException>(() => MaxCoverage.Solve(Sets([[0]], [1]), new PlacementOptions { K = k, Budget = budget, Costs = budget is null ? null : [1.0] }));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }
}
