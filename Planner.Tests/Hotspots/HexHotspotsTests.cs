using CsCheck;
using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

public sealed class HexHotspotsTests
{
    [Fact]
    public void AxialOf_AnyPoint_IsTheNearestHexCentre()
    {
        const double size = 7.5;
        Gen.Select(Gen.Double[-1000, 1000], Gen.Double[-1000, 1000]).Sample((x, y) =>
        {
            var (q, r) = HexHotspots.AxialOf(x, y, size);
            double Dist(int qq, int rr)
            {
                var cx = 1.5 * size * qq;
                var cy = Math.Sqrt(3) * size * (rr + (qq / 2.0));
                return Math.Sqrt(((x - cx) * (x - cx)) + ((y - cy) * (y - cy)));
            }

            var mine = Dist(q, r);
            // No other centre among the surrounding ones is nearer (ties within rounding allowed).
            for (var dq = -2; dq <= 2; dq++)
            {
                for (var dr = -2; dr <= 2; dr++)
                {
                    if (Dist(q + dq, r + dr) < mine - 1e-9)
                    {
                        return false;
                    }
                }
            }

            return true;
        }, iter: 2000);
    }

    [Theory]
    [InlineData("first ring", 20.0, 12.0)]
    [InlineData("two rings", 45.0, 12.0)]
    public void Compute_RandomPoints_MatchesExplicitNeighbourLists(string name, double band, double size)
    {
        _ = name;
        var rng = new Random(29);
        var xs = Enumerable.Range(0, 500).Select(i => i % 3 == 0 ? 100 + (rng.NextDouble() * 30) : rng.NextDouble() * 250).ToArray();
        var ys = Enumerable.Range(0, 500).Select(i => i % 3 == 0 ? 80 + (rng.NextDouble() * 30) : rng.NextDouble() * 180).ToArray();
        var h = HexHotspots.Compute(xs, ys, size, band);
        Assert.Equal(xs.Length, h.Counts.Sum());
        var centres = Enumerable.Range(0, h.CellCount).Select(h.Centre).ToArray();
        var expected = BruteForce.GiStar(centres.Select(c => c.X).ToArray(), centres.Select(c => c.Y).ToArray(), h.Counts.Select(c => (double)c).ToArray(), band);
        for (var i = 0; i < h.CellCount; i++)
        {
            Assert.True(Math.Abs(expected[i] - h.Z[i]) <= 1e-9 * Math.Max(1, Math.Abs(expected[i])), $"hex {i}: {h.Z[i]} vs {expected[i]}");
        }

        // Each point's hexagon (nearest centre) holds it in the counts.
        var (q0, r0) = HexHotspots.AxialOf(xs[0], ys[0], size);
        var o0 = r0 + ((q0 - (q0 & 1)) / 2);
        Assert.True(h.Counts[((o0 - h.OMin) * h.Cols) + (q0 - h.QMin)] >= 1);
        Assert.True(h.Polygon(0, new NetTopologySuite.Geometries.GeometryFactory()).Area > 0);
        Assert.Equal(1.5 * Math.Sqrt(3) * size * size, h.Polygon(0, new NetTopologySuite.Geometries.GeometryFactory()).Area, 9);
    }
}
