using System.Globalization;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Desktop.App;

/// <summary>
/// One field of the camera editor applied to a camera: the text the planner typed, parsed and validated with the
/// contract's rules, giving a new camera (the input is never changed). The fields, their types, choice lists and rules
/// come from the one camera attribute table (<see cref="CameraAttributes"/>). A value that breaks a rule throws
/// <see cref="DomainRuleException"/> whose field is the contract name and whose message says what is expected.
/// Angles in degrees, distances in metres, dates as ISO yyyy-mm-dd.
/// </summary>
internal static class CameraFieldEdit
{
    // Nicer words than the contract name gives for a few fields; the others read as their name and unit ("Range m").
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["model"] = "Model (lens)",
        ["hfov_deg"] = "Field of view °",
        ["tilt_deg"] = "Tilt ° (down)",
        ["ptz"] = "PTZ",
        ["controller_cvr"] = "Controller CVR",
    };

    /// <summary>
    /// The editable attributes in the editor's order: the model first (choosing a lens fills the optics), then the table
    /// order. Not edited here: the id (the camera's identity) and vfov_deg (it follows hfov_deg and the lens).
    /// </summary>
    public static IReadOnlyList<CameraAttribute> Attributes { get; } =
        [CameraAttributes.Named("model"), .. CameraAttributes.All.Where(a => a.Name is not ("id" or "vfov_deg" or "model"))];

    /// <summary>The editable fields by contract name, in the editor's order.</summary>
    public static IReadOnlyList<string> Fields { get; } = [.. Attributes.Select(a => a.Name)];

    /// <summary>The editable attribute named <paramref name="field"/>, or null.</summary>
    public static CameraAttribute? Attribute(string field) => Attributes.FirstOrDefault(a => a.Name == field);

    /// <summary>The field's label in the editor: the contract name in words and its unit ("Heading °", "Retention days").</summary>
    public static string Label(CameraAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        if (Labels.TryGetValue(attribute.Name, out var label))
        {
            return label;
        }

        var words = attribute.Name.Split('_').ToList();
        if (attribute.Unit is not null && words.Count > 1)
        {
            words[^1] = attribute.Unit;
        }

        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static Camera Apply(Camera camera, string field, string? text, CameraCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(catalogue);
        var attribute = Attribute(field) ?? throw new DomainRuleException(field, $"{field} is not an editable camera field ({string.Join(", ", Fields)})");
        if (field == "model")
        {
            return WithModel(camera, text, catalogue);
        }

        var value = Parse(attribute, text);
        if (value is not null && attribute.Check?.Invoke(value) is { } expected)
        {
            throw new DomainRuleException(field, $"{field}: {expected}");
        }

        return attribute.IsOptics ? WithOptics(camera, attribute, value, catalogue) : attribute.Set!(camera, value);
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

    /// <summary>The text the editor shows for a field of <paramref name="camera"/> ("" for a value not stated).</summary>
    public static string Show(Camera camera, string field) => Attribute(field)?.Get(camera) switch
    {
        null => "",
        double d => Num(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        bool b => FlagText(b),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };

    // A number of the optics is always stated; a blank flag of the optics (ptz) takes the table's default.
    private static object? Parse(CameraAttribute a, string? text) => a.Type switch
    {
        AttributeType.Real => Number(text, a.Name),
        AttributeType.Integer => a.IsOptics || !Blank(text) ? WholeNumber(text, a.Name) : null,
        AttributeType.Boolean => (object?)Flag(text, a.Name) ?? (a.IsOptics ? a.Default : null),
        AttributeType.Date => DateOf(text, a.Name),
        AttributeType.Choice => Blank(text) ? null
            : a.Choices!.Parse(text!.Trim()) ?? throw new DomainRuleException(a.Name, $"{a.Name} must be one of {a.Choices.AllNames}, got \"{text}\""),
        _ => Text(text),
    };

    private static Camera WithOptics(Camera camera, CameraAttribute a, object? value, CameraCatalogue catalogue)
    {
        var o = camera.Optics;
        return a.Name switch
        {
            "heading_deg" => camera with { Optics = Optics(ToDouble(value), o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, o.TiltDeg, o.ResolutionPx, o.Ptz), HeadingKnown = true },
            "hfov_deg" => WithHfov(camera, ToDouble(value), camera.Model is not null && catalogue.TryGet(camera.Model, out var m) ? m : null),
            "range_m" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, ToDouble(value), o.HeightM, o.TiltDeg, o.ResolutionPx, o.Ptz) },
            "height_m" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, ToDouble(value), o.TiltDeg, o.ResolutionPx, o.Ptz) },
            "tilt_deg" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, ToDouble(value), o.ResolutionPx, o.Ptz) },
            "resolution_px" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, o.TiltDeg, (int)value!, o.Ptz) },
            "ptz" => camera with { Optics = Optics(o.HeadingDeg, o.HfovDeg, o.VfovDeg, o.RangeM, o.HeightM, o.TiltDeg, o.ResolutionPx, (bool)value!) },
            _ => throw new DomainRuleException(a.Name, $"{a.Name} is not an editable camera field ({string.Join(", ", Fields)})"),
        };
    }

    private static double ToDouble(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

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

    private static DateOnly? DateOf(string? text, string field) =>
        Blank(text) ? null
        : DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new DomainRuleException(field, $"{field} must be a date yyyy-mm-dd, got \"{text}\"");

    private static string? Text(string? text) => Blank(text) ? null : text!.Trim();

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string FlagText(bool? value) => value switch { true => "true", false => "false", null => "" };

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
