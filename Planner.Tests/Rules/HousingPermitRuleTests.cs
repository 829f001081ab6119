using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>DK-06: housing organisations need a valid permit and must stay in their area plus "direkte tilknytning".</summary>
public sealed class HousingPermitRuleTests
{
    private static readonly Zone Estate = Zone("estate", ZoneKind.ResidentialArea, Rect(0, 0, 100, 100), "H1");

    // A public footpath through the estate (general traffic): it is what makes a permit necessary.
    private static readonly Zone Path = Zone("path", ZoneKind.PublicArea, Rect(0, 40, 100, 45));

    private static Camera Housing(string? permit, DateOnly? expires) =>
        Cam("h1", OperatorType.Housing, operatorId: "H1") with { Permit = permit, PermitExpires = expires };

    [Fact]
    public void Dk06_ValidPermitViewInsideArea_OnlyInfo()
    {
        var findings = Check([(Housing("POL-7", new DateOnly(2027, 1, 1)), Rect(10, 10, 50, 50))], [Estate, Path]).Of("DK-06");
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
        var f = Assert.Single(Check([(Housing(permit, date), Rect(10, 10, 50, 50))], [Estate, Path]).Of("DK-06"));
        Assert.Equal((outcome, severity), (f.Outcome, f.Severity));
    }

    [Fact]
    public void Dk06_ViewBeyondAreaPlus10m_FailsOnPartOutsideWithAssumption()
    {
        var findings = Check([(Housing("POL-7", new DateOnly(2027, 1, 1)), Rect(10, 10, 120, 50))], [Estate, Path]).Of("DK-06");
        var outside = Assert.Single(findings, f => f.Outcome == "outside_area");
        Assert.True(AreaDifference(Rect(110, 10, 120, 50), outside.Geometry!) < 1e-6);
        Assert.True(outside.Assumption);
        Assert.Equal("adjacent_m", Assert.Single(outside.AssumedParameters).Name);
    }

    [Fact]
    public void Dk06_OtherOrganisationsArea_DoesNotCount()
    {
        var other = Zone("estate2", ZoneKind.ResidentialArea, Rect(0, 0, 100, 100), "H2");
        var findings = Check([(Housing("POL-7", new DateOnly(2027, 1, 1)), Rect(10, 10, 50, 50))], [other, Path]).Of("DK-06");
        Assert.Contains(findings, f => f.Outcome == "outside_area");
    }

    [Fact]
    public void Dk06_ViewOnlyOnTheEstatesOwnGround_Issue12_NoPermitNeeded()
    {
        // Before: no_permit (fail) for any housing camera. § 2 stk. 2 concerns areas with general traffic.
        Assert.Empty(Check([(Housing(null, null), Rect(10, 10, 50, 30))], [Estate, Path]).Of("DK-06"));
    }

    [Fact]
    public void Dk06_ExpiredPermitIssuedByTheMunicipality_Issue12_ConsequenceAndIssuerStated()
    {
        // Before: "expired" without a consequence, and a municipal permit passed as a police permit.
        var camera = Housing("Lindsted Kommune tilladelse 2023-043", new DateOnly(2025, 3, 31)) with { PermitIssuer = "Lindsted Kommune" };
        var findings = Check([(camera, Rect(10, 10, 50, 50))], [Estate, Path], "da").Of("DK-06");
        var expired = Assert.Single(findings, f => f.Outcome == "permit_expired");
        Assert.Equal(Severity.Fail, expired.Severity);
        Assert.Contains("31. marts 2025", expired.Message, StringComparison.Ordinal);
        Assert.Contains("skal standses, eller der skal søges om ny tilladelse hos politiet", expired.Message, StringComparison.Ordinal);
        var issuer = Assert.Single(findings, f => f.Outcome == "issuer_not_police");
        Assert.Equal(Severity.Warn, issuer.Severity);
        Assert.Contains("udstedt af Lindsted Kommune", issuer.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("issuer stated: municipality", "Lindsted Kommune", "2023-041", false)]
    [InlineData("permit text names the municipality", null, "Lindsted Kommune tilladelse 2023-041", false)]
    [InlineData("issuer stated: police", "Midt- og Vestjyllands Politi", "2023-041", true)]
    [InlineData("issuer not stated", null, "POL-7", true)]
    public void Dk06_ValidPermit_Issue12_ReportedValidOnlyWhenNotFromAnotherIssuer(string name, string? issuer, string permit, bool valid)
    {
        _ = name;
        var camera = Housing(permit, new DateOnly(2027, 1, 1)) with { PermitIssuer = issuer };
        var outcomes = Check([(camera, Rect(10, 10, 50, 50))], [Estate, Path]).Of("DK-06").Select(f => f.Outcome).ToList();
        Assert.Equal(valid, outcomes.Contains("permit_valid"));
        Assert.Equal(!valid, outcomes.Contains("issuer_not_police"));
    }
}
