using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>DK-18: others' dwellings in the real view need a privacy mask (the mask polygon is the finding's geometry).</summary>
public sealed class PrivacyMaskRuleTests
{
    private static readonly Zone House = Zone("house-7", ZoneKind.Dwelling, Rect(10, 10, 30, 30));

    [Fact]
    public void Dk18_DwellingInView_MaskIsTheOverlap()
    {
        var f = Assert.Single(Check([(Cam("c1", OperatorType.Business), Rect(0, 0, 20, 20))], [House]).Of("DK-18"));
        Assert.Equal(("privacy_mask", Severity.Fail), (f.GeometryRole, f.Severity));
        Assert.True(AreaDifference(Rect(10, 10, 20, 20), f.Geometry!) < 1e-9);
        Assert.Contains("house-7", f.Message);
    }

    [Fact]
    public void Dk18_OwnHome_NoMask()
    {
        var own = Zone("home", ZoneKind.Dwelling, Rect(10, 10, 30, 30), "p1");
        Assert.Empty(Check([(Cam("c1", OperatorType.Private, operatorId: "p1"), Rect(0, 0, 20, 20))], [own]).Of("DK-18"));
    }

    [Fact]
    public void Dk18_RealViewStopsShortOfDwelling_NotFlaggedThoughNominalConeWouldBe()
    {
        // The nominal cone [0,40]² would reach the house; the real view, cut by a building at y ∈ [5, 8], stops at y = 5.
        Assert.Single(Check([(Cam("c1", OperatorType.Business), Rect(0, 0, 40, 40))], [House]).Of("DK-18"));
        Assert.Empty(Check([(Cam("c1", OperatorType.Business), Rect(0, 0, 40, 5))], [House]).Of("DK-18"));
    }

    [Fact]
    public void Dk18_Danish_MessageAndCitationKeepDanishLetters()
    {
        var f = Assert.Single(Check([(Cam("c1", OperatorType.Business), Rect(0, 0, 20, 20))], [House], "da").Of("DK-18"));
        Assert.Contains("privatlivsmaskering", f.Message);
        Assert.Contains("ser ind mod 1 bolig", f.Message);
        Assert.Equal("straffeloven § 264 a", f.Citation);
    }
}
