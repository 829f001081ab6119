namespace Planner.Geo.Hotspots;

/// <summary>The Gi* z of one unit from its neighbour sum and weight (binary weights, self included); see <see cref="GetisOrd"/>.</summary>
internal static class GiStarFormula
{
    /// <summary>Mean X̄ and S = √(Σx²/n − X̄²) of the values (S = 0 when the values are all equal).</summary>
    public static (double Mean, double S) Moments(IReadOnlyList<int> values)
    {
        long sx = 0, sxx = 0;
        foreach (var c in values)
        {
            sx += c;
            sxx += (long)c * c;
        }

        double n = values.Count;
        var mean = sx / n;
        var variance = (sxx / n) - (mean * mean);
        return (mean, variance > 1e-12 * Math.Max(1, mean * mean) ? Math.Sqrt(variance) : 0);
    }

    /// <summary>(Σwx − X̄W) / (S √((nW − W²)/(n − 1))); 0 where undefined (S = 0 or nW = W²).</summary>
    public static double Z(double sum, double w, double n, double mean, double s)
    {
        var spread = ((n * w) - (w * w)) / (n - 1);
        return s == 0 || !(spread > 0) ? 0 : (sum - (mean * w)) / (s * Math.Sqrt(spread));
    }
}
