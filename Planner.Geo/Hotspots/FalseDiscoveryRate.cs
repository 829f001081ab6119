namespace Planner.Geo.Hotspots;

/// <summary>
/// Benjamini–Hochberg false discovery rate over all m tests (all grid cells). For a level q: sort the p-values
/// ascending, find the largest k with p₍ₖ₎ ≤ k·q/m, and reject every test with p ≤ p₍ₖ₎ (none when no k qualifies).
/// Classes: a cell with z &gt; 0 is hot99 if rejected at q = 0.01, else hot95 if rejected at q = 0.05, else hot90 if
/// rejected at q = 0.10, else none; z &lt; 0 likewise cold99/cold95/cold90; z = 0 (or NaN) is none.
/// </summary>
public static class FalseDiscoveryRate
{
    /// <summary>The levels of the classes 99, 95, 90.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.01, 0.05, 0.10];

    /// <summary>
    /// The BH rejection threshold p₍ₖ₎ at level <paramref name="q"/>, or −1 when nothing is rejected. NaN p-values
    /// count as tests that are never rejected.
    /// </summary>
    public static double Threshold(ReadOnlySpan<double> p, double q) => Thresholds(p, [q])[0];

    /// <summary>
    /// BH thresholds for several levels with one partial sort: only p ≤ max(q) can be a rejection threshold (k·q/m ≤ q),
    /// so only those are sorted; their ranks among all m p-values are their ranks among the candidates.
    /// </summary>
    public static double[] Thresholds(ReadOnlySpan<double> p, IReadOnlyList<double> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var qMax = 0.0;
        foreach (var q in levels)
        {
            Guard.InOpen(q, 0, 1, "q");
            qMax = Math.Max(qMax, q);
        }

        var m = p.Length;
        var n = 0;
        foreach (var v in p)
        {
            if (v <= qMax)
            {
                n++;
            }
        }

        var candidates = new double[n];
        var k = 0;
        foreach (var v in p)
        {
            if (v <= qMax)
            {
                candidates[k++] = v;
            }
        }

        Array.Sort(candidates);
        var result = new double[levels.Count];
        for (var l = 0; l < levels.Count; l++)
        {
            result[l] = -1;
            for (var i = n - 1; i >= 0; i--)
            {
                if (candidates[i] <= (i + 1) * levels[l] / m)
                {
                    result[l] = candidates[i];
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The class of every test from its z and p (see the type's remarks).</summary>
    public static HotspotClass[] Classify(ReadOnlySpan<double> z, ReadOnlySpan<double> p)
    {
        Guard.That(z.Length == p.Length, "gi_z", "z and p must have the same length");
        var t = Thresholds(p, Levels);
        var classes = new HotspotClass[p.Length];
        for (var i = 0; i < p.Length; i++)
        {
            var level = p[i] <= t[0] ? 3 : p[i] <= t[1] ? 2 : p[i] <= t[2] ? 1 : 0;
            classes[i] = level == 0 || !(z[i] != 0) ? HotspotClass.None
                : z[i] > 0 ? (level == 3 ? HotspotClass.Hot99 : level == 2 ? HotspotClass.Hot95 : HotspotClass.Hot90)
                : (level == 3 ? HotspotClass.Cold99 : level == 2 ? HotspotClass.Cold95 : HotspotClass.Cold90);
        }

        return classes;
    }
}
