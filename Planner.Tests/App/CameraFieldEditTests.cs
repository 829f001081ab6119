using Planner.Desktop.App;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Tests.App;

public sealed class CameraFieldEditTests
{
    private static readonly CameraCatalogue Catalogue = CameraCatalogueLoader.LoadDirectory(null);

    private static Camera Camera() => CameraFieldEdit.FromModel("c1", 1000, 2000, 90, Catalogue.Models.First(m => m.Varifocal && !m.Ptz));

    [Theory]
    [InlineData("heading_deg", "360", "heading_deg must be in [0, 360)")]
    [InlineData("heading_deg", "-1", "heading_deg must be in [0, 360)")]
    [InlineData("heading_deg", "north", "heading_deg must be a number (decimal point), got \"north\"")]
    [InlineData("range_m", "0", "range_m must be in (0, 5000] metres")]
    [InlineData("height_m", "-2", "height_m must be in [0, 1000]")]
    [InlineData("tilt_deg", "91", "tilt_deg must be in [-90, 90]")]
    [InlineData("resolution_px", "1.5", "resolution_px must be a whole number, got \"1.5\"")]
    [InlineData("retention_days", "-1", "retention_days: expected a number of days in [0, 36500], got -1")]
    [InlineData("operator", "mafia", "operator must be one of municipality, police, authority, business, housing, private, got \"mafia\"")]
    [InlineData("recording", "maybe", "recording must be true, false or empty (not stated), got \"maybe\"")]
    [InlineData("permit_expires", "31/12/2026", "permit_expires must be a date yyyy-mm-dd, got \"31/12/2026\"")]
    [InlineData("hfov_deg", "150", "hfov_deg must be in [")]
    [InlineData("purpose_category", "safety", "purpose_category must be one of tryghed, crime_prevention, security, evidence, traffic, other, got \"safety\"")]
    [InlineData("council_decision_date", "27.02.2025", "council_decision_date must be a date yyyy-mm-dd, got \"27.02.2025\"")]
    [InlineData("vfov_deg", "40", "vfov_deg is not an editable camera field")]
    public void Apply_InvalidValue_RefusedWithTheRule(string field, string text, string rule)
    {
        var camera = Camera();
        var error = Assert.Throws<DomainRuleException>(() => CameraFieldEdit.Apply(camera, field, text, Catalogue));
        Assert.Equal(field, error.Field);
        Assert.StartsWith(rule, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("heading_deg", "45.5")]
    [InlineData("range_m", "35")]
    [InlineData("height_m", "6")]
    [InlineData("tilt_deg", "20")]
    [InlineData("operator", "business")]
    [InlineData("operator_id", "shop-7")]
    [InlineData("recording", "true")]
    [InlineData("retention_days", "30")]
    [InlineData("purpose", "crime prevention")]
    [InlineData("permit", "P-2025-14")]
    [InlineData("permit_expires", "2027-06-30")]
    [InlineData("police_consulted", "false")]
    [InlineData("controller_name", "Lindsted Kommune")]
    [InlineData("controller_cvr", "29189587")]
    [InlineData("council_decision_ref", "BY-2025-12")]
    [InlineData("council_decision_date", "2025-02-27")]
    [InlineData("purpose_category", "tryghed")]
    [InlineData("deletion_exceptions", "politianmeldelse 2025-1234")]
    [InlineData("permit_issuer", "Københavns Politi")]
    [InlineData("surveillance_zone", "public")]
    public void Apply_ValidValue_ShownBackAsTyped_InputUnchanged(string field, string text)
    {
        var camera = Camera();
        var before = CameraFieldEdit.Show(camera, field);
        var edited = CameraFieldEdit.Apply(camera, field, text, Catalogue);
        Assert.Equal(text, CameraFieldEdit.Show(edited, field));
        Assert.Equal(before, CameraFieldEdit.Show(camera, field));
        Assert.Equal((camera.X, camera.Y, camera.Id), (edited.X, edited.Y, edited.Id));
    }

    [Fact]
    public void Apply_HfovOfVarifocalLens_VfovFollowsTheLens()
    {
        var camera = Camera();
        var model = Catalogue.Models.First(m => m.Key == camera.Model);
        var narrow = (model.HfovMinDeg + model.HfovMaxDeg) / 2;
        var edited = CameraFieldEdit.Apply(camera, "hfov_deg", narrow.ToString(System.Globalization.CultureInfo.InvariantCulture), Catalogue);
        Assert.Equal(narrow, edited.Optics.HfovDeg, 9);
        Assert.Equal(model.VfovFor(narrow), edited.Optics.VfovDeg, 9);
    }

    [Fact]
    public void Apply_Model_FillsOpticsOfThatModel_KeepsMount()
    {
        var camera = CameraFieldEdit.Apply(Camera(), "height_m", "7", Catalogue);
        var other = Catalogue.Models.First(m => m.Key != camera.Model && !m.Ptz);
        var edited = CameraFieldEdit.Apply(camera, "model", other.Key, Catalogue);
        Assert.Equal((other.Key, other.HfovMaxDeg, other.VfovDeg, other.ResolutionPx, other.RangeM), (edited.Model, edited.Optics.HfovDeg, edited.Optics.VfovDeg, edited.Optics.ResolutionPx, edited.Optics.RangeM));
        Assert.Equal((7.0, 90.0), (edited.Optics.HeightM, edited.Optics.HeadingDeg));
    }

    [Theory]
    [InlineData(-90, 270)]
    [InlineData(360, 0)]
    [InlineData(725.5, 5.5)]
    [InlineData(359.9, 359.9)]
    public void Rotated_AnyAngle_NormalisedToCompassRange(double input, double expected) =>
        Assert.Equal(expected, CameraFieldEdit.Rotated(Camera(), input).Optics.HeadingDeg, 9);

    [Fact]
    public void Moved_NotFinite_Refused() =>
        Assert.Equal("x", Assert.Throws<DomainRuleException>(() => CameraFieldEdit.Moved(Camera(), double.NaN, 0)).Field);

    [Fact]
    public void Apply_EveryEditableField_CopiesAFullCameraOntoABlankOne()
    {
        var full = FullCamera();
        var blank = new Camera("c2", 1000, 2000, CameraOptics.Create(0, ptz: false));

        var copy = CameraFieldEdit.Fields.Aggregate(blank, (c, f) => CameraFieldEdit.Apply(c, f, CameraFieldEdit.Show(full, f), Catalogue));

        // Every attribute of the table but the id (and vfov_deg, which follows the lens) now reads as the full camera's.
        Assert.All(CameraAttributes.All.Where(a => a.Name is not ("id" or "vfov_deg")), a => Assert.Equal(a.Get(full), a.Get(copy)));
    }

    [Theory]
    [InlineData("heading_deg", "Heading °")]
    [InlineData("range_m", "Range m")]
    [InlineData("retention_days", "Retention days")]
    [InlineData("operator_id", "Operator id")]
    [InlineData("controller_cvr", "Controller CVR")]
    [InlineData("council_decision_date", "Council decision date")]
    public void Label_TableAttribute_NameInWordsWithUnit(string field, string label) =>
        Assert.Equal(label, CameraFieldEdit.Label(CameraFieldEdit.Attribute(field)!));

    private static Camera FullCamera()
    {
        var model = Catalogue.Models.First(m => m.Varifocal && !m.Ptz);
        return new Camera("full", 1000, 2000, CameraOptics.Create(45, model.HfovMaxDeg, model.VfovDeg, 40, 5.5, 20, model.ResolutionPx, false))
        {
            Model = model.Key, Operator = OperatorType.Municipality, OperatorId = "kommune", Recording = true, RetentionDays = 30,
            Purpose = "tryghed", Permit = "P-1", PermitExpires = new DateOnly(2027, 1, 31), PoliceConsulted = true, SurveillanceZone = "public",
            PermitIssuer = "Københavns Politi", ControllerName = "Lindsted Kommune", ControllerCvr = "29189587", ControllerContact = "tv@lindsted.dk",
            CouncilDecisionRef = "BY-2025-12", CouncilDecisionDate = new DateOnly(2025, 2, 27), PurposeCategory = PurposeCategory.Tryghed,
            DeletionExceptions = "politianmeldelse 2025-1234",
        };
    }
}
