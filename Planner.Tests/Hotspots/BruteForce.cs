using Planner.Geo.Hotspots;

namespace Planner.Tests.Hotspots;

/// <summary>Independent textbook references: per-point sums and explicit neighbour lists, no shared code with the engine.</summary>
internal static class BruteForce
{
    /// <summary>Quartic KDE at (cx, cy) in incidents per km²: Σ 3/(π r²)(1 − d²/r²)² over d &lt; r, × 1e6.</summary>
    public static double Quartic(double[] xs, double[] ys, double cx, double cy, double r)
    {
        var sum = 0.0;
        for (var i = 0; i < xs.Length; i++)
        {
            var d = Math.Sqrt(((cx - xs[i]) * (cx - xs[i])) + ((cy - ys[i]) * (cy - ys[i])));
            if (d < r)
            {
                var u = 1 - (d * d / (r * r));
                sum += 3 / (Math.PI * r * r) * u * u;
            }
        }

        return sum * 1e6;
    }

    /// <summary>Gi* z for every cell of a grid given by centres and values, from explicit neighbour lists (distance ≤ band).</summary>
    public static double[] GiStar(double[] cx, double[] cy, double[] x, double band)
    {
        var n = x.Length;
        var mean = x.Average();
        var s = Math.Sqrt((x.Sum(v => v * v) / n) - (mean * mean));
        var z = new double[n];
        for (var i = 0; i < n; i++)
        {
            var neighbours = new List<int>();
            for (var j = 0; j < n; j++)
            {
                if (Math.Sqrt(((cx[i] - cx[j]) * (cx[i] - cx[j])) + ((cy[i] - cy[j]) * (cy[i] - cy[j]))) <= band + 1e-9)
                {
                    neighbours.Add(j);
                }
            }

            double sw = neighbours.Count, sw2 = neighbours.Count;
            var swx = neighbours.Sum(j => x[j]);
            z[i] = (swx - (mean * sw)) / (s * Math.Sqrt(((n * sw2) - (sw * sw)) / (n - 1)));
        }

        return z;
    }

    /// <summary>Benjamini–Hochberg rejections at q, the textbook way: full sort, largest k with p(k) ≤ kq/m.</summary>
    public static bool[] BenjaminiHochberg(double[] p, double q)
    {
        var m = p.Length;
        var order = Enumerable.Range(0, m).OrderBy(i => p[i]).ToArray();
        var kMax = 0;
        for (var k = 1; k <= m; k++)
        {
            if (p[order[k - 1]] <= k * q / m)
            {
                kMax = k;
            }
        }

        var reject = new bool[m];
        for (var k = 0; k < kMax; k++)
        {
            reject[order[k]] = true;
        }

        return reject;
    }

    /// <summary>Centres of all grid cells, row-major.</summary>
    public static (double[] X, double[] Y) Centres(HotspotGrid g)
    {
        var x = new double[g.CellCount];
        var y = new double[g.CellCount];
        for (var i = 0; i < g.CellCount; i++)
        {
            x[i] = g.CentreX(i % g.Cols);
            y[i] = g.CentreY(i / g.Cols);
        }

        return (x, y);
    }
}
