using System.Numerics;

namespace Planner.Geo.Hotspots;

/// <summary>
/// Sums of integer cell values over the distance band around every cell, clipped to the grid (no padding), as a
/// convolution: per-row prefix sums P, then for every row offset b of the band one vectorised pass over the whole
/// target row adding P[c + w_b + 1] − P[c − w_b] (exact in 64-bit integers; O(cells · band rows / vector width)).
/// Also the number of band cells inside the grid per cell (Σw).
/// </summary>
internal static class NeighbourSums
{
    public static (long[] Sums, int[] Counts) Compute(HotspotGrid grid, int[] values, DistanceBand band, bool parallel)
    {
        int cols = grid.Cols, rows = grid.Rows;
        var reach = band.Reach;
        // Each prefix row is padded with `pad` copies of 0 on the left and of the row total on the right, so that
        // P[c + w + 1] − P[c − w] clips the span to the grid without branches.
        var maxW = band.HalfWidth(0);
        var pad = maxW + 1;
        var stride = cols + 1 + (2 * pad);
        var prefix = new long[rows * stride];
        void Prefix(int r)
        {
            var o = (r * stride) + pad;
            long acc = 0;
            for (var c = 0; c < cols; c++)
            {
                acc += values[(r * cols) + c];
                prefix[o + c + 1] = acc;
            }

            for (var k = 1; k <= pad; k++)
            {
                prefix[o + cols + k] = acc;
            }
        }

        // Σw per cell depends only on the column and on which band rows fit above/below: one row per distinct case.
        var countRows = new Dictionary<(int, int), int[]>();
        for (var r = 0; r < rows; r++)
        {
            var key = (Math.Max(-reach, -r), Math.Min(reach, rows - 1 - r));
            if (!countRows.ContainsKey(key))
            {
                var row = new int[cols];
                for (var b = key.Item1; b <= key.Item2; b++)
                {
                    var w = band.HalfWidth(b);
                    for (var c = 0; c < cols; c++)
                    {
                        row[c] += Math.Min(cols - 1, c + w) - Math.Max(0, c - w) + 1;
                    }
                }

                countRows[key] = row;
            }
        }

        var sums = new long[grid.CellCount];
        var counts = new int[grid.CellCount];
        void Row(int r)
        {
            var target = sums.AsSpan(r * cols, cols);
            var bLo = Math.Max(-reach, -r);
            var bHi = Math.Min(reach, rows - 1 - r);
            for (var b = bLo; b <= bHi; b++)
            {
                var w = band.HalfWidth(b);
                var o = ((r + b) * stride) + pad;
                ReadOnlySpan<long> hi = prefix.AsSpan(o + w + 1, cols);
                ReadOnlySpan<long> lo = prefix.AsSpan(o - w, cols);
                SubtractAdd(target, hi, lo);
            }

            countRows[(bLo, bHi)].CopyTo(counts.AsSpan(r * cols, cols));
        }

        Parallelism.For(rows, Prefix, parallel);
        Parallelism.For(rows, Row, parallel);
        return (sums, counts);
    }

    private static void SubtractAdd(Span<long> target, ReadOnlySpan<long> hi, ReadOnlySpan<long> lo)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var n = Vector<long>.Count;
            for (; i + n <= target.Length; i += n)
            {
                var t = target.Slice(i, n);
                (new Vector<long>(t) + new Vector<long>(hi.Slice(i, n)) - new Vector<long>(lo.Slice(i, n))).CopyTo(t);
            }
        }

        for (; i < target.Length; i++)
        {
            target[i] += hi[i] - lo[i];
        }
    }
}
