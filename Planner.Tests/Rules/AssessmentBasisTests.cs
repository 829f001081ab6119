using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Issue 12 item 5: ground without a zone is reported "not assessed", and a plan without public-area or dwelling zones says so.</summary>
public sealed class AssessmentBasisTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(0, 0, 40, 10));

    private static readonly Zone House = Zone("house", ZoneKind.Dwelling, Rect(100, 100, 110, 110));

    [Fact]
    public void Plan01_ViewIntoBlockInteriorWithoutZone_Issue12_UnzonedGroundReported()
    {
        // The view [0,40]×[0,30]: the street covers y ≤ 10; the rest, 40 × 20 = 800 m², has no zone (a utryg_area over
        // all of it is a designation, not what the ground is). Before: nothing was said about it.
        var utryg = Zone("utryg", ZoneKind.UtrygArea, Rect(-50, -50, 150, 150));
        var f = Assert.Single(Check([(Cam("m1", OperatorType.Municipality), Rect(0, 0, 40, 30))], [Street, House, utryg]).Of("PLAN-01"));
        Assert.Equal((Severity.Warn, "unzoned_view", "unassessed_view"), (f.Severity, f.Outcome, f.GeometryRole));
        Assert.True(AreaDifference(Rect(0, 10, 40, 30), f.Geometry!) < 1e-6);
        Assert.Contains("800 m² of the view (66.7 %)", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan01_ViewFullyZoned_NoFinding()
    {
        Assert.Empty(Check([(Cam("m1", OperatorType.Municipality), Rect(0, 0, 40, 10))], [Street, House]).Of("PLAN-01"));
    }

    [Theory]
    [InlineData("no zones at all", false, false, new[] { "no_public_zones", "no_dwelling_zones" })]
    [InlineData("streets only", true, false, new[] { "no_dwelling_zones" })]
    [InlineData("dwellings only", false, true, new[] { "no_public_zones" })]
    [InlineData("both", true, true, new string[0])]
    public void Plan01_PlanWithoutPublicOrDwellingZones_Issue12_PlanLevelWarning(string name, bool streets, bool dwellings, string[] expected)
    {
        _ = name;
        var zones = new List<Zone>();
        if (streets)
        {
            zones.Add(Street);
        }

        if (dwellings)
        {
            zones.Add(House);
        }

        var findings = Check([(Cam("b1", OperatorType.Business), Rect(0, 0, 40, 10))], zones).Of("PLAN-01").Where(f => f.CameraId is null).ToList();
        Assert.Equal(expected, findings.Select(f => f.Outcome));
        Assert.All(findings, f => Assert.Equal(Severity.Warn, f.Severity));
        Assert.All(findings, f => Assert.Contains("not an all-clear", f.Message, StringComparison.Ordinal));
    }
}
