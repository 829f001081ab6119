namespace Planner.Geo.Hotspots;

/// <summary>
/// Sums of integer cell values over the distance band around every cell, clipped to the grid (no padding), as a
/// convolution: per-row prefix sums, then one subtraction per row span of the band (O(cells · band rows), exact in
/// 64-bit integers). Also the number of band cells inside the grid per cell.
/// </summary>
internal static class NeighbourSums
{
    public static (long[] Sums, int[] Counts) Compute(HotspotGrid grid, int[] values, DistanceBand band, bool parallel)
    {
        int cols = grid.Cols, rows = grid.Rows;
        var prefix = new long[rows * (cols + 1)];
        void Prefix(int r)
        {
            var o = r * (cols + 1);
            long acc = 0;
            for (var c = 0; c < cols; c++)
            {
                acc += values[(r * cols) + c];
                prefix[o + c + 1] = acc;
            }
        }

        var sums = new long[grid.CellCount];
        var counts = new int[grid.CellCount];
        void Row(int r)
        {
            var bLo = Math.Max(-band.Reach, -r);
            var bHi = Math.Min(band.Reach, rows - 1 - r);
            for (var c = 0; c < cols; c++)
            {
                long s = 0;
                var n = 0;
                for (var b = bLo; b <= bHi; b++)
                {
                    var w = band.HalfWidth(b);
                    var lo = Math.Max(0, c - w);
                    var hi = Math.Min(cols - 1, c + w);
                    var o = (r + b) * (cols + 1);
                    s += prefix[o + hi + 1] - prefix[o + lo];
                    n += hi - lo + 1;
                }

                sums[(r * cols) + c] = s;
                counts[(r * cols) + c] = n;
            }
        }

        Parallelism.For(rows, Prefix, parallel);
        Parallelism.For(rows, Row, parallel);
        return (sums, counts);
    }
}
