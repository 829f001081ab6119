using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Planner.Geo.Coverage;

/// <summary>
/// Areas inside an axis-aligned box (working CRS, metres) of the ground covered by at least one and by at least two
/// of a set of valid polygons, by a horizontal sweep over their edges: no overlay and no noding.
/// <para>Each ring edge carries a winding step (+1 where scanning left to right enters a polygon's interior, −1 where it
/// leaves; a hole's ring the opposite way), so the sum of the steps left of a point is the number of polygons covering
/// it. Between two consecutive event heights — vertex heights, plus the heights where two edges cross, found as the
/// inversions between the edges' order at the bottom and at the top of a slab — no two edges cross, so the covered
/// length of a horizontal line is linear in its height and the slab's area is the mean of its two ends times the
/// height (exact: the trapezoid rule on a linear function). Edges left of the box act as vertical edges on its left
/// side (they only shift the count), edges right of it are dropped.</para>
/// <para>Near-coincident or nearly crossing edges (views sharing a building wall) can only be ordered wrongly over a
/// width of the distance between them, so rounding changes the area by about that distance times the slab height —
/// no topology is built that could fail. Coordinates are taken relative to the box's lower-left corner to keep the
/// arithmetic's magnitude small.</para>
/// </summary>
internal static class CoverageSweep
{
    /// <summary>Covered area (m²) inside the box at least once and at least twice.</summary>
    internal readonly record struct Areas(double AtLeastOnce, double AtLeastTwice);

    public static Areas Measure(IEnumerable<Geometry> parts, Envelope box)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(box);
        var edges = new EdgeSet(box);
        foreach (var part in parts)
        {
            edges.Add(SweepRings.Of(part));
        }

