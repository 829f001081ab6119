using NetTopologySuite.Geometries;

namespace Planner.Reports.Maps;

/// <summary>
/// Map scales for print. One PDF point is 1/72 inch = 0.3527̅ mm on paper; at scale 1:S it stands for
/// S · 0.0254 / 72 metres on the ground.
/// </summary>
public static class PrintScale
{
    /// <summary>Standard scale denominators, largest scale first.</summary>
    public static IReadOnlyList<double> Standard { get; } =
        [250, 500, 1_000, 1_250, 2_000, 2_500, 3_000, 4_000, 5_000, 10_000, 15_000, 20_000, 25_000, 50_000, 100_000, 250_000, 500_000, 1_000_000];

    public const double MetresPerPointAtOne = 0.0254 / 72;

    /// <summary>Ground metres per paper point at 1:<paramref name="denominator"/>.</summary>
    public static double MetresPerPoint(double denominator) => denominator * MetresPerPointAtOne;

    /// <summary>
    /// The largest standard scale (smallest denominator) at which <paramref name="extent"/> (working CRS metres) fits
    /// into a frame of <paramref name="widthPt"/> × <paramref name="heightPt"/> points. Beyond the table: the exact
    /// denominator rounded up to a whole thousand.
    /// </summary>
    public static double Fit(Envelope extent, double widthPt, double heightPt)
    {
        ArgumentNullException.ThrowIfNull(extent);
        if (widthPt <= 0 || heightPt <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(widthPt), "frame must have a positive size");
        }

        var needed = Math.Max(extent.Width / widthPt, extent.Height / heightPt) / MetresPerPointAtOne;
        foreach (var s in Standard)
        {
            if (s >= needed * (1 - 1e-9))
            {
                return s;
            }
        }

        return Math.Ceiling(needed / 1000) * 1000;
    }

    /// <summary>
    /// The smallest round scale at which <paramref name="extent"/> fits the frame: the exact denominator rounded up to
    /// a step of 50 (below 1:1 000), 250 (below 1:10 000), 1 000 (below 1:100 000), else 5 000. Plan-wide maps use it so
    /// the data fills the frame instead of jumping to the next standard scale (1:4 000 → 1:5 000 leaves a quarter empty).
    /// </summary>
    public static double FitTight(Envelope extent, double widthPt, double heightPt)
    {
        ArgumentNullException.ThrowIfNull(extent);
        if (widthPt <= 0 || heightPt <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(widthPt), "frame must have a positive size");
        }

        var needed = Math.Max(extent.Width / widthPt, extent.Height / heightPt) / MetresPerPointAtOne;
        var step = needed < 1_000 ? 50 : needed < 10_000 ? 250 : needed < 100_000 ? 1_000 : 5_000;
        return Math.Max(step, Math.Ceiling((needed * (1 - 1e-9)) / step) * step);
    }

    /// <summary>"1:2 000" with a thin space as the thousands separator, as printed on Danish and English maps alike.</summary>
    public static string Label(double denominator) =>
        "1:" + denominator.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '\u2009');
}
