using NetTopologySuite.Geometries;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>DK-12 (POLCAM registration) and DK-13 / DK-13b (signs with proposed sign points).</summary>
public sealed class SignAndRegistrationRuleTests
{
    // A footpath 4 m wide running north-south through the view.
    private static readonly Zone Path = Zone("path", ZoneKind.PublicArea, Rect(5, -50, 9, 50));

    [Fact]
    public void Dk13_PathCrossesView_SignPointsWherePathEntersTheView()
    {
        // A housing camera: DK-13 applies and no rule of the pack forbids its public view outright (DK-06 is the permit rule).
        var f = Assert.Single(Check([(Cam("p1", OperatorType.Housing), Rect(0, 0, 20, 20))], [Path]).Of("DK-13"));
        Assert.Equal(("sign_points", Severity.Warn, false), (f.GeometryRole, f.Severity, f.Assumption));
        var points = ((MultiPoint)f.Geometry!).Geometries.Select(g => g.Coordinate).OrderBy(c => c.Y).ToList();
        Assert.Equal(2, points.Count);
        Assert.Equal(7, points[0].X, 6);
        Assert.Equal(0, points[0].Y, 6);
        Assert.Equal(7, points[1].X, 6);
        Assert.Equal(20, points[1].Y, 6);
        Assert.Contains("2 proposed sign positions", f.Message);
    }

    [Fact]
    public void Dk13_PathEntersOnceAlongTheFacadeSide_OneSignMidEntry()
    {
        // The path ends inside the view: it enters only through the southern edge, x ∈ [5, 9].
        var deadEnd = Zone("path", ZoneKind.PublicArea, Rect(5, -50, 9, 12));
        var f = Assert.Single(Check([(Cam("p1", OperatorType.Housing), Rect(0, 0, 20, 20))], [deadEnd]).Of("DK-13"));
        var point = Assert.Single(((MultiPoint)f.Geometry!).Geometries);
        Assert.Contains("1 proposed sign position where", f.Message, StringComparison.Ordinal);
        Assert.Equal(new Coordinate(7, 0), point.Coordinate);
    }

    [Fact]
    public void Dk13_ViewOffThePath_NoSign()
    {
        Assert.Empty(Check([(Cam("p1", OperatorType.Private), Rect(20, 0, 40, 20))], [Path]).Of("DK-13"));
    }

    [Fact]
    public void Dk13b_MunicipalSign_FlaggedAsUnconfirmedRule()
    {
        // Lawful under § 2 d: the municipality's own entrance lies beside the path (a camera breaking DK-11 gets no sign).
        var camera = Cam("m1", OperatorType.Municipality, operatorId: "k") with { PoliceConsulted = true };
        Zone[] zones = [Path, Zone("town-hall", ZoneKind.Entrance, Rect(0, -2, 4, 0), "k")];
        var f = Assert.Single(Check([(camera, Rect(0, 0, 20, 20))], zones).Of("DK-13b"));
        Assert.True(f.RuleUnconfirmed);
        Assert.True(f.Assumption);
        Assert.Contains("not confirmed", f.Message);
        Assert.Empty(Check([(camera, Rect(0, 0, 20, 20))], zones).Of("DK-13"));
        Assert.Empty(Check([(camera, Rect(0, 0, 20, 20))], [Path]).Of("DK-13b"));
    }

    [Fact]
    public void Dk12_BusinessViewOnPublicArea_RegistrationWarnAndPlanList()
    {
        var findings = Check(
            [(Cam("b2", OperatorType.Business), Rect(0, 0, 20, 20)), (Cam("b1", OperatorType.Business), Rect(0, 0, 20, 20)), (Cam("b3", OperatorType.Business), Rect(20, 0, 40, 20))],
            [Path]).Of("DK-12");
        Assert.Equal(["b1", "b2", null], findings.Select(f => f.CameraId));
        Assert.All(findings.Take(2), f => Assert.Equal(Severity.Warn, f.Severity));
        Assert.DoesNotContain(findings, f => f.Severity == Severity.Fail);
        var list = findings[2];
        Assert.Equal(("register_list", Severity.Info), (list.Outcome, list.Severity));
        Assert.Equal(["b1", "b2"], list.CameraIds);
        Assert.True(AreaDifference(Rect(5, 0, 9, 20), findings[0].Geometry!) < 1e-6);
    }

    [Fact]
    public void Dk12_PrivatePersonExempt_NoRegistration()
    {
        Assert.Empty(Check([(Cam("p1", OperatorType.Private), Rect(0, 0, 20, 20))], [Path]).Of("DK-12"));
    }
}
