namespace Planner.Geo;

/// <summary>
/// The documented plausible range of every number and date the tool reads. A value outside it is bad input (exit 2)
/// rather than a number the engine would carry into an overflow, an infinity in JSON or an allocation sized by it.
/// The bounds are wide on purpose: they refuse what no real plan holds, never an unusual but real value.
/// </summary>
/// <remarks>
/// | quantity | range | why |
/// |---|---|---|
/// | x, y in the working CRS | ±21,000,000 m | the whole Earth in any supported CRS (Web Mercator reaches ±20,037,509 m) |
/// | range_m | (0, 5000] m | long-range PTZ lenses identify at well under 1 km; 5 km bounds the view polygon |
/// | height_m (camera, building) | [0, 1000] m | masts and the tallest towers |
/// | target height | [0, 100] m | a face is at 1.6 m |
/// | resolution_px | [1, 100,000] px | 16K sensors are 15,360 px wide |
/// | retention_days | [0, 36,500] days | a century |
/// | amount_dkk | [0, 10¹²] kr | far above any single incident; decimal arithmetic cannot overflow on sums of millions of them |
/// | rule-pack parameter value | [0, 10⁶] | metres, square metres, days, years, kroner, counts of a rule |
/// | --cell | [0.1, 100,000] m | |
/// | --bandwidth, --band | (0, 100,000] m and at most 2,000 cells | bounds the kernel and the Gi* band before anything is allocated |
/// | dates and times | 1900-01-01 … 2199-12-31 | leaves room for retention and permit arithmetic without reaching DateTime's limits |
/// </remarks>
public static class PlausibleRanges
{
    public const double MaxAbsCoordinateM = 21_000_000;
    public const double MaxRangeM = 5_000;
    public const double MaxHeightM = 1_000;
    public const double MaxTargetHeightM = 100;
    public const int MaxResolutionPx = 100_000;
    public const int MaxRetentionDays = 36_500;
    public const decimal MaxAmountDkk = 1_000_000_000_000m;
    public const double MaxRuleParameter = 1_000_000;
    public const double MinCellM = 0.1;
    public const double MaxCellM = 100_000;
    public const double MaxBandwidthM = 100_000;

    /// <summary>Largest kernel radius or Gi* band in cells: the band's offsets and the kernel stencil scale with it.</summary>
    public const double MaxBandCells = 2_000;

    public static DateOnly FirstDate { get; } = new(1900, 1, 1);

    public static DateOnly LastDate { get; } = new(2199, 12, 31);

    /// <summary>An easting or northing in the working CRS, metres.</summary>
    public static double Coordinate(double value, string field) =>
        Guard.InClosed(value, -MaxAbsCoordinateM, MaxAbsCoordinateM, field);

    /// <summary>A camera's range in metres: (0, <see cref="MaxRangeM"/>].</summary>
    public static double RangeM(double value, string field) =>
        double.IsFinite(value) && value > 0 && value <= MaxRangeM
            ? value
            : throw new DomainRuleException(field, $"{field} must be in (0, {MaxRangeM}] metres");

    /// <summary>A height above ground in metres: [0, <see cref="MaxHeightM"/>].</summary>
    public static double HeightM(double value, string field) => Guard.InClosed(value, 0, MaxHeightM, field);

    /// <summary>An amount in kroner: [0, <see cref="MaxAmountDkk"/>], converted without overflow.</summary>
    public static decimal AmountDkk(double value, string field) =>
        double.IsFinite(value) && value >= 0 && value <= (double)MaxAmountDkk
            ? (decimal)value
            : throw new DomainRuleException(field, $"{field} must be in [0, {MaxAmountDkk}] kroner");

    /// <summary>An amount in kroner: [0, <see cref="MaxAmountDkk"/>].</summary>
    public static decimal AmountDkk(decimal value, string field) =>
        value is >= 0 and <= MaxAmountDkk ? value : throw new DomainRuleException(field, $"{field} must be in [0, {MaxAmountDkk}] kroner");

    /// <summary>A calendar date in [<see cref="FirstDate"/>, <see cref="LastDate"/>].</summary>
    public static DateOnly Date(DateOnly value, string field) =>
        value >= FirstDate && value <= LastDate
            ? value
            : throw new DomainRuleException(field, $"{field} must be a date from {FirstDate:yyyy-MM-dd} to {LastDate:yyyy-MM-dd}, got {value:yyyy-MM-dd}");

    /// <summary>A time whose local date lies in [<see cref="FirstDate"/>, <see cref="LastDate"/>].</summary>
    public static DateTimeOffset Time(DateTimeOffset value, string field)
    {
        Date(DateOnly.FromDateTime(value.DateTime), field);
        return value;
    }

    /// <summary>Checks the hotspot lengths in metres and that kernel radius and band span at most <see cref="MaxBandCells"/> cells.</summary>
    public static void Hotspot(double cell, double bandwidth, double? band)
    {
        Guard.InClosed(cell, MinCellM, MaxCellM, "cell");
        foreach (var (value, field) in new[] { (bandwidth, "bandwidth"), (band ?? bandwidth, "band") })
        {
            if (!double.IsFinite(value) || value <= 0 || value > MaxBandwidthM)
            {
                throw new DomainRuleException(field, $"{field} must be in (0, {MaxBandwidthM}] metres");
            }

            Guard.That(value / cell <= MaxBandCells, field,
                $"{field} must be at most {MaxBandCells} cells ({MaxBandCells * cell} m at a {cell} m cell); use a larger cell");
        }
    }
}
