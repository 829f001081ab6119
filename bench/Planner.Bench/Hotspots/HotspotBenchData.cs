using Planner.Geo.Hotspots;

namespace Planner.Bench.Hotspots;

/// <summary>
/// Synthetic benchmark incidents (not real data): 1,000,000 points over 10 km × 10 km at a UTM-like origin — 70 %
/// uniform, 30 % in 25 Gaussian clusters (σ = 80 m) — plus two corner points so the contract grid with 10 m cells is
/// exactly 1,000 × 1,000.
/// </summary>
internal static class HotspotBenchData
{
    public const double X0 = 720_000;
    public const double Y0 = 6_170_000;
    public const double Extent = 10_000;
    public const double Cell = 10;
    public const double Bandwidth = 200;

    public static (double[] Xs, double[] Ys) Incidents(int count = 1_000_000, int seed = 42)
    {
        var rng = new Random(seed);
        var xs = new double[count];
        var ys = new double[count];
        xs[0] = X0 + 0.5;
        ys[0] = Y0 + 0.5;
        xs[1] = X0 + Extent - 0.5;
        ys[1] = Y0 + Extent - 0.5;
        var centres = Enumerable.Range(0, 25).Select(_ => (X: 500 + (rng.NextDouble() * 9000), Y: 500 + (rng.NextDouble() * 9000))).ToArray();
        for (var i = 2; i < count; i++)
        {
            double x, y;
            if (rng.NextDouble() < 0.3)
            {
                var c = centres[rng.Next(centres.Length)];
                x = c.X + (80 * Normal(rng));
                y = c.Y + (80 * Normal(rng));
            }
            else
            {
                x = rng.NextDouble() * Extent;
                y = rng.NextDouble() * Extent;
            }

            xs[i] = X0 + Math.Clamp(x, 0.5, Extent - 0.5);
            ys[i] = Y0 + Math.Clamp(y, 0.5, Extent - 0.5);
        }

        return (xs, ys);
    }

    /// <summary>Every k-th cell index, evenly spread over the grid: the sample the naive references run on.</summary>
    public static int[] SampleCells(HotspotGrid grid, int count)
    {
        var step = grid.CellCount / count;
        return Enumerable.Range(0, count).Select(k => (k * step) + (k % grid.Cols)).Select(i => i % grid.CellCount).ToArray();
    }

    private static double Normal(Random rng) =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
