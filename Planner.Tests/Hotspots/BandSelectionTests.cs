using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class BandSelectionTests
{
    /// <summary>Moran's I and its randomisation z from explicit neighbour lists (Cliff &amp; Ord), no shared code.</summary>
    private static (double I, double Z) Reference(double[] cx, double[] cy, double[] x, double band)
    {
        var n = x.Length;
        var mean = x.Average();
        var z = x.Select(v => v - mean).ToArray();
        double s0 = 0, s1 = 0, num = 0;
        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && Math.Sqrt(((cx[i] - cx[j]) * (cx[i] - cx[j])) + ((cy[i] - cy[j]) * (cy[i] - cy[j]))) <= band + 1e-9)
                {
                    s0 += 1;
                    s1 += 0.5 * 4;         // (wij + wji)² / 2 with wij = wji = 1
                    num += z[i] * z[j];
                    rowSums[i] += 1;
                }
            }
        }

        var s2 = rowSums.Sum(r => (2 * r) * (2 * r));
        var m2 = z.Sum(v => v * v);
        var m4 = z.Sum(v => Math.Pow(v, 4));
        var moran = n / s0 * num / m2;
        var e = -1.0 / (n - 1);
        var b2 = n * m4 / (m2 * m2);
        var a = n * (((n * n - 3 * n + 3) * s1) - (n * s2) + (3 * s0 * s0));
        var b = b2 * (((n * n - n) * s1) - (2 * n * s2) + (6 * s0 * s0));
        var variance = ((a - b) / ((n - 1.0) * (n - 2) * (n - 3) * s0 * s0)) - (e * e);
        return (moran, (moran - e) / Math.Sqrt(variance));
    }

    [Theory]
    [InlineData("rook", 10.0)]
    [InlineData("queen", 15.0)]
    [InlineData("wide", 35.0)]
    public void Moran_RandomClusteredCounts_MatchesExplicitNeighbourLists(string name, double band)
    {
        _ = name;
        var rng = new Random(19);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < 300; i++)
        {
            var cluster = i % 2 == 0;
            xs.Add(cluster ? 60 + (rng.NextDouble() * 30) : rng.NextDouble() * 150);
            ys.Add(cluster ? 40 + (rng.NextDouble() * 30) : rng.NextDouble() * 120);
        }

        var grid = HotspotGrid.Spanning(xs.ToArray(), ys.ToArray(), 10);
        var counts = grid.Count(xs.ToArray(), ys.ToArray());
        var (cx, cy) = BruteForce.Centres(grid);
        var (i0, z) = Reference(cx, cy, counts.Select(c => (double)c).ToArray(), band);
        var got = BandSelection.Moran(grid, counts, band);
        Assert.Equal(i0, got.MoranI, 10);
        Assert.Equal(z, got.Z, 8);
    }

    [Fact]
    public void Choose_ScoresEveryDistance_PeakIsALocalMaximum()
    {
        var rng = new Random(23);
        var xs = new List<double>();
        var ys = new List<double>();
        for (var i = 0; i < 2000; i++)
        {
            var cx = 100 + (300 * (i % 3));
            xs.Add(i % 4 == 0 ? rng.NextDouble() * 1000 : cx + (rng.NextDouble() * 60));
            ys.Add(i % 4 == 0 ? rng.NextDouble() * 1000 : 500 + (rng.NextDouble() * 60));
        }

        var grid = HotspotGrid.Spanning(xs.ToArray(), ys.ToArray(), 20);
        var counts = grid.Count(xs.ToArray(), ys.ToArray());
        var choice = BandSelection.Choose(grid, counts, 20, 20, 10);
        Assert.Equal(10, choice.Scores.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(k => 20.0 + (20 * k)), choice.Scores.Select(s => s.Distance));
        if (choice.FirstPeak is { } peak)
        {
            var k = choice.Scores.ToList().FindIndex(s => s.Distance == peak);
            Assert.True(choice.Scores[k].Z > choice.Scores[k - 1].Z && choice.Scores[k].Z >= choice.Scores[k + 1].Z);
            Assert.True(choice.Scores[k].Z >= 1.96);
        }

        Assert.Equal(choice.Scores.Max(s => s.Z), choice.Scores.Single(s => s.Distance == choice.MaxZDistance).Z);
    }
}
