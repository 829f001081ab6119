using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>DK-08, DK-09, DK-10 and DK-11: municipal and authority cameras on public area.</summary>
public sealed class MunicipalRuleTests
{
    private const double Tol = 1e-6;
    private static readonly Zone Town = Zone("town", ZoneKind.PublicArea, Rect(-100, -100, 100, 100));
    private static readonly Zone OwnHall = Zone("hall", ZoneKind.Entrance, Rect(-1, -100, 0, 100), "kommune");

    private static Camera Municipal(bool consulted) =>
        Cam("m1", OperatorType.Municipality, operatorId: "kommune") with
        {
            PoliceConsulted = consulted,
            PurposeCategory = PurposeCategory.Tryghed,
            CouncilDecisionRef = "KB 12/2024",
            CouncilDecisionDate = new DateOnly(2024, 5, 23),
        };

    [Fact]
    public void Dk08_Within500mAndPoliceConsulted_InfoOnlyNoDk11()
    {
        var housing = Zone("estate", ZoneKind.ResidentialArea, Rect(-1000, -100, 1000, -30));
        var findings = Check([(Municipal(true), Rect(0, -20, 20, 20))], [Town, housing]);
        var f = Assert.Single(findings.Of("DK-08"));
        Assert.Equal(("within_envelope", Severity.Info, true), (f.Outcome, f.Severity, f.Assumption));
        Assert.Contains("500 m", f.Message);
        Assert.Empty(findings.Of("DK-11"));
    }

    [Fact]
    public void Dk08_Within500mPoliceNotConsulted_Fails()
    {
        var housing = Zone("estate", ZoneKind.ResidentialArea, Rect(-1000, -100, 1000, -30));
        var f = Assert.Single(Check([(Municipal(false), Rect(0, -20, 20, 20))], [Town, housing]).Of("DK-08"));
        Assert.Equal(("condition_not_met", Severity.Fail), (f.Outcome, f.Severity));
    }

    [Fact]
    public void Dk11_PartBeyond500mEnvelope_FailsOnThatPart()
    {
        // Envelope edge: 500 m north of y = -510, i.e. y = -10.
        var housing = Zone("estate", ZoneKind.ResidentialArea, Rect(-1000, -600, 1000, -510));
        var findings = Check([(Municipal(true), Rect(0, -20, 20, 20))], [Town, housing]);
        var f = Assert.Single(findings.Of("DK-11"));
        Assert.Equal(Severity.Fail, f.Severity);
        Assert.True(AreaDifference(Rect(0, -10, 20, 20), f.Geometry!) < 1e-3);
        Assert.True(f.Assumption);
        Assert.Contains(f.AssumedParameters, p => p is { RuleId: "DK-08", Value: 500 });
        Assert.True(AreaDifference(Rect(0, -20, 20, -10), Assert.Single(findings.Of("DK-08")).Geometry!) < 1e-3);
    }

    [Fact]
    public void Dk11_NoEnvelopeAnywhere_FailsOnWholePublicView()
    {
        var f = Assert.Single(Check([(Municipal(true), Rect(0, -20, 20, 20))], [Town]).Of("DK-11"));
        Assert.Equal(800, f.AreaM2!.Value, 6);
        Assert.False(f.Assumption);
    }

    [Fact]
    public void Dk09_NightlifeEnvelope_ExcusesNear30m()
    {
        var venue = Zone("bar", ZoneKind.NightlifeVenue, Rect(-50, 25, 50, 30));
        var findings = Check([(Municipal(true), Rect(0, -20, 20, 20))], [Town, venue]);
        Assert.Single(findings.Of("DK-09"));
        Assert.True(AreaDifference(Rect(0, -20, 20, -5), Assert.Single(findings.Of("DK-11")).Geometry!) < Tol);
    }

    [Fact]
    public void Dk09_VenueBeyond30m_NoEnvelopeAndDk11OnWholeView()
    {
        var venue = Zone("bar", ZoneKind.NightlifeVenue, Rect(-50, 51, 50, 60));
        var findings = Check([(Municipal(true), Rect(0, -20, 20, 20))], [Town, venue]);
        Assert.Empty(findings.Of("DK-09"));
        Assert.Equal(800, Assert.Single(findings.Of("DK-11")).AreaM2!.Value, 6);
    }

    [Fact]
    public void Dk10_AuthorityNearOwnEntrance_InfoAndDk11BeyondItsEnvelope()
    {
        var authority = Cam("a1", OperatorType.Authority, operatorId: "kommune");
        var findings = Check([(authority, Rect(0, -20, 60, 20))], [Town, OwnHall]);
        Assert.True(AreaDifference(Rect(0, -20, 50, 20), Assert.Single(findings.Of("DK-10")).Geometry!) < Tol);
        Assert.True(AreaDifference(Rect(50, -20, 60, 20), Assert.Single(findings.Of("DK-11")).Geometry!) < Tol);
        Assert.Empty(findings.Of("DK-08"));
    }

    [Fact]
    public void Dk10_AuthorityWithinOwnEnvelope_NoDk11()
    {
        var authority = Cam("a1", OperatorType.Authority, operatorId: "kommune");
        var findings = Check([(authority, Rect(0, -20, 40, 20))], [Town, OwnHall]);
        Assert.Empty(findings.Of("DK-11"));
        Assert.Single(findings.Of("DK-10"));
    }

    [Fact]
    public void Dk14b_MunicipalRetentionOver30Days_Fails()
    {
        var camera = Municipal(true) with { RetentionDays = 31 };
        var f = Assert.Single(Check([(camera, Rect(0, 0, 1, 1))], []).Of("DK-14b"));
        Assert.Equal(("retention_exceeded", Severity.Fail, false), (f.Outcome, f.Severity, f.Assumption));
        Assert.Empty(Check([(Municipal(true) with { RetentionDays = 30 }, Rect(0, 0, 1, 1))], []).Of("DK-14b"));
    }

    [Fact]
    public void G01_MunicipalCameraWithoutPurpose_Warns()
    {
        var f = Assert.Single(Check([(Municipal(true) with { Purpose = null }, Rect(0, 0, 1, 1))], []).Of("G-01"));
        Assert.Equal(Severity.Warn, f.Severity);
        Assert.Empty(Check([(Municipal(true), Rect(0, 0, 1, 1))], []).Of("G-01"));
    }
}
