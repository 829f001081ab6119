using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class GetisOrdTests
{
    [Fact]
    public void Compute_FiveByFive_HandComputed()
    {
        // Counts: 4 at the centre, 1 in each corner; n = 25, Σx = 8, Σx² = 20 → X̄ = 0.32, S² = 20/25 − 0.32² = 0.6976.
        // Band 10 m = the cell itself and its 4 edge neighbours.
        var (xs, ys) = FiveByFive.Points();
        var grid = HotspotGrid.Spanning(xs, ys, 10);
        var counts = grid.Count(xs, ys);
        var gi = GetisOrd.Compute(grid, counts, 10);
        var s = Math.Sqrt(0.6976);
        // Centre: W = 5, Σwx = 4 → z = (4 − 1.6) / (S √((125 − 25)/24)).
        Assert.Equal(2.4 / (s * Math.Sqrt(100.0 / 24)), gi.Z[12], 12);
        // Corner (0,0): W = 3 (itself, east, north), Σwx = 1 → z = (1 − 0.96) / (S √((75 − 9)/24)).
        Assert.Equal(0.04 / (s * Math.Sqrt(66.0 / 24)), gi.Z[0], 12);
        // (1,0): W = 4 (itself, west, east, north), Σwx = 1 (the corner) → (1 − 1.28) / (S √((100 − 16)/24)).
        Assert.Equal(-0.28 / (s * Math.Sqrt(84.0 / 24)), gi.Z[1], 12);
        // (2,1): W = 5, Σwx = 4 (the centre above) → same as the centre.
        Assert.Equal(gi.Z[12], gi.Z[7], 12);
        // (1,1): W = 5, Σwx = 0 → (0 − 1.6) / (S √(100/24)).
        Assert.Equal(-1.6 / (s * Math.Sqrt(100.0 / 24)), gi.Z[6], 12);
        Assert.Equal(3, gi.Weights[0]);
        Assert.Equal(5, gi.Weights[12]);
        Assert.Equal(NormalDistribution.TwoSidedP(gi.Z[12]), gi.P[12]);
    }

    [Theory]
    [InlineData("band below one cell", 7.0, 10.0)]
    [InlineData("rook", 10.0, 10.0)]
    [InlineData("queen-ish", 15.0, 10.0)]
    [InlineData("on a lattice distance (3,4)·10 = 50", 50.0, 10.0)]
    [InlineData("wide, odd cell", 37.5, 2.5)]
    public void Compute_RandomCounts_MatchesExplicitNeighbourLists(string name, double band, double cell)
    {
        _ = name;
        var rng = new Random(11);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < 400; i++)
        {
            xs.Add(1000 + (rng.NextDouble() * cell * 23));
            ys.Add(-500 + (rng.NextDouble() * cell * 17 * (i % 4 == 0 ? 0.3 : 1)));
        }

        var grid = HotspotGrid.Spanning(xs.ToArray(), ys.ToArray(), cell);
        var counts = grid.Count(xs.ToArray(), ys.ToArray());
        var gi = GetisOrd.Compute(grid, counts, band);
        var (cx, cy) = BruteForce.Centres(grid);
        var expected = BruteForce.GiStar(cx, cy, counts.Select(c => (double)c).ToArray(), band);
        for (var i = 0; i < expected.Length; i++)
        {
            if (double.IsNaN(expected[i]))
            {
                // The band covers the whole grid (n·W = W²): the textbook formula is 0/0; the engine reports z = 0, p = 1.
                Assert.Equal(grid.CellCount, gi.Weights[i]);
                Assert.Equal(0, gi.Z[i]);
                Assert.Equal(1, gi.P[i]);
                continue;
            }

            Assert.True(Math.Abs(expected[i] - gi.Z[i]) <= 1e-9 * Math.Max(1, Math.Abs(expected[i])), $"cell {i}: {gi.Z[i]} vs {expected[i]}");
        }
    }

    [Fact]
    public void Compute_AllCountsEqual_ZeroAndPOne()
    {
        double[] xs = [5, 15, 5, 15];
        double[] ys = [5, 5, 15, 15];
        var grid = HotspotGrid.Spanning(xs, ys, 10);
        var gi = GetisOrd.Compute(grid, grid.Count(xs, ys), 10);
        Assert.All(gi.Z, z => Assert.Equal(0, z));
        Assert.All(gi.P, p => Assert.Equal(1, p));
    }
}
