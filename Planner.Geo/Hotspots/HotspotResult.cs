namespace Planner.Geo.Hotspots;

/// <summary>
/// The hotspot grid of the contract: per cell (row-major, rows by y ascending, then x ascending — see
/// <see cref="HotspotGrid"/>) the incident count, density (incidents per km²), Gi* z, two-sided p, and FDR class.
/// </summary>
public sealed record HotspotResult(
    HotspotGrid Grid,
    HotspotOptions Options,
    int IncidentCount,
    int[] Counts,
    double[] Density,
    double[] Z,
    double[] P,
    HotspotClass[] Classes)
{
    /// <summary>Number of cells of each class, in contract order (hot99 … cold99), zero counts included.</summary>
    public IReadOnlyList<KeyValuePair<HotspotClass, int>> ClassCounts()
    {
        var n = new int[Enum.GetValues<HotspotClass>().Length];
        foreach (var c in Classes)
        {
            n[(int)c]++;
        }

        return HotspotClasses.All.Select(c => new KeyValuePair<HotspotClass, int>(c, n[(int)c])).ToList();
    }

    /// <summary>Centres of the cells with a hot class (hot90, hot95 or hot99), working CRS.</summary>
    public IEnumerable<(double X, double Y, HotspotClass Class)> HotCells()
    {
        for (var i = 0; i < Classes.Length; i++)
        {
            if (Classes[i].IsHot())
            {
                yield return (Grid.CentreX(i % Grid.Cols), Grid.CentreY(i / Grid.Cols), Classes[i]);
            }
        }
    }
}
