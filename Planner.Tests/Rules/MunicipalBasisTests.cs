using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>
/// Issue 12 items 2 and 6: § 2 a (DK-08) and § 2 c (DK-09) are possible bases, conditional on the council's decision,
/// the purpose of tryghed and the police step; general crime prevention alone is no basis, so DK-11 reports it.
/// </summary>
public sealed class MunicipalBasisTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(0, 0, 40, 10));

    private static readonly Zone Housing = Zone("estate", ZoneKind.ResidentialArea, Rect(0, 100, 100, 200));

    private static Camera Municipal(PurposeCategory? category, bool decided = true, bool police = true) =>
        Cam("m1", OperatorType.Municipality, operatorId: "k") with
        {
            PurposeCategory = category,
            CouncilDecisionRef = decided ? "Byrådet, sag 24/1187" : null,
            CouncilDecisionDate = decided ? new DateOnly(2024, 5, 23) : null,
            PoliceConsulted = police,
        };

    private static IReadOnlyList<Finding> Run(Camera camera, params Zone[] zones) =>
        Check([(camera, Rect(0, 0, 40, 10))], [Street, .. zones]);

    [Fact]
    public void Dk08_AllPrerequisitesStated_Issue12_PossibleBasisWordedAsCondition()
    {
        var findings = Run(Municipal(PurposeCategory.Tryghed), Housing);
        var f = Assert.Single(findings.Of("DK-08"));
        Assert.Equal((Severity.Info, "within_envelope"), (f.Severity, f.Outcome));
        Assert.Contains("Possible basis in § 2 a, provided", f.Message, StringComparison.Ordinal);
        Assert.Contains("23 May 2024", f.Message, StringComparison.Ordinal);
        Assert.Empty(findings.Of("DK-11"));
    }

    [Fact]
    public void Dk08_GeneralCrimePreventionOnly_Issue12_NoBasisDk11Fails()
    {
        // Before: within 500 m of a housing area every municipal view was "basis in § 2 a".
        var findings = Run(Municipal(PurposeCategory.CrimePrevention), Housing);
        Assert.Equal("purpose_not_basis", Assert.Single(findings.Of("DK-08")).Outcome);
        var dk11 = Assert.Single(findings.Of("DK-11"));
        Assert.Equal(Severity.Fail, dk11.Severity);
        Assert.True(AreaDifference(Rect(0, 0, 40, 10), dk11.Geometry!) < 1e-6);
    }

    [Theory]
    [InlineData("no council decision", true, false, "council_decision_ref, council_decision_date")]
    [InlineData("no purpose category", false, true, "purpose_category")]
    public void Dk08_PrerequisiteNotStated_Issue12_WarnNamingTheMissingFields(string name, bool withCategory, bool decided, string missing)
    {
        _ = name;
        var f = Assert.Single(Run(Municipal(withCategory ? PurposeCategory.Tryghed : null, decided), Housing).Of("DK-08"));
        Assert.Equal((Severity.Warn, "prerequisites_missing"), (f.Severity, f.Outcome));
        Assert.Contains("lacks: " + missing + ".", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dk08_UtrygAreaAlone_Issue12_NotAnAnchor()
    {
        var utryg = Zone("utryg", ZoneKind.UtrygArea, Rect(0, 100, 100, 200));
        var findings = Run(Municipal(PurposeCategory.Tryghed), utryg);
        Assert.Empty(findings.Of("DK-08"));
        Assert.Single(findings.Of("DK-11"));
    }

    [Theory]
    [InlineData("police consulted", true, "within_envelope", Severity.Info)]
    [InlineData("police not consulted", false, "condition_not_met", Severity.Warn)]
    public void Dk09_NightlifeEnvelope_Issue12_NeedsThePoliceStep(string name, bool police, string outcome, Severity severity)
    {
        _ = name;
        var venue = Zone("bar", ZoneKind.NightlifeVenue, Rect(10, 12, 20, 20));
        var f = Assert.Single(Run(Municipal(PurposeCategory.Tryghed, police: police), venue).Of("DK-09"));
        Assert.Equal((outcome, severity), (f.Outcome, f.Severity));
        Assert.Contains("police", f.Message, StringComparison.Ordinal);
    }
}
