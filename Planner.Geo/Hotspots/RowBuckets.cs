namespace Planner.Geo.Hotspots;

/// <summary>
/// Points sorted by the grid row they fall in (counting sort), for row-wise gathers. Rows from −reach to
/// Rows−1+reach are kept; points further outside the grid cannot reach any cell centre and are dropped.
/// </summary>
internal sealed class RowBuckets
{
    private readonly int[] _start;
    private readonly int _reach;

    private RowBuckets(double[] x, double[] y, long[] col, int[] start, int reach)
    {
        X = x;
        Y = y;
        Col = col;
        _start = start;
        _reach = reach;
    }

    public double[] X { get; }

    public double[] Y { get; }

    /// <summary>Local grid column of each point (may lie outside 0 … Cols−1).</summary>
    public long[] Col { get; }

    public static RowBuckets Build(HotspotGrid grid, ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, int reach)
    {
        var slots = grid.Rows + (2 * reach);
        var start = new int[slots + 1];
        var bucket = new int[xs.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            var r = grid.RowOf(ys[i]) + reach;
            var b = r < 0 || r >= slots ? -1 : (int)r;
            bucket[i] = b;
            if (b >= 0)
            {
                start[b + 1]++;
            }
        }

        for (var s = 0; s < slots; s++)
        {
            start[s + 1] += start[s];
        }

        var fill = start.AsSpan(0, slots).ToArray();
        var x = new double[start[slots]];
        var y = new double[start[slots]];
        var col = new long[start[slots]];
        for (var i = 0; i < xs.Length; i++)
        {
            var b = bucket[i];
            if (b >= 0)
            {
                var k = fill[b]++;
                x[k] = xs[i];
                y[k] = ys[i];
                col[k] = grid.ColOf(xs[i]);
            }
        }

        return new RowBuckets(x, y, col, start, reach);
    }

    /// <summary>Index range [from, to) in <see cref="X"/>/<see cref="Y"/> of the points in local grid row <paramref name="row"/> (empty outside the kept rows).</summary>
    public (int From, int To) Range(int row)
    {
        var s = row + _reach;
        return s < 0 || s >= _start.Length - 1 ? (0, 0) : (_start[s], _start[s + 1]);
    }
}
