using Planner.Geo.Model;

namespace Planner.Geo.Hotspots;

/// <summary>
/// The contract's hotspot grid from (already filtered) incidents: the grid spans their bounding box
/// (<see cref="HotspotGrid.Spanning"/>), counts per cell, density per <see cref="HotspotOptions.Kernel"/>
/// (<see cref="KernelDensity"/>), Gi* over the band (<see cref="GetisOrd"/>) and classes after Benjamini–Hochberg
/// (<see cref="FalseDiscoveryRate"/>).
/// </summary>
public static class HotspotAnalysis
{
    public static HotspotResult Run(IReadOnlyList<Incident> incidents, HotspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var xs = new double[incidents.Count];
        var ys = new double[incidents.Count];
        for (var i = 0; i < incidents.Count; i++)
        {
            xs[i] = incidents[i].X;
            ys[i] = incidents[i].Y;
        }

        return Run(xs, ys, options);
    }

    /// <summary>The same from coordinate arrays (working CRS, metres).</summary>
    public static HotspotResult Run(double[] xs, double[] ys, HotspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(xs);
        ArgumentNullException.ThrowIfNull(ys);
        ArgumentNullException.ThrowIfNull(options);
        Guard.That(xs.Length > 0, "incidents", "at least one incident is needed for a hotspot grid");
        var grid = HotspotGrid.Spanning(xs, ys, options.CellSize);
        HotspotWorkBudget.Check(grid, xs.Length, options);
        var counts = grid.Count(xs, ys);
        var density = options.Kernel == KdeKernel.Gaussian
            ? KernelDensity.Gaussian(grid, counts, options.Bandwidth, options.Parallel)
            : KernelDensity.Quartic(grid, xs, ys, options.Bandwidth, options.Parallel);
        var gi = GetisOrd.Compute(grid, counts, options.EffectiveBand, options.Parallel);
        var classes = FalseDiscoveryRate.Classify(gi.Z, gi.P);
        return new HotspotResult(grid, options, xs.Length, counts, density, gi.Z, gi.P, classes);
    }
}
