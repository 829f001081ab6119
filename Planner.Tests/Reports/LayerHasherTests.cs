using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Reports.Content;

namespace Planner.Tests.Reports;

/// <summary>The cameras layer hash covers every attribute of the one camera attribute table (issue #9 item 7).</summary>
public sealed class LayerHasherTests
{
    private static readonly Camera Full = new("full", 724_356.68, 6_175_756.99, CameraOptics.Create(45, 103, 55, 40, 5.5, 20, 1920, false))
    {
        Model = "axis-p3265-lve", Operator = OperatorType.Municipality, OperatorId = "kommune", Recording = true, RetentionDays = 30,
        Purpose = "tryghed", Permit = "P-1", PermitExpires = new DateOnly(2027, 1, 31), PoliceConsulted = true, SurveillanceZone = "public",
        PermitIssuer = "Københavns Politi", ControllerName = "Lindsted Kommune", ControllerCvr = "29189587", ControllerContact = "tv@lindsted.dk",
        CouncilDecisionRef = "BY-2025-12", CouncilDecisionDate = new DateOnly(2025, 2, 27), PurposeCategory = PurposeCategory.Tryghed,
        DeletionExceptions = "politianmeldelse 2025-1234",
    };

    // One change per contract attribute, written out independently of the table and of the hasher.
    private static readonly Dictionary<string, Func<Camera, Camera>> Changes = new()
    {
        ["id"] = c => new Camera("other", c.X, c.Y, c.Optics) { Model = c.Model },
        ["heading_deg"] = c => c with { Optics = c.Optics.WithHeading(46) },
        ["hfov_deg"] = c => c with { Optics = Optics(c.Optics, hfov: 104) },
        ["vfov_deg"] = c => c with { Optics = Optics(c.Optics, vfov: 56) },
        ["range_m"] = c => c with { Optics = Optics(c.Optics, range: 41) },
        ["height_m"] = c => c with { Optics = Optics(c.Optics, height: 5.6) },
        ["tilt_deg"] = c => c with { Optics = Optics(c.Optics, tilt: 21) },
        ["resolution_px"] = c => c with { Optics = Optics(c.Optics, resolution: 2560) },
        ["ptz"] = c => c with { Optics = Optics(c.Optics, ptz: true) },
        ["model"] = c => c with { Model = null },
        ["operator"] = c => c with { Operator = OperatorType.Police },
        ["operator_id"] = c => c with { OperatorId = "politi" },
        ["recording"] = c => c with { Recording = false },
        ["retention_days"] = c => c with { RetentionDays = 31 },
        ["purpose"] = c => c with { Purpose = "trafik" },
        ["permit"] = c => c with { Permit = "P-2" },
        ["permit_expires"] = c => c with { PermitExpires = new DateOnly(2027, 2, 1) },
        ["police_consulted"] = c => c with { PoliceConsulted = null },
        ["surveillance_zone"] = c => c with { SurveillanceZone = "town" },
        ["permit_issuer"] = c => c with { PermitIssuer = "Rigspolitiet" },
        ["controller_name"] = c => c with { ControllerName = "Lindsted Forsyning" },
        ["controller_cvr"] = c => c with { ControllerCvr = "29189588" },
        ["controller_contact"] = c => c with { ControllerContact = "dpo@lindsted.dk" },
        ["council_decision_ref"] = c => c with { CouncilDecisionRef = "BY-2025-13" },
        ["council_decision_date"] = c => c with { CouncilDecisionDate = new DateOnly(2025, 2, 28) },
        ["purpose_category"] = c => c with { PurposeCategory = PurposeCategory.Security },
        ["deletion_exceptions"] = c => c with { DeletionExceptions = null },
    };

    public static TheoryData<string> Attributes => [.. Changes.Keys];

    [Fact]
    public void Changes_CoverEveryTableAttribute()
    {
        Assert.Equal(CameraAttributes.All.Select(a => a.Name).Order(StringComparer.Ordinal), Changes.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Attributes))]
    public void Hash_OneAttributeChanged_CameraHashChanges(string attribute)
    {
        var changed = Changes[attribute](Full);

        Assert.NotEqual(CameraHash(Full), CameraHash(changed));
    }

    [Fact]
    public void Hash_HeadingUnknownOrZero_Differ()
    {
        var zero = Full with { Optics = Full.Optics.WithHeading(0) };

        Assert.NotEqual(CameraHash(zero), CameraHash(zero with { HeadingKnown = false }));
    }

    [Fact]
    public void Hash_AttributeAddedToTable_CameraHashChangesOtherLayersDoNot()
    {
        var plan = ReportFixture.Plan();
        var added = new CameraAttribute("mast_colour", AttributeType.Text, null, null, "Colour of the mast") { Get = _ => "green" };

        var before = LayerHasher.Hash(plan);
        var after = LayerHasher.Hash(plan, [.. CameraAttributes.All, added]);

        Assert.NotEqual(before[0].Sha256, after[0].Sha256);
        Assert.Equal(before.Skip(1), after.Skip(1));
    }

    [Fact]
    public void Hash_SameTableAsDefault_SameHashes()
    {
        var plan = ReportFixture.Plan();

        Assert.Equal(LayerHasher.Hash(plan), LayerHasher.Hash(plan, [.. CameraAttributes.All]));
    }

    private static string CameraHash(Camera camera) =>
        LayerHasher.Hash(new Plan(25832, new PlanMetadata()) { Cameras = [camera] })[0].Sha256;

    private static CameraOptics Optics(CameraOptics o, double? hfov = null, double? vfov = null, double? range = null, double? height = null, double? tilt = null, int? resolution = null, bool? ptz = null) =>
        CameraOptics.Create(o.HeadingDeg, hfov ?? o.HfovDeg, vfov ?? o.VfovDeg, range ?? o.RangeM, height ?? o.HeightM, tilt ?? o.TiltDeg, resolution ?? o.ResolutionPx, ptz ?? o.Ptz);
}
