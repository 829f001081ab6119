namespace Planner.Geo.Crs;

/// <summary>
/// Transverse Mercator by the Poder/Engsager series (Krüger's n-series to 6th order with complex Clenshaw summation),
/// the algorithm PROJ uses for UTM (<c>+proj=utm</c>, <c>+algo=poder_engsager</c>). Agrees with PROJ to well below
/// 1e-6 m within a UTM zone and several zones beyond it (accuracy of the series: about 5 nm within 3 900 km of the
/// central meridian). Forward: lon/lat degrees (x = lon) → easting/northing metres; inverse the reverse.
/// Immutable; one instance per (ellipsoid, meridian, hemisphere).
/// </summary>
public sealed class ExactTransverseMercator
{
    private const int Order = 6;
    private const double Deg = Math.PI / 180;

    // Coefficients Gaussian ↔ geodetic latitude (cgb, cbg) and ellipsoidal ↔ spherical normalised N, E (utg, gtu).
    private readonly double[] cgb = new double[Order];
    private readonly double[] cbg = new double[Order];
    private readonly double[] utg = new double[Order];
    private readonly double[] gtu = new double[Order];
    private readonly double qn;
    private readonly double zb;
    private readonly double lon0;
    private readonly double falseEasting;
    private readonly double falseNorthing;

    /// <summary>
    /// A transverse Mercator projection on the ellipsoid (<paramref name="a"/> metres, inverse flattening
    /// <paramref name="inverseFlattening"/>), central meridian <paramref name="lon0Deg"/>, scale <paramref name="k0"/>,
    /// false easting/northing in metres; latitude of origin 0.
    /// </summary>
    public ExactTransverseMercator(double a, double inverseFlattening, double lon0Deg, double k0, double falseEasting, double falseNorthing)
    {
        Guard.Positive(a, "a");
        Guard.Positive(inverseFlattening, "inverse_flattening");
        lon0 = lon0Deg * Deg;
        this.falseEasting = falseEasting;
        this.falseNorthing = falseNorthing;
        var f = 1 / inverseFlattening;
        var n = f / (2 - f); // third flattening
        // PROJ's tmerc.cpp coefficients, as polynomials in n (H(n, c0, c1, …) = c0 + c1·n + c2·n² + …).
        cgb[0] = n * H(n, 2, -2 / 3.0, -2, 116 / 45.0, 26 / 45.0, -2854 / 675.0);
        cbg[0] = n * H(n, -2, 2 / 3.0, 4 / 3.0, -82 / 45.0, 32 / 45.0, 4642 / 4725.0);
        cgb[1] = n * n * H(n, 7 / 3.0, -8 / 5.0, -227 / 45.0, 2704 / 315.0, 2323 / 945.0);
        cbg[1] = n * n * H(n, 5 / 3.0, -16 / 15.0, -13 / 9.0, 904 / 315.0, -1522 / 945.0);
        cgb[2] = Math.Pow(n, 3) * H(n, 56 / 15.0, -136 / 35.0, -1262 / 105.0, 73814 / 2835.0);
        cbg[2] = Math.Pow(n, 3) * H(n, -26 / 15.0, 34 / 21.0, 8 / 5.0, -12686 / 2835.0);
        cgb[3] = Math.Pow(n, 4) * H(n, 4279 / 630.0, -332 / 35.0, -399572 / 14175.0);
        cbg[3] = Math.Pow(n, 4) * H(n, 1237 / 630.0, -12 / 5.0, -24832 / 14175.0);
        cgb[4] = Math.Pow(n, 5) * H(n, 4174 / 315.0, -144838 / 6237.0);
        cbg[4] = Math.Pow(n, 5) * H(n, -734 / 315.0, 109598 / 31185.0);
        cgb[5] = Math.Pow(n, 6) * (601676 / 22275.0);
        cbg[5] = Math.Pow(n, 6) * (444337 / 155925.0);

        var n2 = n * n;
        qn = k0 * a / (1 + n) * H(n2, 1, 1 / 4.0, 1 / 64.0, 1 / 256.0);

        utg[0] = n * H(n, -0.5, 2 / 3.0, -37 / 96.0, 1 / 360.0, 81 / 512.0, -96199 / 604800.0);
        gtu[0] = n * H(n, 0.5, -2 / 3.0, 5 / 16.0, 41 / 180.0, -127 / 288.0, 7891 / 37800.0);
        utg[1] = n2 * H(n, -1 / 48.0, -1 / 15.0, 437 / 1440.0, -46 / 105.0, 1118711 / 3870720.0);
        gtu[1] = n2 * H(n, 13 / 48.0, -3 / 5.0, 557 / 1440.0, 281 / 630.0, -1983433 / 1935360.0);
        utg[2] = Math.Pow(n, 3) * H(n, -17 / 480.0, 37 / 840.0, 209 / 4480.0, -5569 / 90720.0);
        gtu[2] = Math.Pow(n, 3) * H(n, 61 / 240.0, -103 / 140.0, 15061 / 26880.0, 167603 / 181440.0);
        utg[3] = Math.Pow(n, 4) * H(n, -4397 / 161280.0, 11 / 504.0, 830251 / 7257600.0);
        gtu[3] = Math.Pow(n, 4) * H(n, 49561 / 161280.0, -179 / 168.0, 6601661 / 7257600.0);
        utg[4] = Math.Pow(n, 5) * H(n, -4583 / 161280.0, 108847 / 3991680.0);
        gtu[4] = Math.Pow(n, 5) * H(n, 34729 / 80640.0, -3418889 / 1995840.0);
        utg[5] = Math.Pow(n, 6) * (-20648693 / 638668800.0);
        gtu[5] = Math.Pow(n, 6) * (212378941 / 319334400.0);

        // Latitude of origin 0: Gaussian latitude 0, so the northing offset Zb is 0 as well.
        var z = Gatg(cbg, 0);
        zb = -qn * (z + Clens(gtu, 2 * z));
    }

