namespace Planner.Geo.Hotspots;

/// <summary>Gi* z-scores, two-sided p-values and the number of band cells (Σw) per grid cell.</summary>
public sealed record GiStarResult(double[] Z, double[] P, int[] Weights);

/// <summary>
/// Getis–Ord Gi* (Getis &amp; Ord 1995; as ArcGIS and PySAL <c>G_Local(star=True)</c> with binary weights) on a grid:
/// wᵢⱼ = 1 when the centres of cells i and j are at most <c>band</c> metres apart (i itself included), over all n grid
/// cells with no padding (a cell near the edge has fewer neighbours).
/// zᵢ = (Σⱼ wᵢⱼxⱼ − X̄·Wᵢ) / (S·√((n·Wᵢ − Wᵢ²)/(n − 1))) with Wᵢ = Σⱼ wᵢⱼ = Σⱼ wᵢⱼ², X̄ = Σx/n, S = √(Σx²/n − X̄²).
/// Where the formula is undefined (S = 0: all counts equal; n·Wᵢ = Wᵢ²: the band covers the whole grid) z = 0, p = 1.
/// pᵢ = erfc(|zᵢ|/√2), two-sided.
/// </summary>
public static class GetisOrd
{
    public static GiStarResult Compute(HotspotGrid grid, int[] counts, double band, bool parallel = true)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Guard.Positive(band, "band");
        Guard.That(counts.Length == grid.CellCount, "counts", "counts must have one value per grid cell");
        var (sums, weights) = NeighbourSums.Compute(grid, counts, new DistanceBand(band, grid.CellSize), parallel);
        var n = (double)counts.Length;
        var (mean, s) = GiStarFormula.Moments(counts);
        var z = new double[counts.Length];
        var p = new double[counts.Length];
        void Row(int r)
        {
            var from = r * grid.Cols;
            for (var i = from; i < from + grid.Cols; i++)
            {
                z[i] = GiStarFormula.Z(sums[i], weights[i], n, mean, s);
                p[i] = z[i] == 0 ? 1 : NormalDistribution.TwoSidedP(z[i]);
            }
        }

        Parallelism.For(grid.Rows, Row, parallel);
        return new GiStarResult(z, p, weights);
    }
}
