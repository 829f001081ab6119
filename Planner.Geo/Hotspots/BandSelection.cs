namespace Planner.Geo.Hotspots;

/// <summary>Global Moran's I of the cell counts at one distance band, with its z-score and two-sided p (randomisation).</summary>
public readonly record struct BandScore(double Distance, double MoranI, double Z, double P);

/// <summary>
/// The scores over the distances tried, the first peak (the band ArcGIS's incremental spatial autocorrelation
/// suggests), and the distance of the largest z.
/// </summary>
public sealed record BandChoice(IReadOnlyList<BandScore> Scores, double? FirstPeak, double MaxZDistance);

/// <summary>
/// Band choice helper (incremental spatial autocorrelation, as ArcGIS's Optimized Hot Spot Analysis): global Moran's I
/// of the grid counts for binary distance bands d = start, start + step, …, with wᵢⱼ = 1 when the centres of cells
/// i ≠ j are at most d apart (no self-weight, as Moran's I is defined), over all cells:
/// I = (n / S₀)·Σᵢ zᵢ Σⱼ wᵢⱼ zⱼ / Σ zᵢ² with zᵢ = xᵢ − x̄. E[I] = −1/(n − 1); Var[I] under randomisation (Cliff &amp; Ord):
/// [n((n² − 3n + 3)S₁ − nS₂ + 3S₀²) − b₂((n² − n)S₁ − 2nS₂ + 6S₀²)] / ((n − 1)(n − 2)(n − 3)S₀²) − E[I]², with
/// S₁ = 2S₀ and S₂ = 4ΣWᵢ² for symmetric binary weights and b₂ = nΣz⁴/(Σz²)². The first peak is the first distance whose
/// z is larger than the previous distance's and at least the next one's, among peaks with z ≥ 1.96 (significant at 5 %);
/// null when there is none. Neighbour sums are the same row-span convolution as Gi*.
/// </summary>
public static class BandSelection
{
    public static BandChoice Choose(HotspotGrid grid, int[] counts, double start, double step, int steps, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Guard.Positive(start, "start");
        Guard.Positive(step, "step");
        Guard.That(steps >= 3, "steps", "steps must be at least 3 to find a peak");
        Guard.That(counts.Length == grid.CellCount, "counts", "counts must have one value per grid cell");
        var scores = new List<BandScore>();
        for (var k = 0; k < steps; k++)
        {
            var d = start + (k * step);
            scores.Add(Moran(grid, counts, d, parallel));
        }

        double? first = null;
        for (var k = 1; k < steps - 1; k++)
        {
            if (scores[k].Z >= 1.96 && scores[k].Z > scores[k - 1].Z && scores[k].Z >= scores[k + 1].Z)
            {
                first = scores[k].Distance;
                break;
            }
        }

        var best = scores.Where(s => !double.IsNaN(s.Z)).DefaultIfEmpty(scores[0]).MaxBy(s => s.Z);
        return new BandChoice(scores, first, best.Distance);
    }

    /// <summary>Global Moran's I at one band (see the type's remarks). NaN z when undefined (no variance, no neighbours, n &lt; 4).</summary>
    public static BandScore Moran(HotspotGrid grid, int[] counts, double band, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var (sums, weights) = NeighbourSums.Compute(grid, counts, new DistanceBand(band, grid.CellSize), parallel);
        double n = counts.Length;
        var mean = counts.Sum(c => (double)c) / n;
        double m2 = 0, m4 = 0, cross = 0, s0 = 0, wSquares = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            var z = counts[i] - mean;
            m2 += z * z;
            m4 += z * z * z * z;
            var wi = weights[i] - 1.0;                       // neighbours without the cell itself
            var lag = sums[i] - counts[i] - (mean * wi);    // Σⱼ≠ᵢ wᵢⱼ zⱼ
            cross += z * lag;
            s0 += wi;
            wSquares += wi * wi;
        }

        if (!(m2 > 0) || !(s0 > 0) || n < 4)
        {
            return new BandScore(band, double.NaN, double.NaN, double.NaN);
        }

        var i0 = n / s0 * cross / m2;
        var expected = -1.0 / (n - 1);
        var s1 = 2 * s0;
        var s2 = 4 * wSquares;
        var b2 = n * m4 / (m2 * m2);
        var variance = (((n * ((((n * n) - (3 * n) + 3) * s1) - (n * s2) + (3 * s0 * s0)))
                         - (b2 * ((((n * n) - n) * s1) - (2 * n * s2) + (6 * s0 * s0))))
                        / ((n - 1) * (n - 2) * (n - 3) * s0 * s0)) - (expected * expected);
        var zScore = variance > 0 ? (i0 - expected) / Math.Sqrt(variance) : double.NaN;
        return new BandScore(band, i0, zScore, double.IsNaN(zScore) ? double.NaN : NormalDistribution.TwoSidedP(zScore));
    }
}
