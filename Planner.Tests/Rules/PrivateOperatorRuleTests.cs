using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>DK-01 and its exceptions DK-02, DK-04, DK-05, DK-07 on hand-made zones and views.</summary>
public sealed class PrivateOperatorRuleTests
{
    private const double Tol = 1e-6;

    // A street 10 m wide along x.
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-100, 0, 100, 10));

    // A square east of a facade at x ∈ [-1, 0]; the facade is the operator's own entrance.
    private static readonly Zone Square = Zone("square", ZoneKind.PublicArea, Rect(0, -100, 100, 100));
    private static readonly Zone OwnEntrance = Zone("door", ZoneKind.Entrance, Rect(-1, -100, 0, 100), "op1");

    [Fact]
    public void Dk01_PrivateViewOnStreet_FailsWithPublicPartAsGeometry()
    {
        var findings = Check([(Cam("c1", OperatorType.Private), Rect(0, -20, 20, 5))], [Street]);
        var f = Assert.Single(findings.Of("DK-01"));
        Assert.Equal(Severity.Fail, f.Severity);
        Assert.Equal("offending_view", f.GeometryRole);
        Assert.True(AreaDifference(Rect(0, 0, 20, 5), f.Geometry!) < Tol);
        Assert.Equal(100, f.AreaM2!.Value, 6);
        Assert.Contains("100 m²", f.Message);
        Assert.Equal("tv-overvågningsloven § 1, stk. 1, jf. lovbekendtgørelse nr. 182 af 24. februar 2023", f.Citation);
    }

    [Fact]
    public void Dk01_PrivateViewOnlyOnOwnLand_NoFinding()
    {
        var findings = Check([(Cam("c1", OperatorType.Private), Rect(0, -20, 20, -1))], [Street]);
        Assert.Empty(findings.Of("DK-01"));
        Assert.Empty(findings.Of("DK-13"));
    }

    [Fact]
    public void Dk04_BusinessViewWithin30mOfOwnEntrance_NoDk01AndAssumedInfo()
    {
        var findings = Check([(Cam("b1", OperatorType.Business, operatorId: "op1"), Rect(0, 0, 25, 10))], [Square, OwnEntrance]);
        Assert.Empty(findings.Of("DK-01"));
        var f = Assert.Single(findings.Of("DK-04"));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.True(f.Assumption);
        Assert.Equal(("DK-04", "buffer_m", 30.0), (f.AssumedParameters[0].RuleId, f.AssumedParameters[0].Name, f.AssumedParameters[0].Value));
        Assert.Contains("rests on the assumption DK-04 buffer_m = 30 m", f.Message);
        Assert.True(AreaDifference(Rect(0, 0, 25, 10), f.Geometry!) < Tol);
    }

    [Fact]
    public void Dk04_BusinessViewBeyond30mOfOwnEntrance_Dk01FailsOnPartBeyondAndSaysAssumption()
    {
        var findings = Check([(Cam("b1", OperatorType.Business, operatorId: "op1"), Rect(0, 0, 50, 10))], [Square, OwnEntrance]);
        var f = Assert.Single(findings.Of("DK-01"));
        Assert.True(AreaDifference(Rect(30, 0, 50, 10), f.Geometry!) < Tol);
        Assert.True(f.Assumption);
        Assert.Contains(f.AssumedParameters, p => p is { RuleId: "DK-04", Name: "buffer_m" });
        Assert.Contains("assumption", f.Message);
        Assert.True(AreaDifference(Rect(0, 0, 30, 10), Assert.Single(findings.Of("DK-04")).Geometry!) < Tol);
    }

    [Fact]
    public void Dk04_SomeoneElsesEntrance_GivesNoExcuse()
    {
        var findings = Check([(Cam("b1", OperatorType.Business, operatorId: "op2"), Rect(0, 0, 25, 10))], [Square, OwnEntrance]);
        Assert.Empty(findings.Of("DK-04"));
        Assert.True(AreaDifference(Rect(0, 0, 25, 10), Assert.Single(findings.Of("DK-01")).Geometry!) < Tol);
    }

    [Fact]
    public void Dk04_PrivatePersonAtOwnEntrance_NotAListedBusiness_Dk01Fails()
    {
        var findings = Check([(Cam("p1", OperatorType.Private, operatorId: "op1"), Rect(0, 0, 25, 10))], [Square, OwnEntrance]);
        Assert.Empty(findings.Of("DK-04"));
        Assert.Single(findings.Of("DK-01"));
    }

    [Fact]
    public void Dk02_ViewInsideOwnPremises_Excused_OthersPremisesNot()
    {
        var premises = Zone("centre", ZoneKind.BusinessPremises, Rect(0, 0, 50, 10), "op1");
        var own = Check([(Cam("b1", OperatorType.Business, operatorId: "op1"), Rect(0, 0, 40, 10))], [Square, premises]);
        Assert.Empty(own.Of("DK-01"));
        Assert.Equal(Severity.Info, Assert.Single(own.Of("DK-02")).Severity);
        Assert.False(own.Of("DK-02")[0].Assumption);

        var other = Check([(Cam("b2", OperatorType.Business, operatorId: "op9"), Rect(0, 0, 40, 10))], [Square, premises]);
        Assert.Empty(other.Of("DK-02"));
        Assert.Single(other.Of("DK-01"));
    }

    [Fact]
    public void Dk05_LiveViewOfOwnEntrance_NoDk01NoSign()
    {
        var camera = Cam("p1", OperatorType.Private, operatorId: "op1") with { Recording = false };
        var findings = Check([(camera, Rect(0, 0, 4, 10))], [Square, OwnEntrance]);
        Assert.Empty(findings.Of("DK-01"));
        Assert.Empty(findings.Of("DK-13"));
        Assert.Single(findings.Of("DK-05"));
    }

    [Fact]
    public void Dk05_RecordingCameraAtOwnEntrance_Dk01AndNoSign_Issue12()
    {
        // Issue 12 item 4: a sign does not cure a § 1 breach; DK-01 advises reducing the view or masking instead.
        var findings = Check([(Cam("p1", OperatorType.Private, operatorId: "op1"), Rect(0, 0, 4, 10))], [Square, OwnEntrance]);
        Assert.Empty(findings.Of("DK-05"));
        Assert.Single(findings.Of("DK-01"));
        Assert.Empty(findings.Of("DK-13"));
    }

    [Theory]
    [InlineData("valid", "2026-01-01", "permit_valid", false)]
    [InlineData("expired", "2025-08-31", "permit_expired", true)]
    public void Dk07_PermitForPublicArea_ValidExcusesExpiredDoesNot(string name, string expires, string outcome, bool dk01)
    {
        _ = name;
        var camera = Cam("p1", OperatorType.Private) with { Permit = "POL-1", PermitExpires = DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture) };
        var findings = Check([(camera, Rect(0, 0, 20, 5))], [Street]);
        Assert.Equal(outcome, Assert.Single(findings.Of("DK-07")).Outcome);
        Assert.Equal(dk01, findings.Of("DK-01").Count == 1);
    }

    [Fact]
    public void Dk07_PermitExpiringToday_StillValid()
    {
        var camera = Cam("p1", OperatorType.Private) with { Permit = "POL-1", PermitExpires = Today };
        Assert.Equal("permit_valid", Assert.Single(Check([(camera, Rect(0, 0, 20, 5))], [Street]).Of("DK-07")).Outcome);
    }

    [Fact]
    public void Dk07_PermitLongerThanFiveYearsFromToday_Warns()
    {
        var camera = Cam("p1", OperatorType.Private) with { Permit = "POL-1", PermitExpires = Today.AddYears(5).AddDays(1) };
        var findings = Check([(camera, Rect(0, 0, 20, 5))], [Street]).Of("DK-07");
        Assert.Contains(findings, f => f is { Outcome: "permit_too_long", Severity: Severity.Warn });
    }
}
