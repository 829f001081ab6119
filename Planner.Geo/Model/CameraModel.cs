namespace Planner.Geo.Model;

/// <summary>
/// A camera model of the catalogue (data/cameras/catalogue.json): sensor resolution and lens field of view.
/// Angles in degrees, distances in metres. A fixed lens has <see cref="HfovMinDeg"/> = <see cref="HfovMaxDeg"/>;
/// a varifocal or PTZ lens spans the range (wide end = <see cref="HfovMaxDeg"/>). <see cref="VfovDeg"/> is the
/// vertical field of view at the wide end.
/// </summary>
public sealed record CameraModel
{
    /// <summary>How far a camera's hfov_deg may lie outside the model's range and still count as that lens (data sheets round to 1°).</summary>
    public const double HfovToleranceDeg = 0.5;

    private CameraModel(string key, string name, string kind, int resolutionPx, int resolutionVPx, double hfovMinDeg, double hfovMaxDeg, double vfovDeg, double rangeM, bool ptz)
    {
        Key = key;
        Name = name;
        Kind = kind;
        ResolutionPx = resolutionPx;
        ResolutionVPx = resolutionVPx;
        HfovMinDeg = hfovMinDeg;
        HfovMaxDeg = hfovMaxDeg;
        VfovDeg = vfovDeg;
        RangeM = rangeM;
        Ptz = ptz;
    }

    /// <summary>Catalogue key, the value of a camera's <c>model</c> property.</summary>
    public string Key { get; }

    public string Name { get; }

    /// <summary>bullet, dome or ptz.</summary>
    public string Kind { get; }

    /// <summary>Horizontal sensor resolution, pixels.</summary>
    public int ResolutionPx { get; }

    /// <summary>Vertical sensor resolution, pixels.</summary>
    public int ResolutionVPx { get; }

    public double HfovMinDeg { get; }

    public double HfovMaxDeg { get; }

    public double VfovDeg { get; }

    /// <summary>Default useful range, metres.</summary>
    public double RangeM { get; }

    public bool Ptz { get; }

    /// <summary>
    /// Price of one camera of this model, installed, in DKK (optional <c>price_dkk</c> in the catalogue; the bundled
    /// catalogue states none). Null or finite and &gt; 0.
    /// </summary>
    public double? PriceDkk
    {
        get;
        init => field = value is { } v ? Guard.Positive(v, "price_dkk") : null;
    }

    public bool Varifocal => HfovMaxDeg - HfovMinDeg > HfovToleranceDeg;

    /// <summary>Validating factory; messages name the catalogue field.</summary>
    public static CameraModel Create(string key, string name, string kind, int resolutionPx, int resolutionVPx,
        double hfovMinDeg, double hfovMaxDeg, double vfovDeg, double rangeM, bool ptz)
    {
        Guard.NotBlank(key, "key");
        Guard.NotBlank(name, "name");
        Guard.That(kind is "bullet" or "dome" or "ptz", "kind", "kind must be bullet, dome or ptz");
        Guard.Positive(resolutionPx, "resolution_px");
        Guard.Positive(resolutionVPx, "resolution_v_px");
        Guard.InOpen(hfovMinDeg, 0, 360, "hfov_deg.min");
        Guard.InOpen(hfovMaxDeg, 0, 360, "hfov_deg.max");
        Guard.That(hfovMinDeg <= hfovMaxDeg, "hfov_deg", "hfov_deg.min must be ≤ hfov_deg.max");
        Guard.InOpen(vfovDeg, 0, 180, "vfov_deg");
        Guard.Positive(rangeM, "range_m");
        return new CameraModel(key.Trim(), name.Trim(), kind, resolutionPx, resolutionVPx, hfovMinDeg, hfovMaxDeg, vfovDeg, rangeM, ptz);
    }

    /// <summary>Whether a camera may state this hfov for this model (within <see cref="HfovToleranceDeg"/> of the range).</summary>
    public bool AllowsHfov(double hfovDeg) =>
        hfovDeg >= HfovMinDeg - HfovToleranceDeg && hfovDeg <= HfovMaxDeg + HfovToleranceDeg;

    /// <summary>
    /// Vertical FOV at a zoomed hfov: the lens keeps the wide end's ratio tan(vfov/2)/tan(hfov/2) (a rectilinear lens on
    /// a fixed sensor), so the wide end gives exactly <see cref="VfovDeg"/>.
    /// </summary>
    public double VfovFor(double hfovDeg)
    {
        if (hfovDeg == HfovMaxDeg)
        {
            return VfovDeg;
        }

        var ratio = Math.Tan(VfovDeg * Math.PI / 360) / Math.Tan(Math.Min(HfovMaxDeg, 179) * Math.PI / 360);
        return 2 * Math.Atan(Math.Tan(Math.Min(hfovDeg, 179) * Math.PI / 360) * ratio) * 180 / Math.PI;
    }
}