    /// <summary>UTM zone <paramref name="zone"/> (1–60) on GRS 80 (ETRS89, EPSG:258xx) or WGS 84 (EPSG:326xx/327xx).</summary>
    public static ExactTransverseMercator Utm(int zone, bool north, bool grs80) =>
        new(6378137, grs80 ? 298.257222101 : 298.257223563, -183 + (6 * zone), 0.9996, 500000, north ? 0 : 10000000);

    /// <summary>lon/lat degrees → easting/northing metres.</summary>
    public (double X, double Y) Forward(double lonDeg, double latDeg)
    {
        var lam = (lonDeg * Deg) - lon0;
        lam = Math.IEEERemainder(lam, 2 * Math.PI);
        var cn = Gatg(cbg, latDeg * Deg);
        var sinCn = Math.Sin(cn);
        var cosCn = Math.Cos(cn);
        var sinCe = Math.Sin(lam);
        var cosCe = Math.Cos(lam);
        cn = Math.Atan2(sinCn, cosCe * cosCn);
        var ce = Math.Atan2(sinCe * cosCn, double.Hypot(sinCn, cosCn * cosCe));
        ce = Math.Asinh(Math.Tan(ce));
        var (dCn, dCe) = ClenS(gtu, 2 * cn, 2 * ce);
        cn += dCn;
        ce += dCe;
        return ((qn * ce) + falseEasting, (qn * cn) + zb + falseNorthing);
    }

    /// <summary>Easting/northing metres → lon/lat degrees.</summary>
    public (double Lon, double Lat) Inverse(double x, double y)
    {
        var cn = (y - falseNorthing - zb) / qn;
        var ce = (x - falseEasting) / qn;
        var (dCn, dCe) = ClenS(utg, 2 * cn, 2 * ce);
        cn += dCn;
        ce += dCe;
        ce = Math.Atan(Math.Sinh(ce));
        var sinCn = Math.Sin(cn);
        var cosCn = Math.Cos(cn);
        var sinCe = Math.Sin(ce);
        var cosCe = Math.Cos(ce);
        ce = Math.Atan2(sinCe, cosCe * cosCn);
        cn = Math.Atan2(sinCn * cosCe, double.Hypot(sinCe, cosCe * cosCn));
        var lat = Gatg(cgb, cn);
        return (((ce + lon0) / Deg), lat / Deg);
    }

    /// <summary>Horner: c[0] + c[1]·x + c[2]·x² + ….</summary>
    private static double H(double x, params double[] c)
    {
        var r = 0.0;
        for (var k = c.Length - 1; k >= 0; k--)
        {
            r = (r * x) + c[k];
        }

        return r;
    }

    /// <summary>Real Clenshaw summation of B + Σ p[k] sin(2(k+1)B).</summary>
    private static double Gatg(double[] p, double b)
    {
        var cos2B = 2 * Math.Cos(2 * b);
        double h = 0, h2 = 0;
        var h1 = p[^1];
        for (var k = p.Length - 2; k >= 0; k--)
        {
            h = -h2 + (cos2B * h1) + p[k];
            h2 = h1;
            h1 = h;
        }

        return b + (p.Length == 1 ? h1 : h) * Math.Sin(2 * b);
    }

    /// <summary>Real Clenshaw summation of Σ a[k] sin((k+1)·arg).</summary>
    private static double Clens(double[] a, double arg)
    {
        var r = 2 * Math.Cos(arg);
        double hr1 = 0;
        var hr = a[^1];
        for (var k = a.Length - 2; k >= 0; k--)
        {
            var hr2 = hr1;
            hr1 = hr;
            hr = -hr2 + (r * hr1) + a[k];
        }

        return Math.Sin(arg) * hr;
    }

    /// <summary>Complex Clenshaw summation of Σ a[k] sin((k+1)·(argR + i·argI)); returns (real, imaginary).</summary>
    private static (double R, double I) ClenS(double[] a, double argR, double argI)
    {
        var sinR = Math.Sin(argR);
        var cosR = Math.Cos(argR);
        var sinhI = Math.Sinh(argI);
        var coshI = Math.Cosh(argI);
        var r = 2 * cosR * coshI;
        var i = -2 * sinR * sinhI;
        double hi1 = 0, hr1 = 0, hi = 0;
        var hr = a[^1];
        for (var k = a.Length - 2; k >= 0; k--)
        {
            var hr2 = hr1;
            var hi2 = hi1;
            hr1 = hr;
            hi1 = hi;
            hr = -hr2 + (r * hr1) - (i * hi1) + a[k];
            hi = -hi2 + (i * hr1) + (r * hi1);
        }

        r = sinR * coshI;
        i = cosR * sinhI;
        return ((r * hr) - (i * hi), (r * hi) + (i * hr));
    }
}
