using CsCheck;
using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class KernelDensityTests
{
    [Fact]
    public void Quartic_RandomPoints_MatchesPerPointSumWithin1e9Relative()
    {
        var rng = new Random(7);
        var xs = new double[3000];
        var ys = new double[3000];
        for (var i = 0; i < xs.Length; i++)
        {
            // Clustered plus background, away from the origin like real UTM coordinates.
            var cluster = i % 3 == 0;
            xs[i] = 723_000 + (cluster ? 300 + (rng.NextDouble() * 60) : rng.NextDouble() * 900);
            ys[i] = 6_175_000 + (cluster ? 500 + (rng.NextDouble() * 60) : rng.NextDouble() * 700);
        }

        var grid = HotspotGrid.Spanning(xs, ys, 25);
        var fast = KernelDensity.Quartic(grid, xs, ys, 130);
        var (cx, cy) = BruteForce.Centres(grid);
        var max = 0.0;
        for (var i = 0; i < grid.CellCount; i++)
        {
            var expected = BruteForce.Quartic(xs, ys, cx[i], cy[i], 130);
            if (expected == 0)
            {
                Assert.Equal(0, fast[i]);
            }
            else
            {
                max = Math.Max(max, Math.Abs(fast[i] - expected) / expected);
            }
        }

        Assert.True(max <= 1e-9, $"max relative error {max:E2}");
    }

    [Fact]
    public void Quartic_Property_AnyPointsMatchPerPointSum() => QuarticMatchesPerPointSum(seed: null);

    /// <summary>Seeds that once failed when the tolerance was purely relative: near the disk edge the expected sum is tiny and cancellation sets the error floor.</summary>
    [Theory]
    [InlineData("seed found by the store branch", "dHnqJ7_UF0f1")]
    [InlineData("seed found in a full run", "0eZg2UMlCA73")]
    public void Quartic_Property_RegressionSeeds_MatchPerPointSum(string name, string seed)
    {
        _ = name;
        QuarticMatchesPerPointSum(seed);
    }

    private static void QuarticMatchesPerPointSum(string? seed) =>
        Gen.Select(Gen.Double[-500, 500].Array[1, 40], Gen.Double[1, 30], Gen.Double[5, 120])
            .Sample((coords, cell, r) =>
            {
                var xs = coords;
                var ys = coords.Select((v, i) => (v * 0.7) + (i * 3.1)).ToArray();
                var grid = HotspotGrid.Spanning(xs, ys, cell);
                var fast = KernelDensity.Quartic(grid, xs, ys, r, parallel: false);
                var (cx, cy) = BruteForce.Centres(grid);
                // 1e-9 relative, with an absolute floor of 1e-12 of the kernel's peak per point: a point just inside the
                // bandwidth adds (1 − d²/r²)² ≈ 0, whose rounding differs between summation orders by ~1e-16 of the peak.
                var floor = 1e-12 * 3 / (Math.PI * r * r) * 1e6 * xs.Length;
                for (var i = 0; i < grid.CellCount; i++)
                {
                    var expected = BruteForce.Quartic(xs, ys, cx[i], cy[i], r);
                    if (Math.Abs(fast[i] - expected) > (1e-9 * expected) + floor)
                    {
                        return false;
                    }
                }

                return true;
            }, iter: 200, seed: seed);

    [Fact]
    public void Quartic_PointsAtCellCentres_HandComputed()
    {
        // 5 × 5 grid of 10 m cells (x, y in 0 … 50): 4 incidents at the centre cell (25, 25), 1 at each corner cell.
        var (xs, ys) = FiveByFive.Points();
        var grid = HotspotGrid.Spanning(xs, ys, 10);
        var d = KernelDensity.Quartic(grid, xs, ys, 15);
        var k = 3 / (Math.PI * 225) * 1e6; // per point at distance 0, per km²
        Assert.Equal(4 * k, d[(2 * 5) + 2], 9);                 // centre: its own 4 points; neighbours are empty
        Assert.Equal(5.0 / 81 * k, d[(1 * 5) + 1], 9);          // (1,1): centre and corner (0,0) both at 10√2: (1 − 200/225)² = 1/81
        Assert.Equal(25.0 / 81 * k, d[(0 * 5) + 1], 9);         // (1,0): corner (0,0) at 10 m → (1 − 100/225)² = 25/81; centre at √500 > 15
        Assert.Equal(1 * k, d[0], 9);                            // corner: only itself (neighbours empty, centre at 28 m)
    }

    [Fact]
    public void Quartic_PointOnBandwidthCircle_AddsNothing()
    {
        // One point 20 m east of a cell centre with r = 20: (1 − 1)² = 0 either way.
        double[] xs = [5, 25];
        double[] ys = [5, 5];
        var grid = HotspotGrid.Spanning(xs, ys, 10);
        var d = KernelDensity.Quartic(grid, [25.0], [5.0], 20);
        Assert.Equal(0, d[0]);
    }

    [Fact]
    public void Gaussian_SinglePointAtCentre_PeakAndSymmetry()
    {
        double[] xs = [5, 105, 55];
        double[] ys = [5, 105, 55];
        var grid = HotspotGrid.Spanning(xs, ys, 10);
        var counts = grid.Count([55.0], [55.0]);
        var d = KernelDensity.Gaussian(grid, counts, 20);
        var peak = 1 / (2 * Math.PI * 400) * 1e6;
        Assert.Equal(peak, d[(5 * grid.Cols) + 5], 9);
        Assert.Equal(peak * Math.Exp(-100.0 / 800), d[(5 * grid.Cols) + 6], 9);
        Assert.Equal(d[(4 * grid.Cols) + 5], d[(5 * grid.Cols) + 6], 12);
        Assert.Equal(peak * Math.Exp(-200.0 / 800), d[(6 * grid.Cols) + 6], 9);
    }
}
