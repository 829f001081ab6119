using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Planner.Geo.Hotspots;

/// <summary>Kernel of the density surface.</summary>
public enum KdeKernel
{
    /// <summary>Quartic (biweight) kernel 3/(π r²)·(1 − d²/r²)² for d &lt; r, as QGIS and ArcGIS: the contract's density.</summary>
    Quartic = 0,

    /// <summary>Gaussian kernel 1/(2π σ²)·exp(−d²/(2σ²)) with σ = bandwidth, truncated at 4σ, points binned to cell centres.</summary>
    Gaussian = 1,
}

/// <summary>
/// Kernel density on the cell centres of a <see cref="HotspotGrid"/>, in incidents per km² (the kernels integrate to 1
/// per m²; results are × 10⁶). Coordinates in the working CRS, metres.
/// </summary>
public static class KernelDensity
{
    private const double PerKm2 = 1e6;

    /// <summary>The density of <paramref name="kernel"/> at every cell centre (row-major, see <see cref="HotspotGrid"/>).</summary>
    public static double[] Compute(HotspotGrid grid, double[] xs, double[] ys, double bandwidth, KdeKernel kernel, bool parallel = true) =>
        kernel switch
        {
            KdeKernel.Quartic => Quartic(grid, xs, ys, bandwidth, parallel),
            KdeKernel.Gaussian => Gaussian(grid, grid.Count(xs, ys), bandwidth, parallel),
            _ => throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "unknown kernel"),
        };

    /// <summary>
    /// Quartic KDE at the cell centres, exactly the per-point definition Σ 3/(π r²)·(1 − d²/r²)² over the points with
    /// d &lt; r (a point at exactly d = r adds (1 − 1)² = 0, so the boundary choice does not change the value), × 10⁶.
    /// No binning moves a point: for each target row and each source row within r, every point of the source row adds
    /// its kernel to a fixed span of columns around its own column (the widest chord of the disk over that source row,
    /// so no square root per point); lanes outside the disk are masked to 0. Summation order and the incremental dx
    /// differ from a naive loop by rounding only (≈ 1e-13 relative). Rows run in parallel; the result does not depend
    /// on the number of threads.
    /// </summary>
    public static double[] Quartic(HotspotGrid grid, double[] xs, double[] ys, double bandwidth, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        Guard.Positive(bandwidth, "bandwidth");
        Guard.That(xs.Length == ys.Length, "incidents", "x and y must have the same length");
        var h = grid.CellSize;
        var r2 = bandwidth * bandwidth;
        var reach = (int)Math.Ceiling(bandwidth / h) + 1;
        var buckets = RowBuckets.Build(grid, xs, ys, reach);
        var density = new double[grid.CellCount];
        var cols = grid.Cols;
        var lanes = Vector<double>.Count;
        var maxSpan = (int)Math.Floor(bandwidth / h) + 2;
        var padLeft = (2 * maxSpan) + 1;

        // Half-width in columns of the span for source-row offset b: the chord at the nearest y of that row, + 1
        // column for the point's offset inside its own cell. Null when the whole row is at least r away.
        var spans = new int?[(2 * reach) + 1];
        for (var b = -reach; b <= reach; b++)
        {
            var dyMin = Math.Max(0, Math.Abs(b) - 0.5) * h;
            spans[b + reach] = dyMin * dyMin >= r2 ? null : (int)Math.Floor(Math.Sqrt(r2 - (dyMin * dyMin)) / h) + 1;
        }

        void Row(int row)
        {
            var cy = grid.CentreY(row);
            // The row with spare slots on both sides, so that spans run in whole vectors without clipping: what falls
            // outside 0 … cols − 1 is dropped.
            var buffer = new double[padLeft + cols + (2 * maxSpan) + lanes + 8];
            var x0 = grid.CentreX(0);
            for (var s = row - reach; s <= row + reach; s++)
            {
                if (spans[s - row + reach] is not { } w)
                {
                    continue;
                }

                var (from, to) = buckets.Range(s);
                for (var i = from; i < to; i++)
                {
                    var dy = cy - buckets.Y[i];
                    var dy2 = dy * dy;
                    var c = buckets.Col[i];
                    if (dy2 >= r2 || c < -w || c >= cols + w)
                    {
                        continue;
                    }

                    var first = (int)c - w;
                    var dx0 = x0 + (first * h) - buckets.X[i];
                    AddSpan(buffer, first + padLeft, (2 * w) + 1, dx0, h, dy2, r2);
                }
            }

            buffer.AsSpan(padLeft, cols).CopyTo(density.AsSpan(row * cols, cols));
        }

        Parallelism.For(grid.Rows, Row, parallel);
        var scale = 3.0 / (Math.PI * r2) * PerKm2;
        for (var k = 0; k < density.Length; k++)
        {
            density[k] *= scale;
        }

        return density;
    }

    // Adds (1 − (dx² + dy²)/r²)² where dx² + dy² < r² to target[start …] for `count` columns (rounded up to whole
    // vectors; the extra lanes are outside the disk or in the spare slots); dx of the first column is dx0, then + h.
    private static void AddSpan(double[] target, int start, int count, double dx0, double h, double dy2, double r2)
    {
        var inv = 1.0 / r2;
        if (!Vector.IsHardwareAccelerated)
        {
            for (var k = 0; k < count; k++)
            {
                var d = dx0 + (k * h);
                var q = (d * d) + dy2;
                if (q < r2)
                {
                    var t = 1.0 - (q * inv);
                    target[start + k] += t * t;
                }
            }

            return;
        }

        if (Fma.IsSupported && Avx.IsSupported)
        {
            AddSpanFma(target, start, count, dx0, h, dy2, r2, inv);
            return;
        }

        var n = Vector<double>.Count;
        var dx = new Vector<double>(dx0) + (LaneIndex * new Vector<double>(h));
        var step = new Vector<double>(n * h);
        var vdy2 = new Vector<double>(dy2);
        var vr2 = new Vector<double>(r2);
        var vinv = new Vector<double>(inv);
        var one = Vector<double>.One;
        var end = start + count;
        for (var j = start; j < end; j += n)
        {
            var q = (dx * dx) + vdy2;
            var t = one - (q * vinv);
            var add = Vector.ConditionalSelect(Vector.LessThan(q, vr2), t * t, Vector<double>.Zero);
            var slot = target.AsSpan(j, n);
            (new Vector<double>(slot) + add).CopyTo(slot);
            dx += step;
        }
    }

    // The same with AVX2 fused multiply-adds: t = 1 − q/r² and the accumulation fused (rounding differs from the
    // portable path by ≤ 1 ulp per operation).
    private static void AddSpanFma(double[] target, int start, int count, double dx0, double h, double dy2, double r2, double inv)
    {
        var dx = Vector256.Create(dx0) + (Vector256.Create(0.0, 1, 2, 3) * Vector256.Create(h));
        var step = Vector256.Create(4 * h);
        var vdy2 = Vector256.Create(dy2);
        var vr2 = Vector256.Create(r2);
        var vinv = Vector256.Create(inv);
        var one = Vector256<double>.One;
        ref var t0 = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(target);
        var end = start + count;
        if (start < 0 || end + 3 >= target.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "span runs past the padded row");
        }

        for (var j = start; j < end; j += 4)
        {
            var q = Fma.MultiplyAdd(dx, dx, vdy2);
            var t = Fma.MultiplyAddNegated(q, vinv, one);
            t = Avx.And(t, Avx.CompareLessThan(q, vr2));
            ref var slot = ref System.Runtime.CompilerServices.Unsafe.Add(ref t0, j);
            var acc = Vector256.LoadUnsafe(ref slot);
            Fma.MultiplyAdd(t, t, acc).StoreUnsafe(ref slot);
            dx += step;
        }
    }

    private static readonly Vector<double> LaneIndex = CreateLaneIndex();

    private static Vector<double> CreateLaneIndex()
    {
        var a = new double[Vector<double>.Count];
        for (var l = 0; l < a.Length; l++)
        {
            a[l] = l;
        }

        return new Vector<double>(a);
    }

    /// <summary>
    /// Gaussian KDE with σ = <paramref name="bandwidth"/> from binned counts: each incident is moved to its cell centre
    /// (at most s/√2 away) and the counts are smoothed by two separable passes with exp(−(k·s)²/(2σ²)), |k·s| ≤ 4σ
    /// (the truncated tails hold &lt; 7e-5 of the mass per axis). Result × 1/(2πσ²) × 10⁶ = incidents per km².
    /// </summary>
    public static double[] Gaussian(HotspotGrid grid, int[] counts, double bandwidth, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Guard.Positive(bandwidth, "bandwidth");
        Guard.That(counts.Length == grid.CellCount, "counts", "counts must have one value per grid cell");
        var h = grid.CellSize;
        var sigma = bandwidth;
        var reach = (int)Math.Ceiling(4 * sigma / h);
        var weights = new double[(2 * reach) + 1];
        for (var k = -reach; k <= reach; k++)
        {
            var d = k * h;
            weights[k + reach] = Math.Exp(-(d * d) / (2 * sigma * sigma));
        }

        int cols = grid.Cols, rows = grid.Rows;
        var horizontal = new double[grid.CellCount];
        void HorizontalRow(int row)
        {
            var src = counts.AsSpan(row * cols, cols);
            var dst = horizontal.AsSpan(row * cols, cols);
            for (var c = 0; c < cols; c++)
            {
                var n = src[c];
                if (n == 0)
                {
                    continue;
                }

                var lo = Math.Max(0, c - reach);
                var hi = Math.Min(cols - 1, c + reach);
                for (var j = lo; j <= hi; j++)
                {
                    dst[j] += n * weights[j - c + reach];
                }
            }
        }

        var result = new double[grid.CellCount];
        // Vertical pass: output row r gathers rows r−reach … r+reach; rows are independent, vectorised along x.
        void VerticalRow(int row)
        {
            var dst = result.AsSpan(row * cols, cols);
            var lo = Math.Max(0, row - reach);
            var hi = Math.Min(rows - 1, row + reach);
            for (var s = lo; s <= hi; s++)
            {
                var wgt = weights[s - row + reach];
                var src = horizontal.AsSpan(s * cols, cols);
                AddScaled(dst, src, wgt);
            }
        }

        Parallelism.For(rows, HorizontalRow, parallel);
        Parallelism.For(rows, VerticalRow, parallel);
        var scale = PerKm2 / (2 * Math.PI * sigma * sigma);
        for (var k = 0; k < result.Length; k++)
        {
            result[k] *= scale;
        }

        return result;
    }

    private static void AddScaled(Span<double> dst, ReadOnlySpan<double> src, double w)
    {
        var j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var n = Vector<double>.Count;
            var vw = new Vector<double>(w);
            for (; j + n <= dst.Length; j += n)
            {
                var d = dst.Slice(j, n);
                (new Vector<double>(d) + (new Vector<double>(src.Slice(j, n)) * vw)).CopyTo(d);
            }
        }

        for (; j < dst.Length; j++)
        {
            dst[j] += src[j] * w;
        }
    }
}
