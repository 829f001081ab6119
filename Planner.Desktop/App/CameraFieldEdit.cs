using System.Globalization;
using Planner.Geo;
using Planner.Geo.Model;

namespace Planner.Desktop.App;

/// <summary>
/// One field of the camera editor applied to a camera: the text the planner typed, parsed and validated with the
/// contract's rules, giving a new camera (the input is never changed). A value that breaks a rule throws
/// <see cref="DomainRuleException"/> whose field is the contract name and whose message says what is expected.
/// Angles in degrees, distances in metres, dates as ISO yyyy-mm-dd.
/// </summary>
internal static class CameraFieldEdit
{
    /// <summary>The editable fields by contract name, in the editor's order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "model", "heading_deg", "hfov_deg", "range_m", "height_m", "tilt_deg", "resolution_px", "ptz",
        "operator", "operator_id", "recording", "retention_days", "purpose", "permit", "permit_expires", "police_consulted",
    ];

    public static Camera Apply(Camera camera, string field, string? text, CameraCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(catalogue);
        var o = camera.Optics;
        var model = camera.Model is not null && catalogue.TryGet(camera.Model, out var m) ? m : null;
        return field switch
        {
            "model" => WithModel(camera, text, catalogue),
            "heading_deg" => camera with { Optics = Optics(Number(text, field), o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, o.TiltDeg, o.ResolutionPx, o.Ptz), HeadingKnown = true },
            "hfov_deg" => WithHfov(camera, Number(text, field), model),
            "range_m" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, Number(text, field), o.HeightM, o.TiltDeg, o.ResolutionPx, o.Ptz) },
            "height_m" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, Number(text, field), o.TiltDeg, o.ResolutionPx, o.Ptz) },
            "tilt_deg" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, Number(text, field), o.ResolutionPx, o.Ptz) },
            "resolution_px" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, o.TiltDeg, WholeNumber(text, field), o.Ptz) },
            "ptz" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, o.TiltDeg, o.ResolutionPx, Flag(text, field) ?? false) },
            "operator" => camera with { Operator = OperatorOf(text) },
            "operator_id" => camera with { OperatorId = Text(text) },
            "recording" => camera with { Recording = Flag(text, field) },
            "retention_days" => camera with { RetentionDays = Blank(text) ? null : Guard.NonNegative(WholeNumber(text, field), field) },
            "purpose" => camera with { Purpose = Text(text) },
            "permit" => camera with { Permit = Text(text) },
            "permit_expires" => camera with { PermitExpires = DateOf(text, field) },
            "police_consulted" => camera with { PoliceConsulted = Flag(text, field) },
            _ => throw new DomainRuleException(field, $"{field} is not an editable camera field ({string.Join(", ", Fields)})"),
        };
    }

    /// <summary>A camera of a catalogue model at (x, y) in the working CRS: the model's wide end, default mount.</summary>
    public static Camera FromModel(string id, double x, double y, double headingDeg, CameraModel model) =>
        new(id, x, y, CameraOptics.Create(headingDeg, model.HfovMaxDeg, model.VfovDeg, model.RangeM, resolutionPx: model.ResolutionPx, ptz: model.Ptz))
        {
            Model = model.Key,
            Operator = OperatorType.Municipality,
        };

    /// <summary>The camera moved to (x, y) in the working CRS, metres.</summary>
    public static Camera Moved(Camera camera, double x, double y) =>
        camera with { X = Guard.Finite(x, "x"), Y = Guard.Finite(y, "y") };

    /// <summary>The camera turned to <paramref name="headingDeg"/> (any finite angle, normalised to [0, 360)).</summary>
    public static Camera Rotated(Camera camera, double headingDeg)
    {
        Guard.Finite(headingDeg, "heading_deg");
        var h = headingDeg % 360;
        h = h < 0 ? h + 360 : h;
        return camera with { Optics = camera.Optics.WithHeading(h >= 360 ? 0 : h), HeadingKnown = true };
    }

    /// <summary>The text the editor shows for a field of <paramref name="camera"/>.</summary>
    public static string Show(Camera camera, string field)
    {
        var o = camera.Optics;
        return field switch
        {
            "model" => camera.Model ?? "",
            "heading_deg" => camera.HeadingKnown ? Num(o.HeadingDeg) : "",
            "hfov_deg" => Num(o.HfovDeg),
            "range_m" => Num(o.RangeM),
            "height_m" => Num(o.HeightM),
            "tilt_deg" => Num(o.TiltDeg),
            "resolution_px" => o.ResolutionPx.ToString(CultureInfo.InvariantCulture),
            "ptz" => o.Ptz ? "true" : "false",
            "operator" => camera.Operator?.ToContractName() ?? "",
            "operator_id" => camera.OperatorId ?? "",
            "recording" => FlagText(camera.Recording),
            "retention_days" => camera.RetentionDays?.ToString(CultureInfo.InvariantCulture) ?? "",
            "purpose" => camera.Purpose ?? "",
            "permit" => camera.Permit ?? "",
            "permit_expires" => camera.PermitExpires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            "police_consulted" => FlagText(camera.PoliceConsulted),
            _ => "",
        };
    }

    private static Camera WithModel(Camera camera, string? text, CameraCatalogue catalogue)
    {
        if (Blank(text))
        {
            return camera with { Model = null };
        }

        if (!catalogue.TryGet(text!.Trim(), out var model))
        {
            throw new DomainRuleException("model", $"model must be a key of the camera catalogue ({catalogue.AllKeys})");
        }

        var o = camera.Optics;
        return camera with
        {
            Model = model.Key,
            Optics = Optics(o.HeadingDeg, model.HfovMaxDeg, model.VfovDeg, model.RangeM, o.HeightM, o.TiltDeg, model.ResolutionPx, model.Ptz),
        };
    }

    private static Camera WithHfov(Camera camera, double hfov, CameraModel? model)
    {
        if (model is not null && !model.AllowsHfov(hfov))
        {
            throw new DomainRuleException("hfov_deg", model.Varifocal
                ? $"hfov_deg must be in [{Num(model.HfovMinDeg)}, {Num(model.HfovMaxDeg)}] for the lens of model {model.Key}"
                : $"hfov_deg of model {model.Key} is fixed at {Num(model.HfovMaxDeg)} (choose another model for another lens)");
        }

        var o = camera.Optics;
        var vfov = model?.VfovFor(hfov) ?? CameraOptics.VfovFromHfov169(Math.Min(hfov, 179));
        return camera with { Optics = Optics(o.HeadingDeg, hfov, vfov, o.RangeM, o.HeightM, o.TiltDeg, o.ResolutionPx, o.Ptz) };
    }

    private static CameraOptics Optics(double heading, double hfov, double vfov, double range, double height, double tilt, int resolution, bool ptz) =>
        CameraOptics.Create(heading, hfov, vfov, range, height, tilt, resolution, ptz);

    private static double Number(string? text, string field) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new DomainRuleException(field, $"{field} must be a number (decimal point), got \"{text}\"");

    private static int WholeNumber(string? text, string field) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new DomainRuleException(field, $"{field} must be a whole number, got \"{text}\"");

    private static bool? Flag(string? text, string field) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => throw new DomainRuleException(field, $"{field} must be true, false or empty (not stated), got \"{text}\""),
    };

    private static OperatorType? OperatorOf(string? text) =>
        Blank(text) ? null
        : OperatorTypes.TryParse(text, out var t) ? t
        : throw new DomainRuleException("operator", $"operator must be one of {OperatorTypes.AllNames}, got \"{text}\"");

    private static DateOnly? DateOf(string? text, string field) =>
        Blank(text) ? null
        : DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new DomainRuleException(field, $"{field} must be a date yyyy-mm-dd, got \"{text}\"");

    private static string? Text(string? text) => Blank(text) ? null : text!.Trim();

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string FlagText(bool? value) => value switch { true => "true", false => "false", null => "" };

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
