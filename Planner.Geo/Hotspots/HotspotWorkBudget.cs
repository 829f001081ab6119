using System.Globalization;

namespace Planner.Geo.Hotspots;

/// <summary>
/// Refuses a hotspot run whose work would take hours, before any grid array is allocated: kernel evaluations
/// (incidents × cells within the kernel radius, at most the whole grid) plus Gi* band sums (cells × band rows). The
/// budget, <see cref="MaxOperations"/>, is a few minutes of CPU at most (1.5·10⁹ took 42 s on the sample at a 1 m cell);
/// the defaults on a town use well under 0.1 % of it.
/// </summary>
internal static class HotspotWorkBudget
{
    public const double MaxOperations = 5e9;

    public static void Check(HotspotGrid grid, int incidents, HotspotOptions options)
    {
        double cells = grid.CellCount;
        var radiusCells = (options.Kernel == KdeKernel.Gaussian ? 4 : 1) * options.Bandwidth / grid.CellSize;
        var kernel = Math.Min(Math.PI * radiusCells * radiusCells, cells) * (options.Kernel == KdeKernel.Gaussian ? Math.Min(incidents, cells) : incidents);
        var bandRows = Math.Min(2 * Math.Floor(options.EffectiveBand / grid.CellSize) + 1, grid.Rows);
        var work = kernel + cells * bandRows;
        Guard.That(work <= MaxOperations, "cell", string.Create(CultureInfo.InvariantCulture,
            $"a grid of {grid.CellCount} cells of {grid.CellSize} m with a kernel radius of {options.Bandwidth} m and a band of {options.EffectiveBand} m is about {work:0.0e0} operations, more than the {MaxOperations:0e0} allowed; use a larger cell or a smaller bandwidth/band"));
    }
}
