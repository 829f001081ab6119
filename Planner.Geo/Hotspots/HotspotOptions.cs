namespace Planner.Geo.Hotspots;

/// <summary>
/// Options of <see cref="HotspotAnalysis"/>, all lengths in metres of the working CRS: <see cref="CellSize"/> (--cell),
/// <see cref="Bandwidth"/> (--bandwidth, the kernel radius r; σ for the Gaussian kernel), <see cref="Band"/> (--band, the
/// Gi* distance band; null = the bandwidth).
/// </summary>
public sealed record HotspotOptions
{
    public HotspotOptions(double cellSize, double bandwidth, double? band = null)
    {
        CellSize = Guard.Positive(cellSize, "cell");
        Bandwidth = Guard.Positive(bandwidth, "bandwidth");
        Band = band is null ? null : Guard.Positive(band.Value, "band");
        PlausibleRanges.Hotspot(cellSize, bandwidth, band);
    }

    public double CellSize { get; }

    public double Bandwidth { get; }

    public double? Band { get; }

    /// <summary>The Gi* band in effect: <see cref="Band"/> or else <see cref="Bandwidth"/>.</summary>
    public double EffectiveBand => Band ?? Bandwidth;

    public KdeKernel Kernel { get; init; } = KdeKernel.Quartic;

    /// <summary>Use several cores (results are identical either way).</summary>
    public bool Parallel { get; init; } = true;
}