        edges.FoldLeft();
        return edges.Count == 0 ? default : new Sweep(edges).Run();
    }

    /// <summary>The edges of the polygons clipped to the box's height and folded at its sides, box-relative.</summary>
    private sealed class EdgeSet(Envelope box)
    {
        private readonly double originX = box.MinX;
        private readonly double originY = box.MinY;
        private readonly List<(double Y, int Change)> left = [];

        public double Width { get; } = box.Width;

        public double Height { get; } = box.Height;

        public List<double> Y0 { get; } = [];

        public List<double> Y1 { get; } = [];

        public List<double> X0 { get; } = [];

        public List<double> X1 { get; } = [];

        public List<int> Step { get; } = [];

        public int Count => Step.Count;


        /// <summary>
        /// The parts left of the box as one vertical edge on its left side per run of constant net winding: consecutive
        /// parts of a ring cancel at their shared heights, so a view mostly left of the box adds a few edges, not all of
        /// its own.
        /// </summary>
        public EdgeSet FoldLeft()
        {
            left.Sort((a, b) => a.Y.CompareTo(b.Y));
            var net = 0;
            var from = 0.0;
            for (var i = 0; i < left.Count;)
            {
                var y = left[i].Y;
                var before = net;
                for (; i < left.Count && left[i].Y == y; i++)
                {
                    net += left[i].Change;
                }

                if (net == before)
                {
                    continue;
                }

                if (before != 0 && y > from)
                {
                    Y0.Add(from);
                    Y1.Add(y);
                    X0.Add(0);
                    X1.Add(0);
                    Step.Add(before);
                }

                from = y;
            }

            left.Clear();
            return this;
        }

        public void Add(SweepRings shape)
        {
            foreach (var ring in shape.Rings)
            {
                if (ring.MaxY > originY && ring.MinY < originY + Height && ring.MinX < originX + Width)
                {
                    AddRing(ring);
                }
            }
        }

        private void AddRing(SweepRings.Ring ring)
        {
            var xy = ring.Coordinates;
            var sign = ring.Sign;
            var top = Height;
            var px = xy[0] - originX;
            var py = xy[1] - originY;
            for (var i = 2; i < xy.Length; i += 2)
            {
                var qx = xy[i] - originX;
                var qy = xy[i + 1] - originY;

                // Most edges of a view lie wholly above or below a tile: rejected before any arithmetic on them.
                if (!((py <= 0 && qy <= 0) || (py >= top && qy >= top)))
                {
                    if (qy < py)
                    {
                        AddEdge(qx, qy, px, py, sign);
                    }
                    else if (qy > py)
                    {
                        AddEdge(px, py, qx, qy, -sign);
                    }
                }

                px = qx;
                py = qy;
            }
        }

        /// <summary>An edge from (x0, y0) up to (x1, y1), y0 &lt; y1, with its winding step.</summary>
        private void AddEdge(double x0, double y0, double x1, double y1, int step)
        {
            if (y1 <= 0 || y0 >= Height || Math.Min(x0, x1) >= Width)
            {
                return;
            }

            var slope = (x1 - x0) / (y1 - y0);
            var ya = Math.Max(y0, 0);
            var yb = Math.Min(y1, Height);
            var xa = ya == y0 ? x0 : x0 + ((ya - y0) * slope);
            var xb = yb == y1 ? x1 : x0 + ((yb - y0) * slope);
            if (ya >= yb)
            {
                return;
            }

            // Split where the edge crosses the box's sides, so each part lies left of, inside or right of the box.
            Span<double> cutY = stackalloc double[2];
            Span<double> cutX = stackalloc double[2];
            var n = 0;
            foreach (var side in (ReadOnlySpan<double>)[0, Width])
            {
                if ((xa - side) * (xb - side) < 0)
                {
                    cutY[n] = Math.Clamp(ya + ((side - xa) * (yb - ya) / (xb - xa)), ya, yb);
                    cutX[n++] = side;
                }
            }

            if (n == 2 && cutY[1] < cutY[0])
            {
                (cutY[0], cutY[1]) = (cutY[1], cutY[0]);
                (cutX[0], cutX[1]) = (cutX[1], cutX[0]);
            }

            var s = ya;
            var xs = xa;
            for (var k = 0; k < n; k++)
            {
                Piece(s, xs, cutY[k], cutX[k], step);
                s = cutY[k];
                xs = cutX[k];
            }

            Piece(s, xs, yb, xb, step);
        }

        private void Piece(double s, double xs, double t, double xt, int step)
        {
            if (t <= s)
            {
                return;
            }

            var mid = (xs + xt) / 2;
            if (mid >= Width)
            {
                return;
            }

            if (mid <= 0)
            {
                left.Add((s, step));
                left.Add((t, -step));
                return;
            }

            Y0.Add(s);
            Y1.Add(t);
            X0.Add(Math.Clamp(xs, 0, Width));
            X1.Add(Math.Clamp(xt, 0, Width));
            Step.Add(step);
        }
    }

    /// <summary>The slab sweep over an <see cref="EdgeSet"/>.</summary>
    private sealed class Sweep
    {
        private readonly double width;
        private readonly double[] y0;
        private readonly double[] y1;
        private readonly double[] x0;
        private readonly double[] x1;
        private readonly double[] slope;
        private readonly int[] step;
        private readonly int[] byStart;
        private readonly double[] bottom;
        private readonly double[] top;
        private readonly double[] at;
        private readonly int[] active;
        private readonly List<double> crossings = [];
        private int count;

        public Sweep(EdgeSet edges)
        {
            width = edges.Width;
            y0 = [.. edges.Y0];
            y1 = [.. edges.Y1];
            x0 = [.. edges.X0];
            x1 = [.. edges.X1];
            step = [.. edges.Step];
            var n = step.Length;
            slope = new double[n];
            for (var i = 0; i < n; i++)
            {
                slope[i] = (x1[i] - x0[i]) / (y1[i] - y0[i]);
            }

            byStart = [.. Enumerable.Range(0, n)];
            Array.Sort([.. y0], byStart);
            bottom = new double[n];
            top = new double[n];
            at = new double[n];
            active = new int[n];
        }

        public Areas Run()
        {
            var heights = new double[y0.Length * 2];
            y0.CopyTo(heights, 0);
            y1.CopyTo(heights, y0.Length);
            Array.Sort(heights);
            double once = 0, twice = 0;
            var next = 0;
            for (var h = 0; h < heights.Length - 1; h++)
            {
                var lo = heights[h];
                var hi = heights[h + 1];
                if (hi <= lo)
                {
                    continue;
                }

                Retire(lo);
                while (next < byStart.Length && y0[byStart[next]] <= lo)
                {
                    active[count++] = byStart[next++];
                }

                if (count == 0)
                {
                    continue;
                }

                var (a, b) = Slab(lo, hi);
                once += a;
                twice += b;
            }

            return new Areas(once, twice);
        }

        private void Retire(double lo)
        {
            var kept = 0;
            for (var i = 0; i < count; i++)
            {
                if (y1[active[i]] > lo)
                {
                    active[kept++] = active[i];
                }
            }

            count = kept;
        }

        private double X(int e, double y) => y <= y0[e] ? x0[e] : y >= y1[e] ? x1[e] : x0[e] + ((y - y0[e]) * slope[e]);

        /// <summary>Covered areas of the slab [lo, hi] whose active edges are <c>active[0..count)</c>.</summary>
        private (double Once, double Twice) Slab(double lo, double hi)
        {
            for (var i = 0; i < count; i++)
            {
                var e = active[i];
                bottom[e] = X(e, lo);
                top[e] = X(e, hi);
            }

            SortBy(bottom, top);
            crossings.Clear();
            SortByTopRecordingCrossings(lo, hi);
            if (crossings.Count == 0)
            {
                var (a0, b0) = Lengths(bottom);
                var (a1, b1) = Lengths(top);
                var dy = hi - lo;
                return ((a0 + a1) / 2 * dy, (b0 + b1) / 2 * dy);
            }

            // The order changes inside the slab: each part between crossing heights is linear, measured at its middle.
            crossings.Add(hi);
            crossings.Sort();
            double once = 0, twice = 0;
            var s = lo;
            foreach (var t in crossings)
            {
                if (t <= s)
                {
                    continue;
                }

                var mid = (s + t) / 2;
                for (var i = 0; i < count; i++)
                {
                    at[active[i]] = X(active[i], mid);
                }

                SortBy(at, null);
                var (a, b) = Lengths(at);
                once += a * (t - s);
                twice += b * (t - s);
                s = t;
            }

            return (once, twice);
        }

        /// <summary>Insertion sort of the active edges by key (then by the tie-breaker): the order is nearly kept between slabs.</summary>
        private void SortBy(double[] key, double[]? tie)
        {
            for (var i = 1; i < count; i++)
            {
                var e = active[i];
                var j = i - 1;
                while (j >= 0 && (key[active[j]] > key[e] || (tie is not null && key[active[j]] == key[e] && tie[active[j]] > tie[e])))
                {
                    active[j + 1] = active[j];
                    j--;
                }

                active[j + 1] = e;
            }
        }

        /// <summary>
        /// Re-sorts the active edges (sorted by bottom x) by top x; every pair passed is an inversion, i.e. two edges that
        /// cross inside the slab, and its crossing height is recorded.
        /// </summary>
        private void SortByTopRecordingCrossings(double lo, double hi)
        {
            for (var i = 1; i < count; i++)
            {
                var e = active[i];
                var j = i - 1;
                while (j >= 0 && top[active[j]] > top[e])
                {
                    var f = active[j];
                    var gapBottom = bottom[e] - bottom[f];
                    var t = gapBottom / (gapBottom + (top[f] - top[e]));
                    crossings.Add(lo + (Math.Clamp(t, 0, 1) * (hi - lo)));
                    active[j + 1] = f;
                    j--;
                }

                active[j + 1] = e;
            }
        }

        /// <summary>Length of a horizontal line inside the box covered at least once and at least twice, edges at <paramref name="x"/>.</summary>
        private (double Once, double Twice) Lengths(double[] x)
        {
            double once = 0, twice = 0, prev = 0;
            var cover = 0;
            for (var i = 0; i < count; i++)
            {
                var e = active[i];
                var here = x[e];
                if (cover >= 1)
                {
                    once += here - prev;
                    if (cover >= 2)
                    {
                        twice += here - prev;
                    }
                }

                cover += step[e];
                prev = here;
            }

            if (cover >= 1)
            {
                once += width - prev;
                if (cover >= 2)
                {
                    twice += width - prev;
                }
            }

            return (once, twice);
        }
    }
}
