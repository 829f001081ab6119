using Planner.Geo.Model;

namespace Planner.Geo.Hotspots;

/// <summary>Emerging hot/cold spot patterns of a cell over time slices (see <see cref="EmergingHotspots"/> for the rules).</summary>
public enum EmergingPattern
{
    None = 0,
    NewHot,
    IntensifyingHot,
    PersistentHot,
    DiminishingHot,
    SporadicHot,
    NewCold,
    IntensifyingCold,
    PersistentCold,
    DiminishingCold,
    SporadicCold,
}

/// <summary>Length of a time slice: calendar months, quarters or years of the incidents' local dates.</summary>
public enum SliceUnit
{
    Month = 1,
    Quarter = 3,
    Year = 12,
}

/// <summary>Per-cell emerging-hotspot result: slices (first day of each), counts and classes per slice, trend and pattern per cell.</summary>
public sealed record EmergingResult(
    HotspotGrid Grid,
    IReadOnlyList<DateOnly> SliceStarts,
    int[][] SliceCounts,
    HotspotClass[][] SliceClasses,
    MannKendallResult[] Trends,
    EmergingPattern[] Patterns);

/// <summary>
/// Emerging hot spots: the incidents are cut into calendar slices (<see cref="SliceUnit"/>, by the local date of
/// <see cref="Incident.OccurredAt"/>, from the first incident's slice to the last one's, empty slices included); on
/// the grid of all incidents, Gi* + FDR (<see cref="GetisOrd"/>, <see cref="FalseDiscoveryRate"/>) classifies every
/// cell in every slice, and a Mann–Kendall test on the cell's counts over the slices gives its trend (significant at
/// <c>trendAlpha</c>, default 0.05). With T slices, H the number of slices in which the cell is hot (hot90 or better),
/// "final" = hot in the last slice, and ⌈0.9·T⌉ = "most", the first rule that holds wins:
/// <list type="number">
/// <item>new: final, and H = 1 (never hot before);</item>
/// <item>intensifying: H ≥ most, final, trend up;</item>
/// <item>diminishing: H ≥ most, final, trend down;</item>
/// <item>persistent: H ≥ most, no significant trend;</item>
/// <item>sporadic: final, H &lt; most, never cold in any slice;</item>
/// <item>otherwise none (e.g. ESRI's oscillating and historical patterns are not named here).</item>
/// </list>
/// Cold patterns are the mirror image (cold classes; "intensifying cold" = trend down, "diminishing cold" = trend up).
/// A cell matching both a hot and a cold rule cannot occur: a slice has one class.
/// </summary>
public static class EmergingHotspots
{
    public static EmergingResult Compute(IReadOnlyList<Incident> incidents, HotspotOptions options, SliceUnit unit = SliceUnit.Quarter, double trendAlpha = 0.05)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(options);
        Guard.InOpen(trendAlpha, 0, 1, "trend_alpha");
        Guard.That(incidents.Count > 0, "incidents", "at least one incident is needed");
        var xs = incidents.Select(i => i.X).ToArray();
        var ys = incidents.Select(i => i.Y).ToArray();
        var grid = HotspotGrid.Spanning(xs, ys, options.CellSize);
        var months = (int)unit;
        static int MonthIndex(DateTime d) => (d.Year * 12) + d.Month - 1;
        var slice = incidents.Select(i => MonthIndex(i.OccurredAt.DateTime) / months).ToArray();
        var first = slice.Min();
        var count = slice.Max() - first + 1;
        Guard.That(count >= 2, "slices", "emerging hot spots need incidents in at least two time slices");
        var starts = Enumerable.Range(first, count).Select(k => new DateOnly((k * months) / 12, ((k * months) % 12) + 1, 1)).ToList();

        var counts = new int[count][];
        var classes = new HotspotClass[count][];
        for (var t = 0; t < count; t++)
        {
            var sx = new List<double>();
            var sy = new List<double>();
            for (var i = 0; i < incidents.Count; i++)
            {
                if (slice[i] - first == t)
                {
                    sx.Add(xs[i]);
                    sy.Add(ys[i]);
                }
            }

            counts[t] = grid.Count(sx.ToArray(), sy.ToArray());
            var gi = GetisOrd.Compute(grid, counts[t], options.EffectiveBand, options.Parallel);
            classes[t] = FalseDiscoveryRate.Classify(gi.Z, gi.P);
        }

        var trends = new MannKendallResult[grid.CellCount];
        var patterns = new EmergingPattern[grid.CellCount];
        var series = new double[count];
        var cellClasses = new HotspotClass[count];
        for (var c = 0; c < grid.CellCount; c++)
        {
            for (var t = 0; t < count; t++)
            {
                series[t] = counts[t][c];
                cellClasses[t] = classes[t][c];
            }

            trends[c] = MannKendall.Test(series);
            patterns[c] = Classify(cellClasses, trends[c].Trend(trendAlpha));
        }

        return new EmergingResult(grid, starts, counts, classes, trends, patterns);
    }

    /// <summary>The pattern of one cell from its class in every slice (oldest first) and its trend (+1, 0, −1).</summary>
    public static EmergingPattern Classify(IReadOnlyList<HotspotClass> slices, int trend)
    {
        ArgumentNullException.ThrowIfNull(slices);
        var hot = Pattern(slices, trend, HotspotClasses.IsHot, HotspotClasses.IsCold, up: 1);
        if (hot is { } h)
        {
            return h switch
            {
                Kind.New => EmergingPattern.NewHot,
                Kind.Intensifying => EmergingPattern.IntensifyingHot,
                Kind.Diminishing => EmergingPattern.DiminishingHot,
                Kind.Persistent => EmergingPattern.PersistentHot,
                _ => EmergingPattern.SporadicHot,
            };
        }

        var cold = Pattern(slices, trend, HotspotClasses.IsCold, HotspotClasses.IsHot, up: -1);
        return cold switch
        {
            Kind.New => EmergingPattern.NewCold,
            Kind.Intensifying => EmergingPattern.IntensifyingCold,
            Kind.Diminishing => EmergingPattern.DiminishingCold,
            Kind.Persistent => EmergingPattern.PersistentCold,
            Kind.Sporadic => EmergingPattern.SporadicCold,
            _ => EmergingPattern.None,
        };
    }

    /// <summary>Contract-style name, e.g. <c>new_hot</c>, <c>intensifying_cold</c>, <c>none</c>.</summary>
    public static string ToName(this EmergingPattern p) => p switch
    {
        EmergingPattern.None => "none",
        _ => System.Text.RegularExpressions.Regex.Replace(p.ToString(), "(?<!^)([A-Z])", "_$1").ToLowerInvariant(),
    };

    private enum Kind
    {
        New,
        Intensifying,
        Diminishing,
        Persistent,
        Sporadic,
    }

    private static Kind? Pattern(IReadOnlyList<HotspotClass> slices, int trend, Func<HotspotClass, bool> isThis, Func<HotspotClass, bool> isOpposite, int up)
    {
        var t = slices.Count;
        var h = slices.Count(isThis);
        var final = isThis(slices[t - 1]);
        var most = (int)Math.Ceiling(0.9 * t);
        if (final && h == 1)
        {
            return Kind.New;
        }

        if (h >= most && final && trend == up)
        {
            return Kind.Intensifying;
        }

        if (h >= most && final && trend == -up)
        {
            return Kind.Diminishing;
        }

        if (h >= most && trend == 0)
        {
            return Kind.Persistent;
        }

        if (final && h < most && !slices.Any(isOpposite))
        {
            return Kind.Sporadic;
        }

        return null;
    }
}
