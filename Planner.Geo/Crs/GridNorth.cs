namespace Planner.Geo.Crs;

/// <summary>
/// Headings between CRSs. A heading in a lon/lat file is from true north; in a projected CRS it is from that grid's
/// north. Transverse Mercator grid north differs from true north by the meridian convergence (≈ 2.9° at Copenhagen in
/// EPSG:25832), so headings are rotated when a camera changes CRS.
/// </summary>
public static class GridNorth
{
    /// <summary>
    /// Degrees to add to a heading measured from the north of <paramref name="fromEpsg"/> at (<paramref name="x"/>,
    /// <paramref name="y"/>) (source coordinates) to get the same direction measured from the north of
    /// <paramref name="toEpsg"/>; in (−180, 180]. Computed numerically from a short step north (1e-5° or 1 m).
    /// </summary>
    public static double Rotation(int fromEpsg, int toEpsg, double x, double y)
    {
        if (fromEpsg == toEpsg)
        {
            return 0;
        }

        var step = CrsRegistry.Describe(fromEpsg).IsGeographic ? 1e-5 : 1.0;
        var (x0, y0) = CrsRegistry.Transform(fromEpsg, toEpsg, x, y - step / 2);
        var (x1, y1) = CrsRegistry.Transform(fromEpsg, toEpsg, x, y + step / 2);
        var dx = x1 - x0;
        if (CrsRegistry.Describe(toEpsg).IsGeographic)
        {
            // On the WGS 84 ellipsoid a degree of longitude is N·cos φ long and a degree of latitude M, with
            // N/M = (1 − e² sin² φ)/(1 − e²).
            const double e2 = 0.00669437999014;
            var phi = (y0 + y1) / 2 * Math.PI / 180;
            var sin = Math.Sin(phi);
            dx *= Math.Cos(phi) * (1 - (e2 * sin * sin)) / (1 - e2);
        }

        var deg = Math.Atan2(dx, y1 - y0) * 180 / Math.PI;
        return deg <= -180 ? deg + 360 : deg;
    }

    /// <summary>A heading (degrees from north of <paramref name="fromEpsg"/>) as degrees from north of <paramref name="toEpsg"/>, in [0, 360).</summary>
    public static double TransformHeading(double headingDeg, int fromEpsg, int toEpsg, double x, double y) =>
        Normalize(headingDeg + Rotation(fromEpsg, toEpsg, x, y));

    /// <summary>Degrees into [0, 360).</summary>
    public static double Normalize(double deg)
    {
        var r = deg % 360;
        if (r < 0)
        {
            r += 360;
        }

        return r >= 360 ? 0 : r;
    }
}
