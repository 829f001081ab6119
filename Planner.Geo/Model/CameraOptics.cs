namespace Planner.Geo.Model;

/// <summary>
/// What a camera's lens and mount give it. Angles in degrees, distances in metres.
/// Heading: 0 = grid north of the working CRS, clockwise. Tilt: downward from horizontal.
/// </summary>
public readonly record struct CameraOptics
{
    public const double DefaultHeightM = 4;
    public const double DefaultTiltDeg = 15;
    public const int DefaultResolutionPx = 1920;
    public const double DefaultHfovDeg = 90;
    public const double DefaultRangeM = 50;

    private CameraOptics(double headingDeg, double hfovDeg, double vfovDeg, double rangeM, double heightM, double tiltDeg, int resolutionPx, bool ptz)
    {
        HeadingDeg = headingDeg;
        HfovDeg = hfovDeg;
        VfovDeg = vfovDeg;
        RangeM = rangeM;
        HeightM = heightM;
        TiltDeg = tiltDeg;
        ResolutionPx = resolutionPx;
        Ptz = ptz;
    }

    /// <summary>Direction of the optical axis, degrees in [0, 360), 0 = north, clockwise.</summary>
    public double HeadingDeg { get; }

    /// <summary>Horizontal field of view, degrees in (0, 360).</summary>
    public double HfovDeg { get; }

    /// <summary>Vertical field of view, degrees in (0, 180).</summary>
    public double VfovDeg { get; }

    /// <summary>Maximum useful ground distance, metres (> 0).</summary>
    public double RangeM { get; }

    /// <summary>Mount height above ground, metres (≥ 0).</summary>
    public double HeightM { get; }

    /// <summary>Downward tilt from horizontal, degrees in [−90, 90].</summary>
    public double TiltDeg { get; }

    /// <summary>Horizontal sensor resolution, pixels (> 0).</summary>
    public int ResolutionPx { get; }

    /// <summary>Pan-tilt-zoom: can look all round; its envelope is the full circle at its range.</summary>
    public bool Ptz { get; }

    /// <summary>True for <c>default(CameraOptics)</c>, which no factory call makes (range and resolution are 0).</summary>
    public bool IsDefault => ResolutionPx == 0;

    /// <summary>Vertical FOV of a 16:9 sensor with the given horizontal FOV: 2·atan(tan(hfov/2)·9/16).</summary>
    public static double VfovFromHfov169(double hfovDeg) =>
        2 * Math.Atan(Math.Tan(hfovDeg * Math.PI / 360) * 9.0 / 16.0) * 180 / Math.PI;

    /// <summary>Validating factory; messages name the contract field (e.g. "heading_deg must be in [0, 360)").</summary>
    public static CameraOptics Create(
        double headingDeg,
        double hfovDeg = DefaultHfovDeg,
        double? vfovDeg = null,
        double rangeM = DefaultRangeM,
        double heightM = DefaultHeightM,
        double tiltDeg = DefaultTiltDeg,
        int resolutionPx = DefaultResolutionPx,
        bool ptz = false)
    {
        Guard.InHalfOpen(headingDeg, 0, 360, "heading_deg");
        if (ptz)
        {
            // A PTZ camera's hfov is its lens at the widest; 360 is allowed for an all-round dome.
            Guard.InOpen(hfovDeg, 0, 360.000001, "hfov_deg");
            hfovDeg = Math.Min(hfovDeg, 360);
        }
        else
        {
            Guard.InOpen(hfovDeg, 0, 360, "hfov_deg");
        }

        var vfov = vfovDeg ?? VfovFromHfov169(Math.Min(hfovDeg, 179));
        Guard.InOpen(vfov, 0, 180, "vfov_deg");
        PlausibleRanges.RangeM(rangeM, "range_m");
        PlausibleRanges.HeightM(heightM, "height_m");
        Guard.InClosed(tiltDeg, -90, 90, "tilt_deg");
        Guard.Positive(resolutionPx, "resolution_px");
        Guard.That(resolutionPx <= PlausibleRanges.MaxResolutionPx, "resolution_px", $"resolution_px must be in [1, {PlausibleRanges.MaxResolutionPx}]");
        return new CameraOptics(headingDeg, hfovDeg, vfov, rangeM, heightM, tiltDeg, resolutionPx, ptz);
    }

    public CameraOptics WithHeading(double headingDeg) =>
        Create(headingDeg, HfovDeg, VfovDeg, RangeM, HeightM, TiltDeg, ResolutionPx, Ptz);
}
