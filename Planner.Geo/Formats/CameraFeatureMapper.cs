using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Turns features with the contract's camera properties into <see cref="Camera"/>s (coordinates stay in the file's CRS).
/// A <c>model</c> fills the optics the feature does not state (resolution, hfov at the wide end, vfov, range, ptz); an
/// explicit <c>hfov_deg</c> must lie in the model's range. Without <c>heading_deg</c> the heading is unknown
/// (<see cref="Camera.HeadingKnown"/> false, placeholder 0) and a warning says so, except for PTZ cameras, which look all round.
/// </summary>
internal static class CameraFeatureMapper
{
    /// <summary>Property names of the contract (plus <c>surveillance_zone</c>, which the camera writer adds).</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "id", "heading_deg", "hfov_deg", "vfov_deg", "range_m", "height_m", "tilt_deg", "resolution_px", "ptz", "model",
        "operator", "operator_id", "recording", "retention_days", "purpose", "permit", "permit_expires", "police_consulted",
        "surveillance_zone", "name", "description", "permit_issuer", "controller_name", "controller_cvr", "controller_contact", "council_decision_ref",
        "council_decision_date", "purpose_category", "deletion_exceptions",
    };

    public static ReadLayer<Camera> Map(SourceLayer layer, Func<CameraCatalogue> catalogue, ICollection<string> warnings)
    {
        var cameras = new List<Located<Camera>>(layer.Features.Count);
        var noHeading = new List<string>();
        foreach (var f in layer.Features)
        {
            var camera = Map(layer.File, layer.Epsg, f, catalogue);
            cameras.Add(camera);
            if (!camera.Item.HeadingKnown && !camera.Item.Optics.Ptz)
            {
                noHeading.Add(camera.Item.Id);
            }
        }

        if (noHeading.Count > 0)
        {
            warnings.Add($"{layer.File}: {noHeading.Count} camera(s) without heading_deg (e.g. \"{noHeading[0]}\"): heading unknown, drawn facing north as a placeholder");
        }

        UnknownProperties.Warn(layer, Known, warnings);
        return new ReadLayer<Camera>(layer.File, layer.Epsg, cameras);
    }

    private static Located<Camera> Map(string file, int epsg, SourceFeature f, Func<CameraCatalogue> catalogue)
    {
        var location = Locations.Feature(f);
        var point = PointOf(f.Geometry, file, location);
        GeometryChecks.RequireInArea(point, epsg, file, location);
        var r = new FieldReader(file, location, f.Properties);
        var id = r.String("id") ?? f.FeatureId ?? throw r.Error("id", "expected a camera id (property \"id\"), got nothing");

        CameraModel? model = null;
        if (r.String("model") is { } key)
        {
            var cat = catalogue();
            if (!cat.TryGet(key, out model))
            {
                throw r.Error("model", $"expected a key of the camera catalogue ({cat.AllKeys}), got \"{key}\"");
            }
        }

        var ptz = r.Bool("ptz") ?? model?.Ptz ?? false;
        var heading = r.Number("heading_deg");
        var hfov = r.Number("hfov_deg");
        if (model is not null && hfov is { } h && !model.AllowsHfov(h))
        {
            throw r.Error("hfov_deg", string.Create(CultureInfo.InvariantCulture,
                $"expected a value in [{model.HfovMinDeg}, {model.HfovMaxDeg}] for model \"{model.Key}\", got {h}"));
        }

        var hfovValue = hfov ?? model?.HfovMaxDeg ?? CameraOptics.DefaultHfovDeg;
        CameraOptics optics;
        try
        {
            optics = CameraOptics.Create(
                heading ?? 0,
                hfovValue,
                r.Number("vfov_deg") ?? model?.VfovFor(hfovValue),
                r.Number("range_m") ?? model?.RangeM ?? CameraOptics.DefaultRangeM,
                r.Number("height_m") ?? CameraOptics.DefaultHeightM,
                r.Number("tilt_deg") ?? CameraOptics.DefaultTiltDeg,
                r.Integer("resolution_px") ?? model?.ResolutionPx ?? CameraOptics.DefaultResolutionPx,
                ptz);
        }
        catch (DomainRuleException ex)
        {
            throw r.Error(ex.Field, $"{ex.Message}, got {FieldReader.Describe(r.Raw(ex.Field))}");
        }

        OperatorType? op = null;
        if (r.String("operator") is { } opText)
        {
            op = OperatorTypes.TryParse(opText, out var t)
                ? t
                : throw r.Error("operator", $"expected one of {OperatorTypes.AllNames}, got \"{opText}\"");
        }

        var retention = r.Integer("retention_days");
        if (retention is < 0 or > PlausibleRanges.MaxRetentionDays)
        {
            throw r.Error("retention_days", $"expected a number of days in [0, {PlausibleRanges.MaxRetentionDays}], got {retention}");
        }

        PurposeCategory? category = null;
        if (r.String("purpose_category") is { } categoryText)
        {
            category = PurposeCategories.TryParse(categoryText, out var pc)
                ? pc
                : throw r.Error("purpose_category", $"expected one of {PurposeCategories.AllNames}, got \"{categoryText}\"");
        }

        var camera = new Camera(id, point.X, point.Y, optics)
        {
            HeadingKnown = heading is not null,
            Model = model?.Key,
            Operator = op,
            OperatorId = r.String("operator_id"),
            Recording = r.Bool("recording"),
            RetentionDays = retention,
            Purpose = r.String("purpose"),
            Permit = r.String("permit"),
            PermitExpires = r.Date("permit_expires"),
            PoliceConsulted = r.Bool("police_consulted"),
            SurveillanceZone = r.String("surveillance_zone"),
            PermitIssuer = r.String("permit_issuer"),
            ControllerName = r.String("controller_name"),
            ControllerCvr = r.String("controller_cvr"),
            ControllerContact = r.String("controller_contact"),
            CouncilDecisionRef = r.String("council_decision_ref"),
            CouncilDecisionDate = r.Date("council_decision_date"),
            PurposeCategory = category,
            DeletionExceptions = r.String("deletion_exceptions"),
        };
        return new Located<Camera>(location, camera);
    }

    /// <summary>The feature's point: a Point, or a MultiPoint of exactly one point.</summary>
    public static Point PointOf(Geometry? g, string file, string location) => g switch
    {
        Point { IsEmpty: false } p => p,
        MultiPoint { NumGeometries: 1 } mp when !mp.IsEmpty => (Point)mp.GetGeometryN(0),
        null => throw Fail.Input(file, location, "geometry", "expected a Point, got no geometry"),
        { IsEmpty: true } => throw Fail.Input(file, location, "geometry", $"expected a Point, got an empty {g.GeometryType}"),
        _ => throw Fail.Input(file, location, "geometry", $"expected a Point, got a {g.GeometryType}"),
    };
}

/// <summary>One warning per file listing property names no reader uses (a typo such as <c>heading</c> would otherwise pass unseen).</summary>
internal static class UnknownProperties
{
    public static void Warn(SourceLayer layer, IReadOnlySet<string> known, ICollection<string> warnings)
    {
        var unknown = layer.Features.SelectMany(f => f.Properties.Keys)
            .Where(k => !known.Contains(k) && !(k.Length == 10 && known.Any(n => n.StartsWith(k, StringComparison.OrdinalIgnoreCase))))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            warnings.Add($"{layer.File}: properties not used and ignored: {string.Join(", ", unknown.Take(12))}{(unknown.Count > 12 ? ", …" : "")}");
        }
    }
}
