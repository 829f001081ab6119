using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>DK-06: housing organisations need a valid permit and must stay in their area plus "direkte tilknytning".</summary>
public sealed class HousingPermitRuleTests
{
    private static readonly Zone Estate = Zone("estate", ZoneKind.ResidentialArea, Rect(0, 0, 100, 100), "H1");

    private static Camera Housing(string? permit, DateOnly? expires) =>
        Cam("h1", OperatorType.Housing, operatorId: "H1") with { Permit = permit, PermitExpires = expires };

    [Fact]
    public void Dk06_ValidPermitViewInsideArea_OnlyInfo()
    {
        var findings = Check([(Housing("POL-7", new DateOnly(2027, 1, 1)), Rect(10, 10, 50, 50))], [Estate]).Of("DK-06");
        var f = Assert.Single(findings);
        Assert.Equal(("permit_valid", Severity.Info), (f.Outcome, f.Severity));
    }

    [Theory]
    [InlineData("none", null, null, "no_permit", Severity.Fail)]
    [InlineData("expired", "POL-7", "2025-08-31", "permit_expired", Severity.Fail)]
    [InlineData("no expiry date", "POL-7", null, "expiry_unknown", Severity.Warn)]
    public void Dk06_PermitProblem_Reported(string name, string? permit, string? expires, string outcome, Severity severity)
    {
        _ = name;
        var date = expires is null ? (DateOnly?)null : DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture);
        var f = Assert.Single(Check([(Housing(permit, date), Rect(10, 10, 50, 50))], [Estate]).Of("DK-06"));
        Assert.Equal((outcome, severity), (f.Outcome, f.Severity));
    }

    [Fact]
    public void Dk06_ViewBeyondAreaPlus10m_FailsOnPartOutsideWithAssumption()
    {
        var findings = Check([(Housing("POL-7", new DateOnly(2027, 1, 1)), Rect(10, 10, 120, 50))], [Estate]).Of("DK-06");
        var outside = Assert.Single(findings, f => f.Outcome == "outside_area");
        Assert.True(AreaDifference(Rect(110, 10, 120, 50), outside.Geometry!) < 1e-6);
        Assert.True(outside.Assumption);
        Assert.Equal("adjacent_m", Assert.Single(outside.AssumedParameters).Name);
    }

    [Fact]
    public void Dk06_OtherOrganisationsArea_DoesNotCount()
    {
        var other = Zone("estate2", ZoneKind.ResidentialArea, Rect(0, 0, 100, 100), "H2");
        var findings = Check([(Housing("POL-7", new DateOnly(2027, 1, 1)), Rect(10, 10, 50, 50))], [other]).Of("DK-06");
        Assert.Contains(findings, f => f.Outcome == "outside_area");
    }
}
