using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>
/// Closed-form ground geometry of one camera (coverage contract of DESIGN.md). Distances are horizontal,
/// in metres from the camera's ground point; <c>h</c> = mount height, <c>t</c> = target height.
/// </summary>
public readonly record struct ViewGeometry
{
    private ViewGeometry(double nearM, double farM, double eyeAboveTargetM, double resolutionPx, double halfHfovTan)
    {
        NearM = nearM;
        FarM = farM;
        EyeAboveTargetM = eyeAboveTargetM;
        ResolutionPx = resolutionPx;
        HalfHfovTan = halfHfovTan;
    }

    /// <summary>Near limit: (h − t) / tan(tilt + vfov/2); 0 when the lower edge of the view points straight down or beyond.</summary>
    public double NearM { get; }

    /// <summary>Far limit: min(range, (h − t) / tan(tilt − vfov/2)); range when tilt ≤ vfov/2.</summary>
    public double FarM { get; }

    /// <summary>h − t, metres.</summary>
    public double EyeAboveTargetM { get; }

    public double ResolutionPx { get; }

    public double HalfHfovTan { get; }

    /// <summary>True when the footprint has area (far &gt; near).</summary>
    public bool HasFootprint => FarM > NearM;

    /// <summary>Computes near/far limits for a target height <paramref name="targetHeightM"/> (default 0 = ground).</summary>
    public static ViewGeometry Of(CameraOptics optics, double targetHeightM = 0)
    {
        Guard.Finite(targetHeightM, "target_height_m");
        var dh = optics.HeightM - targetHeightM;
        var tilt = optics.TiltDeg * Math.PI / 180;
        var halfV = optics.VfovDeg * Math.PI / 360;
        double near;
        double far;
        if (optics.Ptz)
        {
            // A PTZ camera can be turned and tilted to look anywhere within its range.
            near = 0;
            far = optics.RangeM;
        }
        else if (dh <= 0)
        {
            // Eye at or below the target plane: the ground rays never meet it below the horizon.
            // The target is seen wherever the view cone contains the horizon, out to range.
            near = 0;
            far = tilt - halfV <= 0 && tilt + halfV >= 0 ? optics.RangeM : 0;
        }
        else
        {
            var lower = tilt + halfV;
            near = lower >= Math.PI / 2 ? 0 : lower <= 0 ? double.PositiveInfinity : dh / Math.Tan(lower);
            var upper = tilt - halfV;
            far = upper <= 0 ? optics.RangeM : Math.Min(optics.RangeM, dh / Math.Tan(upper));
        }

        // Pixel density uses the lens's horizontal FOV; an all-round PTZ envelope (hfov ≥ 180) is not one image, so its lens is taken as 90°.
        var hf = Math.Tan((optics.HfovDeg >= 180 ? 90 : optics.HfovDeg) * Math.PI / 360);
        return new ViewGeometry(Math.Min(near, far), far, dh, optics.ResolutionPx, hf);
    }

    /// <summary>Pixel density at horizontal distance d: resolution / (2 · sqrt(d² + (h−t)²) · tan(hfov/2)), px/m.</summary>
    public double PixelsPerMetreAt(double horizontalDistanceM)
    {
        var slant = Math.Sqrt(horizontalDistanceM * horizontalDistanceM + EyeAboveTargetM * EyeAboveTargetM);
        return slant <= 0 ? double.PositiveInfinity : ResolutionPx / (2 * slant * HalfHfovTan);
    }

    /// <summary>
    /// Horizontal distance at which the pixel density falls to the level's threshold:
    /// sqrt((res / (2·ppm·tan(hfov/2)))² − (h−t)²), or 0 when the level is never reached; +∞ for <see cref="DoriLevel.Visible"/>.
    /// The level's ground ring is [near, min(far, this)].
    /// </summary>
    public double LevelLimitM(DoriLevel level)
    {
        var ppm = level.MinPixelsPerMetre();
        if (ppm <= 0)
        {
            return double.PositiveInfinity;
        }

        var slant = ResolutionPx / (2 * ppm * HalfHfovTan);
        var d2 = slant * slant - EyeAboveTargetM * EyeAboveTargetM;
        return d2 <= 0 ? 0 : Math.Sqrt(d2);
    }

    /// <summary>Outer radius of the ground ring for a level: min(far, level limit).</summary>
    public double OuterRadiusM(DoriLevel level) => Math.Min(FarM, LevelLimitM(level));

    /// <summary>The best level whose pixel density is met at horizontal distance d (ignores near/far and occlusion).</summary>
    public DoriLevel LevelAt(double horizontalDistanceM)
    {
        var ppm = PixelsPerMetreAt(horizontalDistanceM);
        var best = DoriLevel.Visible;
        foreach (var level in DoriLevels.All)
        {
            if (ppm >= level.MinPixelsPerMetre())
            {
                best = level;
            }
        }

        return best;
    }
}
