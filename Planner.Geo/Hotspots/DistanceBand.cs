namespace Planner.Geo.Hotspots;

/// <summary>
/// The binary distance band on a square grid: cell offsets (a, b) whose centres are at most <c>band</c> metres apart,
/// a² + b² ≤ (band/s)², the cell itself included. The comparison allows 1e-9 relative slack so that a centre lying
/// exactly on the band (e.g. offset (12, 16) cells for band = 20 cells) counts despite rounding in band/s.
/// Stored as one symmetric half-width per row offset: row offset b covers columns −HalfWidth(b) … +HalfWidth(b).
/// </summary>
internal sealed class DistanceBand
{
    private readonly int[] _halfWidth;

    public DistanceBand(double band, double cellSize)
    {
        Guard.NonNegative(band, "band");
        Guard.Positive(cellSize, "cell");
        var limit = (band / cellSize) * (band / cellSize) * (1 + 1e-9);
        Reach = (int)Math.Floor(Math.Sqrt(limit));
        _halfWidth = new int[Reach + 1];
        for (var b = 0; b <= Reach; b++)
        {
            var w = (int)Math.Floor(Math.Sqrt(Math.Max(0, limit - ((double)b * b))));
            while ((((double)(w + 1) * (w + 1)) + ((double)b * b)) <= limit)
            {
                w++;
            }

            while (w > 0 && (((double)w * w) + ((double)b * b)) > limit)
            {
                w--;
            }

            _halfWidth[b] = w;
        }
    }

    /// <summary>Largest row offset in the band.</summary>
    public int Reach { get; }

    public int HalfWidth(int rowOffset) => _halfWidth[Math.Abs(rowOffset)];

    /// <summary>True when cell offset (a, b) is inside the band.</summary>
    public bool Contains(int a, int b) => Math.Abs(b) <= Reach && Math.Abs(a) <= _halfWidth[Math.Abs(b)];
}
