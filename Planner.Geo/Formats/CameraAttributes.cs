using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// The one camera attribute table of the input contract (DESIGN.md "Inputs"). It drives the GeoJSON reader and
/// writer, the GeoPackage layout, reader and writer, and the PostGIS reader and writer, so an attribute is named,
/// typed and defaulted here only; the report's layer hash and the app's camera editor take their fields from it too.
/// Order is the GeoPackage column order and the GeoJSON property order.
/// Angles in degrees (heading 0 = north, clockwise; tilt downward from horizontal), distances in metres.
/// </summary>
public static class CameraAttributes
{
    public static IReadOnlyList<CameraAttribute> All { get; } =
    [
        new("id", AttributeType.Text, null, null, "Camera id, unique in the plan") { Get = c => c.Id, Required = true },
        new("heading_deg", AttributeType.Real, "°", null, "Direction of view, 0 = north, clockwise; null = unknown")
        {
            Get = c => c.HeadingKnown ? c.Optics.HeadingDeg : null, IsOptics = true,
        },
        new("hfov_deg", AttributeType.Real, "°", CameraOptics.DefaultHfovDeg, "Horizontal field of view") { Get = c => c.Optics.HfovDeg, IsOptics = true },
        new("vfov_deg", AttributeType.Real, "°", null, "Vertical field of view; default from hfov_deg and a 16:9 sensor")
        {
            Get = c => c.Optics.VfovDeg, IsOptics = true,
        },
        new("range_m", AttributeType.Real, "m", CameraOptics.DefaultRangeM, "Useful ground range") { Get = c => c.Optics.RangeM, IsOptics = true },
        new("height_m", AttributeType.Real, "m", CameraOptics.DefaultHeightM, "Mount height above ground") { Get = c => c.Optics.HeightM, IsOptics = true },
        new("tilt_deg", AttributeType.Real, "°", CameraOptics.DefaultTiltDeg, "Tilt downward from horizontal") { Get = c => c.Optics.TiltDeg, IsOptics = true },
        new("resolution_px", AttributeType.Integer, "px", CameraOptics.DefaultResolutionPx, "Horizontal pixels")
        {
            Get = c => c.Optics.ResolutionPx, IsOptics = true,
        },
        new("ptz", AttributeType.Boolean, null, false, "Pan-tilt-zoom: can look all round") { Get = c => c.Optics.Ptz, IsOptics = true },
        new("model", AttributeType.Text, null, null, "Key of the camera catalogue (data/cameras) that fills the optics")
        {
            Get = c => c.Model, Set = (c, v) => c with { Model = (string?)v },
        },
        new("operator", AttributeType.Choice, null, null, "Who runs the camera")
        {
            Get = c => c.Operator?.ToContractName(),
            Set = (c, v) => c with { Operator = (OperatorType?)v },
            Choices = new([.. Enum.GetValues<OperatorType>().Select(t => t.ToContractName())], s => OperatorTypes.TryParse(s, out var t) ? t : null),
        },
        Text("operator_id", "Id of the operator (matches zones' operator_id)", c => c.OperatorId, (c, v) => c with { OperatorId = v }),
        new("recording", AttributeType.Boolean, null, null, "Images are recorded (false = live view only)")
        {
            Get = c => c.Recording, Set = (c, v) => c with { Recording = (bool?)v },
        },
        new("retention_days", AttributeType.Integer, "days", null, "How long recordings are kept")
        {
            Get = c => c.RetentionDays,
            Set = (c, v) => c with { RetentionDays = (int?)v },
            Check = v => v is int d and (< 0 or > PlausibleRanges.MaxRetentionDays)
                ? string.Create(CultureInfo.InvariantCulture, $"expected a number of days in [0, {PlausibleRanges.MaxRetentionDays}], got {d}")
                : null,
        },
        Text("purpose", "What the camera is for", c => c.Purpose, (c, v) => c with { Purpose = v }),
        Text("permit", "Permit reference, where a permit applies", c => c.Permit, (c, v) => c with { Permit = v }),
        new("permit_expires", AttributeType.Date, null, null, "Last day the permit is valid")
        {
            Get = c => c.PermitExpires, Set = (c, v) => c with { PermitExpires = (DateOnly?)v },
        },
        new("police_consulted", AttributeType.Boolean, null, null, "Municipal cameras under § 2 a: the police were consulted")
        {
            Get = c => c.PoliceConsulted, Set = (c, v) => c with { PoliceConsulted = (bool?)v },
        },
        Text("surveillance_zone", "OSM surveillance:zone or a free label", c => c.SurveillanceZone, (c, v) => c with { SurveillanceZone = v }),
        Text("permit_issuer", "Who issued the permit", c => c.PermitIssuer, (c, v) => c with { PermitIssuer = v }),
        Text("controller_name", "Data controller (legal entity)", c => c.ControllerName, (c, v) => c with { ControllerName = v }),
        Text("controller_cvr", "Controller's CVR number", c => c.ControllerCvr, (c, v) => c with { ControllerCvr = v }),
        Text("controller_contact", "How to reach the controller about footage", c => c.ControllerContact, (c, v) => c with { ControllerContact = v }),
        Text("council_decision_ref", "Municipal council decision (§ 2 a)", c => c.CouncilDecisionRef, (c, v) => c with { CouncilDecisionRef = v }),
        new("council_decision_date", AttributeType.Date, null, null, "Date of the council decision")
        {
            Get = c => c.CouncilDecisionDate, Set = (c, v) => c with { CouncilDecisionDate = (DateOnly?)v },
        },
        new("purpose_category", AttributeType.Choice, null, null, "Legal category of the purpose")
        {
            Get = c => c.PurposeCategory?.ToContractName(),
            Set = (c, v) => c with { PurposeCategory = (PurposeCategory?)v },
            Choices = new([.. Enum.GetValues<PurposeCategory>().Select(c => c.ToContractName())], s => PurposeCategories.TryParse(s, out var p) ? p : null),
        },
        Text("deletion_exceptions", "Recorded grounds for keeping footage beyond the limit", c => c.DeletionExceptions, (c, v) => c with { DeletionExceptions = v }),
    ];

    /// <summary>Every attribute name, case-insensitive.</summary>
    public static IReadOnlySet<string> Names { get; } = All.Select(a => a.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The attribute named <paramref name="name"/> (a contract name; an unknown one is a programming error).</summary>
    public static CameraAttribute Named(string name) =>
        All.FirstOrDefault(a => a.Name == name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "not a camera attribute");

    /// <summary>The default of a numeric attribute (hfov_deg 90, range_m 50, height_m 4, tilt_deg 15, resolution_px 1920).</summary>
    public static double DefaultNumber(string name) => Convert.ToDouble(Named(name).Default, CultureInfo.InvariantCulture);

    private static CameraAttribute Text(string name, string doc, Func<Camera, string?> get, Func<Camera, string?, Camera> set) =>
        new(name, AttributeType.Text, null, null, doc) { Get = get, Set = (c, v) => set(c, (string?)v) };
}
