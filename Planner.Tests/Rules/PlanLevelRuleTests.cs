using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Retention (DK-14), DPIA (G-02), takeover layer (DK-17), checklists (DK-03, G-04) and the findings' order.</summary>
public sealed class PlanLevelRuleTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-1000, 0, 1000, 10));

    [Theory]
    [InlineData("over the limit", 45, true, "retention_exceeded")]
    [InlineData("at the limit", 30, true, null)]
    [InlineData("not stated", null, true, "retention_unknown")]
    [InlineData("live view only", 90, false, null)]
    public void Dk14_Retention_ReportedOnlyWhenOverOrUnknown(string name, int? days, bool recording, string? outcome)
    {
        _ = name;
        var camera = Cam("b1", OperatorType.Business) with { RetentionDays = days, Recording = recording };
        var findings = Check([(camera, Rect(0, -5, 1, -1))], []).Of("DK-14");
        Assert.Equal(outcome, findings.SingleOrDefault()?.Outcome);
    }

    [Fact]
    public void G02_MoreThanTenCamerasOfOneController_DpiaRequiredFlaggedAsAssumption()
    {
        var cameras = Enumerable.Range(0, 11).Select(i => (Cam($"b{i:00}", OperatorType.Business, operatorId: "shop"), Rect(i * 10, 0, i * 10 + 5, 5))).ToList();
        var f = Assert.Single(Check(cameras, [Street]).Of("G-02"));
        Assert.Null(f.CameraId);
        Assert.Equal(11, f.CameraIds.Count);
        Assert.True(f.Assumption);
        Assert.Equal("max_cameras", Assert.Single(f.AssumedParameters).Name);
        Assert.Equal(275, f.AreaM2!.Value, 6);
        Assert.Contains("Controller shop", f.Message);
    }

    [Fact]
    public void G02_TenSmallCameras_NoDpia()
    {
        var cameras = Enumerable.Range(0, 10).Select(i => (Cam($"b{i:00}", OperatorType.Business, operatorId: "shop"), Rect(i * 10, 0, i * 10 + 5, 5))).ToList();
        Assert.Empty(Check(cameras, [Street]).Of("G-02"));
    }

    [Fact]
    public void G02_OneCameraOverLargePublicArea_DpiaOnArea()
    {
        var square = Zone("square", ZoneKind.PublicArea, Rect(0, 0, 100, 100));
        var f = Assert.Single(Check([(Cam("m1", OperatorType.Municipality), Rect(0, 0, 80, 80))], [square]).Of("G-02"));
        Assert.Equal("max_public_area_m2", Assert.Single(f.AssumedParameters).Name);
    }

    [Fact]
    public void Dk17_TakeoverLayer_ListsNonPoliceCamerasOutsideHomes()
    {
        var home = Zone("home", ZoneKind.Dwelling, Rect(100, 100, 120, 120));
        var findings = Check(
            [(Cam("c1", OperatorType.Business), Rect(0, 0, 1, 1)), (Cam("c2", OperatorType.Private, 110, 110), Rect(0, 0, 1, 1)), (Cam("c3", OperatorType.Police), Rect(0, 0, 1, 1))],
            [home]);
        var f = Assert.Single(findings.Of("DK-17"));
        Assert.Equal(["c1"], f.CameraIds);
        Assert.Equal(["c3"], Assert.Single(findings.Of("G-04")).CameraIds);
    }

    [Fact]
    public void Dk03_BusinessCameraOnPublicArea_ReviewItemWithAssumedBuffer()
    {
        var f = Assert.Single(Check([(Cam("b1", OperatorType.Business), Rect(0, 0, 5, 5))], [Street]).Of("DK-03"));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.True(f.Assumption);
        Assert.Empty(Check([(Cam("b1", OperatorType.Business), Rect(0, -9, 5, -5))], [Street]).Of("DK-03"));
    }

    [Fact]
    public void Evaluate_Findings_OrderedByCameraThenRuleThenPlanLevel()
    {
        var findings = Check(
            [(Cam("z", OperatorType.Private) with { RetentionDays = 60 }, Rect(0, 0, 5, 5)), (Cam("a", OperatorType.Private) with { RetentionDays = 60 }, Rect(0, 0, 5, 5))],
            [Street]);
        var keys = findings.Select(f => (f.CameraId ?? "~", f.RuleId)).ToList();
        var sorted = keys.OrderBy(k => k.Item1 == "~" ? 1 : 0).ThenBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.RuleId, StringComparer.Ordinal).ToList();
        Assert.Equal(sorted, keys);
        Assert.Equal(["DK-01", "DK-14", "G-03b"], findings.Where(f => f.CameraId == "a").Select(f => f.RuleId));
        Assert.Equal(["DK-15", "DK-17", "PLAN-01"], findings.Where(f => f.CameraId is null).Select(f => f.RuleId));
    }
}
