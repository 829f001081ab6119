namespace Planner.Geo.Hotspots;

/// <summary>
/// The contract's hotspot grid in the working CRS (metres): square cells of <see cref="CellSize"/> aligned to
/// multiples of the cell size; cell (col, row) covers [col·s, (col+1)·s) × [row·s, (row+1)·s) in absolute indices,
/// so a point (x, y) lies in cell (floor(x/s), floor(y/s)). <see cref="MinCol"/>/<see cref="MinRow"/> are the
/// absolute indices of the first column/row; local indices run 0 … Cols−1 and 0 … Rows−1, and cell arrays are
/// row-major with row 0 the southernmost (index = row·Cols + col: ordered by y, then x, ascending).
/// </summary>
public readonly record struct HotspotGrid
{
    /// <summary>Largest number of cells a grid may have (a guard against a cell size far too small for the extent).</summary>
    public const long MaxCells = 25_000_000;

    private HotspotGrid(double cellSize, long minCol, long minRow, int cols, int rows)
    {
        CellSize = cellSize;
        MinCol = minCol;
        MinRow = minRow;
        Cols = cols;
        Rows = rows;
    }

    public double CellSize { get; }

    public long MinCol { get; }

    public long MinRow { get; }

    public int Cols { get; }

    public int Rows { get; }

    public int CellCount => Cols * Rows;

    /// <summary>A grid of <paramref name="cols"/> × <paramref name="rows"/> cells starting at absolute cell (minCol, minRow).</summary>
    public static HotspotGrid Create(double cellSize, long minCol, long minRow, int cols, int rows)
    {
        Guard.Positive(cellSize, "cell");
        Guard.Positive(cols, "cols");
        Guard.Positive(rows, "rows");
        Guard.That((long)cols * rows <= MaxCells, "cell", $"the grid would have {(long)cols * rows} cells; at most {MaxCells} are allowed (use a larger cell size)");
        return new HotspotGrid(cellSize, minCol, minRow, cols, rows);
    }

    /// <summary>The grid spanning the bounding box of the points: columns floor(minX/s) … floor(maxX/s), rows likewise.</summary>
    public static HotspotGrid Spanning(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys, double cellSize)
    {
        Guard.Positive(cellSize, "cell");
        Guard.That(xs.Length > 0 && xs.Length == ys.Length, "incidents", "at least one incident is needed for a grid");
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (var i = 0; i < xs.Length; i++)
        {
            minX = Math.Min(minX, xs[i]);
            maxX = Math.Max(maxX, xs[i]);
            minY = Math.Min(minY, ys[i]);
            maxY = Math.Max(maxY, ys[i]);
        }

        var c0 = Index(minX, cellSize);
        var c1 = Index(maxX, cellSize);
        var r0 = Index(minY, cellSize);
        var r1 = Index(maxY, cellSize);
        var cols = c1 - c0 + 1;
        var rows = r1 - r0 + 1;
        Guard.That(cols * rows <= MaxCells, "cell", $"the grid would have {cols * rows} cells; at most {MaxCells} are allowed (use a larger cell size)");
        return new HotspotGrid(cellSize, c0, r0, (int)cols, (int)rows);
    }

    /// <summary>Absolute cell index floor(coord / cellSize).</summary>
    public static long Index(double coord, double cellSize) => (long)Math.Floor(coord / cellSize);

    /// <summary>Local column of x (may be outside 0 … Cols−1 for points outside the grid).</summary>
    public long ColOf(double x) => Index(x, CellSize) - MinCol;

    public long RowOf(double y) => Index(y, CellSize) - MinRow;

    /// <summary>Row-major cell index of the point, or −1 when it is outside the grid.</summary>
    public int CellOf(double x, double y)
    {
        var c = ColOf(x);
        var r = RowOf(y);
        return c < 0 || r < 0 || c >= Cols || r >= Rows ? -1 : (int)((r * Cols) + c);
    }

    /// <summary>x of the centre of local column <paramref name="col"/>: (MinCol + col + ½)·s.</summary>
    public double CentreX(int col) => (MinCol + col + 0.5) * CellSize;

    public double CentreY(int row) => (MinRow + row + 0.5) * CellSize;

    /// <summary>Incident count per cell (row-major); points outside the grid are ignored.</summary>
    public int[] Count(ReadOnlySpan<double> xs, ReadOnlySpan<double> ys)
    {
        Guard.That(xs.Length == ys.Length, "incidents", "x and y must have the same length");
        var counts = new int[CellCount];
        for (var i = 0; i < xs.Length; i++)
        {
            var k = CellOf(xs[i], ys[i]);
            if (k >= 0)
            {
                counts[k]++;
            }
        }

        return counts;
    }
}
