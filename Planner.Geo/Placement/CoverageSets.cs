using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Planner.Geo.Placement;

/// <summary>
/// Which demand points each candidate covers, in compressed sparse rows: candidate c covers the demand indices
/// <c>Items[Offsets[c] .. Offsets[c + 1])</c>, ascending and distinct. <see cref="Weights"/> holds each demand point's
/// weight. Immutable once built (the arrays are not exposed for writing).
/// </summary>
public sealed class CoverageSets
{
    private readonly int[] offsets;
    private readonly int[] items;
    private readonly double[] weights;

    private CoverageSets(int[] offsets, int[] items, double[] weights)
    {
        this.offsets = offsets;
        this.items = items;
        this.weights = weights;
    }

    public int CandidateCount => offsets.Length - 1;

    public int DemandCount => weights.Length;

    /// <summary>Total number of (candidate, demand) pairs.</summary>
    public int PairCount => items.Length;

    public ReadOnlySpan<double> Weights => weights;

    public double TotalWeight => weights.Sum();

    /// <summary>Demand indices covered by <paramref name="candidate"/>, ascending.</summary>
    public ReadOnlySpan<int> Of(int candidate) => items.AsSpan(offsets[candidate], offsets[candidate + 1] - offsets[candidate]);

    /// <summary>Sum of the weights covered by <paramref name="candidate"/>.</summary>
    public double WeightOf(int candidate)
    {
        var sum = 0.0;
        foreach (var d in Of(candidate))
        {
            sum += weights[d];
        }

        return sum;
    }

    /// <summary>From explicit sets (each demand index in [0, weights.Length); duplicates removed, sorted).</summary>
    public static CoverageSets FromSets(IReadOnlyList<IReadOnlyCollection<int>> sets, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(weights);
        var w = new double[weights.Count];
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = Guard.Positive(weights[i], "weight");
        }

        var rows = new int[sets.Count][];
        for (var c = 0; c < sets.Count; c++)
        {
            var row = Guard.NotNull(sets[c], "set").Distinct().Order().ToArray();
            Guard.That(row.Length == 0 || (row[0] >= 0 && row[^1] < w.Length), "set", $"set {c}: demand indices must be in [0, {w.Length})");
            rows[c] = row;
        }

        return Pack(rows, w);
    }

    /// <summary>
    /// Builds the sets from candidate areas (working CRS, metres; Polygon/MultiPolygon, possibly empty) and demand
    /// points: a point is covered when it lies in the area or on its boundary. Points are bucketed on a square grid
    /// (cell = <paramref name="cellM"/>); each area tests only the points of the cells its envelope meets, with an
    /// indexed point-in-area locator. Runs in parallel over areas; the result does not depend on the parallelism.
    /// </summary>
    public static CoverageSets Build(IReadOnlyList<Geometry> areas, IReadOnlyList<DemandPoint> demand, double cellM = 25, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(demand);
        Guard.Positive(cellM, "cell_m");
        var grid = PointGrid.Build(demand, cellM);
        var rows = new int[areas.Count][];
        void One(int c)
        {
            var area = areas[c];
            rows[c] = area is null || area.IsEmpty ? [] : grid.Inside(area);
        }

        if (parallel && areas.Count > 1)
        {
            Parallel.For(0, areas.Count, One);
        }
        else
        {
            for (var c = 0; c < areas.Count; c++)
            {
                One(c);
            }
        }

        return Pack(rows, [.. demand.Select(d => d.Weight)]);
    }

    private static CoverageSets Pack(int[][] rows, double[] weights)
    {
        var offsets = new int[rows.Length + 1];
        for (var c = 0; c < rows.Length; c++)
        {
            offsets[c + 1] = checked(offsets[c] + rows[c].Length);
        }

        var items = new int[offsets[^1]];
        for (var c = 0; c < rows.Length; c++)
        {
            rows[c].CopyTo(items, offsets[c]);
        }

        return new CoverageSets(offsets, items, weights);
    }

    /// <summary>Demand points bucketed by grid cell (CSR over cells), for envelope queries.</summary>
    private sealed class PointGrid
    {
        private readonly double minX;
        private readonly double minY;
        private readonly double cell;
        private readonly int cols;
        private readonly int rowsCount;
        private readonly int[] start;
        private readonly int[] ids;
        private readonly double[] xs;
        private readonly double[] ys;

        private PointGrid(double minX, double minY, double cell, int cols, int rowsCount, int[] start, int[] ids, double[] xs, double[] ys)
        {
            this.minX = minX;
            this.minY = minY;
            this.cell = cell;
            this.cols = cols;
            this.rowsCount = rowsCount;
            this.start = start;
            this.ids = ids;
            this.xs = xs;
            this.ys = ys;
        }

        public static PointGrid Build(IReadOnlyList<DemandPoint> demand, double cell)
        {
            var n = demand.Count;
            var xs = new double[n];
            var ys = new double[n];
            double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
            for (var i = 0; i < n; i++)
            {
                xs[i] = demand[i].X;
                ys[i] = demand[i].Y;
                minX = Math.Min(minX, xs[i]);
                minY = Math.Min(minY, ys[i]);
                maxX = Math.Max(maxX, xs[i]);
                maxY = Math.Max(maxY, ys[i]);
            }

            if (n == 0)
            {
                return new PointGrid(0, 0, cell, 1, 1, [0, 0], [], xs, ys);
            }

            // At most about 4 million cells: a sparse, far-flung demand set gets coarser cells, never a huge table.
            cell = Math.Max(cell, Math.Sqrt((maxX - minX + cell) * (maxY - minY + cell) / 4e6));
            var cols = (int)Math.Floor((maxX - minX) / cell) + 1;
            var rows = (int)Math.Floor((maxY - minY) / cell) + 1;
            var key = new int[n];
            var start = new int[(cols * rows) + 1];
            for (var i = 0; i < n; i++)
            {
                var cx = Math.Min(cols - 1, (int)((xs[i] - minX) / cell));
                var cy = Math.Min(rows - 1, (int)((ys[i] - minY) / cell));
                key[i] = (cy * cols) + cx;
                start[key[i] + 1]++;
            }

            for (var k = 0; k < cols * rows; k++)
            {
                start[k + 1] += start[k];
            }

            var fill = start[..^1].ToArray();
            var ids = new int[n];
            for (var i = 0; i < n; i++)
            {
                ids[fill[key[i]]++] = i;
            }

            return new PointGrid(minX, minY, cell, cols, rows, start, ids, xs, ys);
        }

        public int[] Inside(Geometry area)
        {
            var env = area.EnvelopeInternal;
            var c0 = Math.Max(0, (int)Math.Floor((env.MinX - minX) / cell));
            var c1 = Math.Min(cols - 1, (int)Math.Floor((env.MaxX - minX) / cell));
            var r0 = Math.Max(0, (int)Math.Floor((env.MinY - minY) / cell));
            var r1 = Math.Min(rowsCount - 1, (int)Math.Floor((env.MaxY - minY) / cell));
            var result = new List<int>();
            IndexedPointInAreaLocator? locator = null;
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    var k = (r * cols) + c;
                    for (var j = start[k]; j < start[k + 1]; j++)
                    {
                        var i = ids[j];
                        if (!env.Intersects(xs[i], ys[i]))
                        {
                            continue;
                        }

                        locator ??= new IndexedPointInAreaLocator(area);
                        if (locator.Locate(new Coordinate(xs[i], ys[i])) != Location.Exterior)
                        {
                            result.Add(i);
                        }
                    }
                }
            }

            result.Sort();
            return [.. result];
        }
    }
}
