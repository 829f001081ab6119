using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>
/// Rules on views from the real coverage engine. The camera at (0, 0) looks north with a 60° lens, 50 m range, 4 m
/// high, 15° tilt: its ground footprint is the sector ±30° about north from the near limit 4 / tan(15° + vfov/2)
/// ≈ 6.2 m out to 50 m.
/// </summary>
public sealed class RealViewScenarioTests
{
    private static readonly Camera Camera = new("c1", 0, 0, CameraOptics.Create(0, hfovDeg: 60, rangeM: 50))
    {
        Operator = OperatorType.Business,
        OperatorId = "shop",
        Purpose = "theft",
        Recording = true,
        RetentionDays = 30,
    };

    // A house 30–40 m north, well inside the nominal cone.
    private static readonly Zone House = Zone("house", ZoneKind.Dwelling, Rect(-5, 30, 5, 40));

    // A wall of unknown height 20–25 m north: it hides everything behind it within ±26.6°.
    private static readonly Building Wall = new("wall", Rect(-10, 20, 10, 25), null);

    private static IReadOnlyList<Finding> Run(IReadOnlyList<Building> buildings, IReadOnlyList<Zone> zones, Camera? camera = null)
    {
        var cameras = new[] { camera ?? Camera };
        var views = CoverageEngine.ComputeViews(cameras, buildings, new CoverageOptions { Parallel = false });
        return RuleEngine.Evaluate(Dk, cameras, views, zones, new RuleEngineOptions { Today = Today, Buildings = buildings });
    }

    [Fact]
    public void Dk18_NominalConeHitsHouseButWallBlocksRealView_NotFlagged()
    {
        Assert.Empty(Run([Wall], [House]).Of("DK-18"));
    }

    [Fact]
    public void Dk18_NothingInTheWay_MaskIsTheWholeHouse()
    {
        var f = Assert.Single(Run([], [House]).Of("DK-18"));
        Assert.True(AreaDifference(Rect(-5, 30, 5, 40), f.Geometry!) < 1e-6);
    }

    [Fact]
    public void Dk18_LowShedCastsShortShadow_HouseBehindItStillSeen()
    {
        // A 1 m shed 10–12 m north: shadow from its far edge reaches 12 · 4 / 3 = 16 m; the house at 30 m is visible.
        var shed = new Building("shed", Rect(-10, 10, 10, 12), 1);
        var f = Assert.Single(Run([shed], [House]).Of("DK-18"));
        Assert.Equal(100, f.AreaM2!.Value, 3);
    }

    [Fact]
    public void Dk01_StreetBehindWall_NotFlagged_OpenStreetFlagged()
    {
        var street = Zone("street", ZoneKind.PublicArea, Rect(-8, 28, 8, 45));
        var privateCamera = Camera with { Operator = OperatorType.Private, OperatorId = "p1" };
        Assert.Empty(Run([Wall], [street], privateCamera).Of("DK-01"));
        var f = Assert.Single(Run([], [street], privateCamera).Of("DK-01"));
        Assert.True(AreaDifference(Rect(-8, 28, 8, 45), f.Geometry!) < 1e-6);
    }

    [Fact]
    public void Dk13_PathAlongTheAxis_SignsWherePathEntersAndLeavesTheRealView()
    {
        var path = Zone("path", ZoneKind.PublicArea, Rect(-1, -100, 1, 100));
        var view = CoverageEngine.ComputeViews([Camera], [], new CoverageOptions { Parallel = false })[0].Visible;
        var near = ViewGeometry.Of(Camera.Optics).NearM;
        var f = Assert.Single(Run([], [path], Camera with { Operator = OperatorType.Housing }).Of("DK-13"));
        var points = ((MultiPoint)f.Geometry!).Geometries.Select(g => (Point)g).OrderBy(p => p.Y).ToList();
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.True(view.Boundary.Distance(p) < 0.01, $"{p} is on the view boundary"));
        Assert.All(points, p => Assert.InRange(p.X, -0.05, 0.05));
        Assert.Equal(near, points[0].Y, 1);
        Assert.Equal(50, points[1].Y, 1);
    }
}
