using Planner.Geo.Hotspots;

namespace Planner.Bench.Hotspots;

/// <summary>
/// The simple references the engine is measured against: the contract definitions evaluated literally (every cell
/// against every point or every other cell). They run on a sample of cells (or points) and are scaled up linearly:
/// the work is exactly proportional to the sample size.
/// </summary>
internal static class NaiveHotspots
{
    /// <summary>Binning with a hash map keyed by (column, row), then a dense array.</summary>
    public static int[] Binning(HotspotGrid grid, double[] xs, double[] ys)
    {
        var map = new Dictionary<(long, long), int>();
        for (var i = 0; i < xs.Length; i++)
        {
            var key = ((long)Math.Floor(xs[i] / grid.CellSize), (long)Math.Floor(ys[i] / grid.CellSize));
            map[key] = map.TryGetValue(key, out var n) ? n + 1 : 1;
        }

        var counts = new int[grid.CellCount];
        foreach (var ((c, r), n) in map)
        {
            counts[((r - grid.MinRow) * grid.Cols) + (c - grid.MinCol)] = n;
        }

        return counts;
    }

    /// <summary>Quartic KDE at the given cells: Σ over all points of 3/(π r²)(1 − d²/r²)² for d &lt; r, per km².</summary>
    public static double Quartic(HotspotGrid grid, double[] xs, double[] ys, double r, int[] cells)
    {
        var total = 0.0;
        foreach (var cell in cells)
        {
            var cx = grid.CentreX(cell % grid.Cols);
            var cy = grid.CentreY(cell / grid.Cols);
            var sum = 0.0;
            for (var i = 0; i < xs.Length; i++)
            {
                var d2 = ((cx - xs[i]) * (cx - xs[i])) + ((cy - ys[i]) * (cy - ys[i]));
                if (d2 < r * r)
                {
                    var u = 1 - (d2 / (r * r));
                    sum += u * u;
                }
            }

            total += sum * 3 / (Math.PI * r * r) * 1e6;
        }

        return total;
    }

    /// <summary>Per-point scatter of the quartic kernel over the bounding square of its disk (the "obvious" fast-ish way).</summary>
    public static double[] QuarticScatter(HotspotGrid grid, double[] xs, double[] ys, double r, int pointCount)
    {
        var density = new double[grid.CellCount];
        var reach = (int)Math.Ceiling(r / grid.CellSize);
        for (var i = 0; i < pointCount; i++)
        {
            var pc = (int)grid.ColOf(xs[i]);
            var pr = (int)grid.RowOf(ys[i]);
            for (var row = Math.Max(0, pr - reach); row <= Math.Min(grid.Rows - 1, pr + reach); row++)
            {
                for (var col = Math.Max(0, pc - reach); col <= Math.Min(grid.Cols - 1, pc + reach); col++)
                {
                    var dx = grid.CentreX(col) - xs[i];
                    var dy = grid.CentreY(row) - ys[i];
                    var d2 = (dx * dx) + (dy * dy);
                    if (d2 < r * r)
                    {
                        var u = 1 - (d2 / (r * r));
                        density[(row * grid.Cols) + col] += u * u;
                    }
                }
            }
        }

        return density;
    }

    /// <summary>Gaussian KDE at the given cells from the binned counts (same model as the engine: points at cell centres, σ = r, |offset| ≤ 4σ per axis).</summary>
    public static double Gaussian(HotspotGrid grid, int[] counts, double sigma, int[] cells)
    {
        var total = 0.0;
        var reach = (int)Math.Ceiling(4 * sigma / grid.CellSize);
        foreach (var cell in cells)
        {
            int c0 = cell % grid.Cols, r0 = cell / grid.Cols;
            var sum = 0.0;
            for (var j = 0; j < counts.Length; j++)
            {
                int c = j % grid.Cols, r = j / grid.Cols;
                if (counts[j] == 0 || Math.Abs(c - c0) > reach || Math.Abs(r - r0) > reach)
                {
                    continue;
                }

                var dx = (c - c0) * grid.CellSize;
                var dy = (r - r0) * grid.CellSize;
                sum += counts[j] * Math.Exp(-((dx * dx) + (dy * dy)) / (2 * sigma * sigma));
            }

            total += sum / (2 * Math.PI * sigma * sigma) * 1e6;
        }

        return total;
    }

    /// <summary>Gi* z at the given cells from explicit pairs: every other grid cell tested against the band.</summary>
    public static double GiStar(HotspotGrid grid, int[] counts, double band, int[] cells)
    {
        double n = counts.Length;
        var mean = counts.Average();
        var s = Math.Sqrt((counts.Sum(c => (double)c * c) / n) - (mean * mean));
        var total = 0.0;
        foreach (var cell in cells)
        {
            var cx = grid.CentreX(cell % grid.Cols);
            var cy = grid.CentreY(cell / grid.Cols);
            double sum = 0, w = 0;
            for (var j = 0; j < counts.Length; j++)
            {
                var dx = grid.CentreX(j % grid.Cols) - cx;
                var dy = grid.CentreY(j / grid.Cols) - cy;
                if (Math.Sqrt((dx * dx) + (dy * dy)) <= band)
                {
                    sum += counts[j];
                    w += 1;
                }
            }

            var z = (sum - (mean * w)) / (s * Math.Sqrt(((n * w) - (w * w)) / (n - 1)));
            total += NormalDistribution.TwoSidedP(z);
        }

        return total;
    }

    /// <summary>Benjamini–Hochberg the textbook way: full sort of all m p-values.</summary>
    public static double BhThreshold(double[] p, double q)
    {
        var sorted = (double[])p.Clone();
        Array.Sort(sorted);
        for (var k = sorted.Length; k >= 1; k--)
        {
            if (sorted[k - 1] <= k * q / sorted.Length)
            {
                return sorted[k - 1];
            }
        }

        return -1;
    }
}
