namespace Planner.Geo.Hotspots;

/// <summary>
/// The complementary error function and normal tail probabilities, accurate to about 1e-15 relative
/// (W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23, 1969; the
/// coefficients of his tables for the three ranges |x| ≤ 0.46875, ≤ 4, &gt; 4).
/// </summary>
public static class NormalDistribution
{
    private const double InvSqrtPi = 0.56418958354775628695;

    private static readonly double[] P1 = [3.209377589138469472562e+3, 3.774852376853020208137e+2, 1.138641541510501556495e+2, 3.161123743870565596947e+0, 1.857777061846031526730e-1];
    private static readonly double[] Q1 = [2.844236833439170622273e+3, 1.282616526077372275645e+3, 2.440246379344441733056e+2, 2.360129095234412093499e+1, 1.0];
    private static readonly double[] P2 =
    [
        1.23033935479799725272e+3, 2.05107837782607146532e+3, 1.71204761263407058314e+3, 8.81952221241769090411e+2, 2.98635138197400131132e+2,
        6.61191906371416294775e+1, 8.88314979438837594118e+0, 5.64188496988670089180e-1, 2.15311535474403846343e-8,
    ];

    private static readonly double[] Q2 =
    [
        1.23033935480374942043e+3, 3.43936767414372163696e+3, 4.36261909014324715820e+3, 3.29079923573345962678e+3, 1.62138957456669018874e+3,
        5.37181101862009857509e+2, 1.17693950891312499305e+2, 1.57449261107098347253e+1, 1.0,
    ];

    private static readonly double[] P3 = [-6.58749161529837803157e-4, -1.60837851487422766278e-2, -1.25781726111229246204e-1, -3.60344899949804439429e-1, -3.05326634961232344035e-1, -1.63153871373020978498e-2];
    private static readonly double[] Q3 = [2.33520497626869185443e-3, 6.05183413124413191178e-2, 5.27905102951428412248e-1, 1.87295284992346047209e+0, 2.56852019228982242072e+0, 1.0];

    /// <summary>erfc(x) = 1 − erf(x) for any finite x; 0 beyond x ≈ 27.3 (underflow), 2 below x ≈ −6.</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var ax = Math.Abs(x);
        double result;
        if (ax <= 0.46875)
        {
            var t = x * x;
            return 1.0 - (x * Poly(P1, t) / Poly(Q1, t));
        }

        if (ax > 27.3)
        {
            result = 0.0;
        }
        else
        {
            double tail = ax <= 4.0
                ? Poly(P2, ax) / Poly(Q2, ax)
                : TailLarge(ax);
            result = ExpMinusSquare(ax) * tail;
        }

        return x < 0 ? 2.0 - result : result;
    }

    /// <summary>Two-sided p-value of a standard normal z: P(|Z| ≥ |z|) = erfc(|z|/√2). NaN for NaN.</summary>
    public static double TwoSidedP(double z) => Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    private static double TailLarge(double ax)
    {
        var t = 1.0 / (ax * ax);
        return (InvSqrtPi + (t * Poly(P3, t) / Poly(Q3, t))) / ax;
    }

    // exp(−x²) computed as exp(−h²)·exp(−(x−h)(x+h)) with h = x rounded down to 1/16, so the rounding error of x²
    // does not get amplified for large x (Cody's trick).
    private static double ExpMinusSquare(double x)
    {
        var h = Math.Floor(x * 16.0) / 16.0;
        var del = (x - h) * (x + h);
        return Math.Exp(-h * h) * Math.Exp(-del);
    }

    private static double Poly(double[] c, double t)
    {
        var s = c[^1];
        for (var i = c.Length - 2; i >= 0; i--)
        {
            s = (s * t) + c[i];
        }

        return s;
    }
}
