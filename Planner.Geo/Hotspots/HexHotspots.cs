using NetTopologySuite.Geometries;
using Planner.Geo.Formats;

namespace Planner.Geo.Hotspots;

/// <summary>
/// Gi* hotspots on flat-topped hexagons for display. <c>size</c> = circumradius = side length in metres. Axial
/// coordinates (q, r): centre x = 1.5·size·q, y = √3·size·(r + q/2) in the working CRS (hexagons aligned to the CRS
/// origin, like the square grid). A point goes to the hexagon whose centre is nearest (cube rounding). The hexagons are
/// the rectangular block of columns q and offset rows o = r + (q − (q mod 2))/2 spanning the points. Gi* as for the
/// grid (<see cref="GetisOrd"/>): binary weights for centres at most <c>band</c> apart, self included, all hexagons of the
/// block, no padding; then BH FDR classes.
/// </summary>
public sealed record HexHotspotResult(double Size, int QMin, int OMin, int Cols, int Rows, int[] Counts, double[] Z, double[] P, HotspotClass[] Classes)
{
    private static readonly double Sqrt3 = Math.Sqrt(3);

    public int CellCount => Cols * Rows;

    /// <summary>Axial q and offset row o of hexagon <paramref name="index"/> (index = (o − OMin)·Cols + (q − QMin)).</summary>
    public (int Q, int O) Address(int index) => (QMin + (index % Cols), OMin + (index / Cols));

    public (double X, double Y) Centre(int index)
    {
        var (q, o) = Address(index);
        return (1.5 * Size * q, Sqrt3 * Size * (o + ((q & 1) / 2.0)));
    }

    public Polygon Polygon(int index, GeometryFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (cx, cy) = Centre(index);
        var ring = new Coordinate[7];
        for (var k = 0; k < 6; k++)
        {
            var a = Math.PI / 3 * k;
            ring[k] = new Coordinate(cx + (Size * Math.Cos(a)), cy + (Size * Math.Sin(a)));
        }

        ring[6] = ring[0].Copy();
        return factory.CreatePolygon(ring);
    }

    /// <summary>One polygon feature per hexagon with q, o, count, gi_z, gi_p, class.</summary>
    public IEnumerable<OutputFeature> Features()
    {
        var factory = new GeometryFactory();
        for (var i = 0; i < CellCount; i++)
        {
            var (q, o) = Address(i);
            yield return new OutputFeature(Polygon(i, factory),
            [
                new("q", q), new("o", o), new("count", Counts[i]), new("gi_z", Z[i]), new("gi_p", P[i]), new("class", Classes[i].ToContractName()),
            ]);
        }
    }
}

public static class HexHotspots
{
    private static readonly double Sqrt3 = Math.Sqrt(3);

    /// <summary>Axial (q, r) of the hexagon containing (x, y) for flat-topped hexagons of circumradius <paramref name="size"/>.</summary>
    public static (int Q, int R) AxialOf(double x, double y, double size)
    {
        var qf = 2.0 / 3 * x / size;
        var rf = ((-x / 3) + (Sqrt3 / 3 * y)) / size;
        var sf = -qf - rf;
        double q = Math.Round(qf), r = Math.Round(rf), s = Math.Round(sf);
        double dq = Math.Abs(q - qf), dr = Math.Abs(r - rf), ds = Math.Abs(s - sf);
        if (dq > dr && dq > ds)
        {
            q = -r - s;
        }
        else if (dr > ds)
        {
            r = -q - s;
        }

        return ((int)q, (int)r);
    }

    public static HexHotspotResult Compute(double[] xs, double[] ys, double size, double band)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        Guard.Positive(size, "hex_size");
        Guard.Positive(band, "band");
        Guard.That(xs.Length > 0 && xs.Length == ys.Length, "incidents", "at least one incident is needed");
        var qo = new (int Q, int O)[xs.Length];
        for (var i = 0; i < xs.Length; i++)
        {
            var (q, r) = AxialOf(xs[i], ys[i], size);
            qo[i] = (q, r + ((q - (q & 1)) / 2));
        }

        int qMin = qo.Min(a => a.Q), qMax = qo.Max(a => a.Q), oMin = qo.Min(a => a.O), oMax = qo.Max(a => a.O);
        int cols = qMax - qMin + 1, rows = oMax - oMin + 1;
        Guard.That((long)cols * rows <= HotspotGrid.MaxCells, "hex_size", "too many hexagons for the extent; use a larger size");
        var counts = new int[cols * rows];
        foreach (var (q, o) in qo)
        {
            counts[((o - oMin) * cols) + (q - qMin)]++;
        }

        // Stencils of (dq, do) within the band, one per parity of the centre column (offset rows shift odd columns).
        var stencils = new[] { Stencil(0, size, band), Stencil(1, size, band) };
        double n = counts.Length;
        var (mean, s) = GiStarFormula.Moments(counts);
        var z = new double[counts.Length];
        var p = new double[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            int qi = qMin + (i % cols), oi = oMin + (i / cols);
            long sum = 0;
            var w = 0;
            foreach (var (dq, dO) in stencils[qi & 1])
            {
                int c = (qi + dq) - qMin, r = (oi + dO) - oMin;
                if (c >= 0 && c < cols && r >= 0 && r < rows)
                {
                    sum += counts[(r * cols) + c];
                    w++;
                }
            }

            z[i] = GiStarFormula.Z(sum, w, n, mean, s);
            p[i] = z[i] == 0 ? 1 : NormalDistribution.TwoSidedP(z[i]);
        }

        return new HexHotspotResult(size, qMin, oMin, cols, rows, counts, z, p, FalseDiscoveryRate.Classify(z, p));
    }

    private static List<(int, int)> Stencil(int parity, double size, double band)
    {
        var list = new List<(int, int)>();
        var reachQ = (int)Math.Ceiling(band / (1.5 * size)) + 1;
        var reachO = (int)Math.Ceiling(band / (Sqrt3 * size)) + 2;
        var limit = band * band * (1 + 1e-9);
        for (var dq = -reachQ; dq <= reachQ; dq++)
        {
            for (var dO = -reachO; dO <= reachO; dO++)
            {
                var dx = 1.5 * size * dq;
                var dy = Sqrt3 * size * (dO + (((parity + dq) & 1) / 2.0) - (parity / 2.0));
                if ((dx * dx) + (dy * dy) <= limit)
                {
                    list.Add((dq, dO));
                }
            }
        }

        return list;
    }
}
