using System.Globalization;
using NetTopologySuite.Geometries;

namespace Planner.Geo.Formats;

/// <summary>
/// Finds lon/lat features whose latitude and longitude look swapped: a feature more than
/// <see cref="FarDeg"/>° from the median of all input features (all layers) whose swapped position falls inside the
/// extent of the features near that median (grown by <see cref="MarginDeg"/>°). Such a feature is read swapped, with a
/// warning naming it. Needs at least three features; a file whose features are all swapped cannot be told apart.
/// </summary>
internal static class SwapDetector
{
    public const double FarDeg = 5;
    public const double MarginDeg = 0.5;

    /// <summary>Representative lon/lat positions of every input feature (all layers), to find the cluster.</summary>
    public static (Coordinate Median, Envelope Cluster)? Cluster(IReadOnlyList<Coordinate> lonLat)
    {
        if (lonLat.Count < 3)
        {
            return null;
        }

        var median = new Coordinate(Median(lonLat.Select(c => c.X)), Median(lonLat.Select(c => c.Y)));
        var env = new Envelope();
        foreach (var c in lonLat)
        {
            if (Near(c, median))
            {
                env.ExpandToInclude(c);
            }
        }

        env.ExpandBy(MarginDeg);
        return (median, env);
    }

    /// <summary>True when <paramref name="p"/> (lon/lat) is far from the cluster but its swap lies inside it.</summary>
    public static bool LooksSwapped(Coordinate p, (Coordinate Median, Envelope Cluster) cluster) =>
        !Near(p, cluster.Median) && cluster.Cluster.Contains(p.Y, p.X);

    public static string Warning(string file, string location, Coordinate p) => string.Create(CultureInfo.InvariantCulture,
        $"{file}: {location}: geometry: latitude and longitude look swapped ({p.X:0.#####}, {p.Y:0.#####} lies far from the other features; swapped it lies among them): read as lon {p.Y:0.#####}, lat {p.X:0.#####}");

    private static bool Near(Coordinate c, Coordinate m) => Math.Abs(c.X - m.X) <= FarDeg && Math.Abs(c.Y - m.Y) <= FarDeg;

    /// <summary>
    /// The median (mean of the two middle values for an even count), by selection in O(n) rather than a sort: a
    /// million incidents are checked on every load.
    /// </summary>
    internal static double Median(IEnumerable<double> values)
    {
        var v = values.ToArray();
        if (v.Length == 0 || Array.Exists(v, double.IsNaN))
        {
            Array.Sort(v);
            return v.Length == 0 ? double.NaN : v.Length % 2 == 1 ? v[v.Length / 2] : (v[(v.Length / 2) - 1] + v[v.Length / 2]) / 2;
        }

        var k = v.Length / 2;
        var upper = Select(v, k);
        if (v.Length % 2 == 1)
        {
            return upper;
        }

        // After the selection every value left of k is at most v[k]; the largest of them is the lower middle.
        var lower = v[0];
        for (var i = 1; i < k; i++)
        {
            lower = Math.Max(lower, v[i]);
        }

        return (lower + upper) / 2;
    }

    /// <summary>Rearranges <paramref name="v"/> so that v[k] is its k-th smallest value, smaller or equal ones left of it (Hoare selection).</summary>
    private static double Select(double[] v, int k)
    {
        int lo = 0, hi = v.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var pivot = Math.Max(Math.Min(v[lo], v[mid]), Math.Min(Math.Max(v[lo], v[mid]), v[hi]));
            int i = lo, j = hi;
            while (i <= j)
            {
                while (v[i] < pivot)
                {
                    i++;
                }

                while (v[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (v[i], v[j]) = (v[j], v[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                hi = j;
            }
            else if (k >= i)
            {
                lo = i;
            }
            else
            {
                break;
            }
        }

        return v[k];
    }
}
