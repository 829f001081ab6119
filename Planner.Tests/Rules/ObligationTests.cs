using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Issue 12 item 10 and initiative 11: deletion exceptions per camera, sign content, § 4 d disclosure, image quality per purpose.</summary>
public sealed class ObligationTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(0, 0, 40, 10));

    [Fact]
    public void Dk14_LongerRetentionOnRecordedPoliceReport_Issue12_WarnNotViolation()
    {
        var shop = Cam("b1", OperatorType.Business) with { RetentionDays = 90, DeletionExceptions = "politianmeldelse 4600-80123-00456-25" };
        var f = Assert.Single(Check([(shop, Rect(0, 20, 10, 30))], [Street], "da").Of("DK-14"));
        Assert.Equal(("exception_recorded", Severity.Warn), (f.Outcome, f.Severity));
        Assert.Contains("politianmeldelse 4600-80123-00456-25", f.Message, StringComparison.Ordinal);
        Assert.Equal("retention_exceeded", Assert.Single(Check([(shop with { DeletionExceptions = null }, Rect(0, 20, 10, 30))], [Street]).Of("DK-14")).Outcome);
    }

    [Fact]
    public void Dk14b_MunicipalCameraWithRecordedGrounds_Issue12_StillViolationNoExceptions()
    {
        var m = Cam("m1", OperatorType.Municipality) with { RetentionDays = 60, DeletionExceptions = "tvist" };
        var f = Assert.Single(Check([(m, Rect(0, 20, 10, 30))], [Street]).Of("DK-14b"));
        Assert.Equal(("retention_exceeded", Severity.Fail), (f.Outcome, f.Severity));
        Assert.Contains("no exceptions (recorded grounds: tvist)", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void G03b_SignContent_Issue12_ControllerContactAndPurposeForCamerasOnPublicArea()
    {
        var bare = Cam("b1", OperatorType.Business) with { Purpose = null };
        var f = Assert.Single(Check([(bare, Rect(0, 0, 10, 10))], [Street]).Of("G-03b"));
        Assert.Contains("lacks: controller_name, controller_contact, purpose.", f.Message, StringComparison.Ordinal);
        var complete = Cam("b1", OperatorType.Business) with { ControllerName = "Butik ApS", ControllerContact = "butik@example.dk" };
        Assert.Empty(Check([(complete, Rect(0, 0, 10, 10))], [Street]).Of("G-03b"));
        Assert.Empty(Check([(bare, Rect(0, 20, 10, 30))], [Street]).Of("G-03b"));
    }

    [Fact]
    public void Dk15b_MunicipalRecordingCameras_Issue12_DisclosureLimitsOfSection4d()
    {
        var f = Assert.Single(Check([(Cam("m1", OperatorType.Municipality), Rect(0, 20, 10, 30))], [Street]).Of("DK-15b"));
        Assert.Contains("§ 4 c(1)", f.Message, StringComparison.Ordinal);
        Assert.Contains("§ 4 d", f.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shop camera seeing no identify ground", OperatorType.Business, "IQ-03a", true)]
    [InlineData("municipal camera seeing no recognise ground", OperatorType.Municipality, "IQ-03b", true)]
    public void Iq03_QualityPerPurpose_Initiative11_RecommendationWithAssumption(string name, OperatorType op, string ruleId, bool reported)
    {
        _ = name;
        var camera = Cam("c1", op);
        var view = new Planner.Geo.Coverage.CameraView("c1", Planner.Geo.Coverage.DoriLevels.All.ToDictionary(
            l => l, l => l >= Planner.Geo.Coverage.DoriLevel.Recognise ? (NetTopologySuite.Geometries.Geometry)Rect(0, 0, 1, 1) : Rect(0, 0, 40, 10)));
        var findings = RuleEngine.Evaluate(Dk, [camera], [view], [Street], new RuleEngineOptions { Today = Today, Buildings = [] });
        var f = findings.Of(ruleId);
        Assert.Equal(reported, f.Count == 1);
        Assert.All(f, x => Assert.True(x.Assumption && x.RuleUnconfirmed));
    }
}
