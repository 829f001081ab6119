namespace Planner.Geo.Hotspots;

/// <summary>Mann–Kendall trend test result: S, Var(S) (tie-corrected), z (continuity-corrected) and two-sided p.</summary>
public readonly record struct MannKendallResult(int S, double Variance, double Z, double P)
{
    /// <summary>+1 for a significant upward trend at <paramref name="alpha"/>, −1 downward, 0 none.</summary>
    public int Trend(double alpha) => P < alpha ? Math.Sign(S) : 0;
}

/// <summary>
/// The Mann–Kendall test for a monotonic trend in a series x₁ … xₙ (Mann 1945, Kendall 1975):
/// S = Σᵢ&lt;ⱼ sign(xⱼ − xᵢ); Var(S) = [n(n−1)(2n+5) − Σₜ t(t−1)(2t+5)]/18 over groups of t tied values;
/// z = (S − 1)/√Var if S &gt; 0, (S + 1)/√Var if S &lt; 0, else 0; p = two-sided normal. With Var = 0 (n &lt; 2 or all
/// values equal) z = 0 and p = 1.
/// </summary>
public static class MannKendall
{
    public static MannKendallResult Test(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        var s = 0;
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                s += Math.Sign(x[j] - x[i]);
            }
        }

        var sorted = x.ToArray();
        Array.Sort(sorted);
        double ties = 0;
        for (var i = 0; i < n;)
        {
            var j = i;
            while (j < n && sorted[j] == sorted[i])
            {
                j++;
            }

            double t = j - i;
            ties += t * (t - 1) * ((2 * t) + 5);
            i = j;
        }

        var variance = ((n * (n - 1.0) * ((2.0 * n) + 5)) - ties) / 18.0;
        if (!(variance > 0))
        {
            return new MannKendallResult(s, 0, 0, 1);
        }

        var z = s > 0 ? (s - 1) / Math.Sqrt(variance) : s < 0 ? (s + 1) / Math.Sqrt(variance) : 0;
        return new MannKendallResult(s, variance, z, NormalDistribution.TwoSidedP(z));
    }
}
