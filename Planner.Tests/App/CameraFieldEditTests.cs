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
    [InlineData("retention_days", "-1", "retention_days must be ≥ 0")]
    [InlineData("operator", "mafia", "operator must be one of municipality, police, authority, business, housing, private, got \"mafia\"")]
    [InlineData("recording", "maybe", "recording must be true, false or empty (not stated), got \"maybe\"")]
    [InlineData("permit_expires", "31/12/2026", "permit_expires must be a date yyyy-mm-dd, got \"31/12/2026\"")]
    [InlineData("hfov_deg", "150", "hfov_deg must be in [")]
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
}
