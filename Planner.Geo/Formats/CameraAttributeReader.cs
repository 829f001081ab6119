using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Builds a <see cref="Camera"/> from one feature or row through the attribute table, for every format. Optics are
/// read first (model, ptz, heading, hfov, vfov, range, height, tilt, resolution) and validated together; then each
/// other attribute in table order, with its type, choice list and rule. With a catalogue, <c>model</c> must be one of
/// its keys and fills the optics the source leaves out; without one (plan files, whose optics are stored in full) the
/// model is kept as text.
/// </summary>
internal static class CameraAttributeReader
{
    public static Camera Read(IFieldSource r, string id, double x, double y, Func<CameraCatalogue>? catalogue)
    {
        var modelText = r.Text("model");
        CameraModel? model = null;
        if (catalogue is not null && modelText is { } key)
        {
            var cat = catalogue();
            if (!cat.TryGet(key, out model))
            {
                throw r.Error("model", $"expected a key of the camera catalogue ({cat.AllKeys}), got \"{key}\"");
            }
        }

        var ptz = r.Bool("ptz") ?? model?.Ptz ?? (bool)CameraAttributes.Named("ptz").Default!;
        var heading = r.Number("heading_deg");
        var hfov = r.Number("hfov_deg");
        if (model is not null && hfov is { } h && !model.AllowsHfov(h))
        {
            throw r.Error("hfov_deg", string.Create(CultureInfo.InvariantCulture,
                $"expected a value in [{model.HfovMinDeg}, {model.HfovMaxDeg}] for model \"{model.Key}\", got {h}"));
        }

        var hfovValue = hfov ?? model?.HfovMaxDeg ?? CameraAttributes.DefaultNumber("hfov_deg");
        CameraOptics optics;
        try
        {
            optics = CameraOptics.Create(
                heading ?? 0,
                hfovValue,
                r.Number("vfov_deg") ?? model?.VfovFor(hfovValue),
                r.Number("range_m") ?? model?.RangeM ?? CameraAttributes.DefaultNumber("range_m"),
                r.Number("height_m") ?? CameraAttributes.DefaultNumber("height_m"),
                r.Number("tilt_deg") ?? CameraAttributes.DefaultNumber("tilt_deg"),
                r.Integer("resolution_px") ?? model?.ResolutionPx ?? (int)CameraAttributes.DefaultNumber("resolution_px"),
                ptz);
        }
        catch (DomainRuleException ex)
        {
            throw r.Refused(ex);
        }

        var camera = new Camera(id, x, y, optics) { HeadingKnown = heading is not null, Model = model?.Key ?? modelText };
        foreach (var a in CameraAttributes.All)
        {
            if (a.Set is null || a.Name == "model")
            {
                continue;
            }

            var value = Value(r, a);
            if (value is not null && a.Check?.Invoke(value) is { } expected)
            {
                throw r.Error(a.Name, expected);
            }

            camera = a.Set(camera, value);
        }

        return camera;
    }

    private static object? Value(IFieldSource r, CameraAttribute a) => a.Type switch
    {
        AttributeType.Text => r.Text(a.Name),
        AttributeType.Real => r.Number(a.Name),
        AttributeType.Integer => r.Integer(a.Name),
        AttributeType.Boolean => r.Bool(a.Name),
        AttributeType.Date => r.Date(a.Name),
        AttributeType.Choice => r.Text(a.Name) is { } text
            ? a.Choices!.Parse(text) ?? throw r.Error(a.Name, $"expected one of {a.Choices.AllNames}, got \"{text}\"")
            : null,
        _ => throw new ArgumentOutOfRangeException(nameof(a), a.Type, "unknown attribute type"),
    };
}
