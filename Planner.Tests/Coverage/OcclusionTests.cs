using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;

namespace Planner.Tests.Coverage;

public sealed class OcclusionTests
{
    // Camera at the origin looking north, 90° sector (|x| ≤ y), far 50 m: near = 4 / tan(15° + vfov/2).
    private static readonly Planner.Geo.Model.Camera North = Scene.Cam(0, 0, heading: 0, hfov: 90, range: 50, height: 6, tilt: 15);

    private static double Near => ViewGeometry.Of(North.Optics).NearM;

    private static double Sector(double radius) => Math.PI / 4 * ((radius * radius) - (Near * Near));

    private static bool Covers(Geometry g, double x, double y) => g.Covers(g.Factory.CreatePoint(new Coordinate(x, y)));

    [Theory]
    [InlineData("unknown height", null)]
    [InlineData("taller than the camera", 12.0)]
    [InlineData("exactly camera height", 6.0)]
    public void ComputeView_TallBox_HidesBoxAndEverythingBehind(string name, double? height)
    {
        _ = name;
        // Box x ∈ [−5, 5], y ∈ [10, 20]. Hidden in the disc of 50 m: the wedge |x| ≤ y/2 beyond y = 10, i.e. the
        // sector of half-angle atan(1/2) minus the triangle (0,0), (−5,10), (5,10) of area 50.
        var view = Scene.View(North, [Scene.Box("b", -5, 10, 5, 20, height)]);
        var hidden = (Math.Atan(0.5) * 50 * 50) - 50;
        var expected = Sector(50) - hidden;
        Assert.True(view.Visible.IsValid);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
        Assert.False(Covers(view.Visible, 0, 30));
        Assert.False(Covers(view.Visible, 0, 15));
        Assert.True(Covers(view.Visible, 20, 30));
        Assert.False(Covers(view.Visible, 14, 30));
    }

    [Fact]
    public void ComputeView_LowWall_CastsShadowOfClosedFormLength()
    {
        // Wall y ∈ [10, 10.2], 3 m high, seen from 6 m: the sight line over the far edge reaches the ground at
        // 10.2·(6 − 0)/(6 − 3) = 20.4 m. Hidden in the 90° sector: 10 ≤ y ≤ 20.4, area ∫ 2y dy = 20.4² − 10².
        var view = Scene.View(North, [Scene.Box("wall", -40, 10, 40, 10.2, 3)]);
        var expected = Sector(50) - ((20.4 * 20.4) - 100);
        Assert.True(view.Visible.IsValid);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
        Assert.False(Covers(view.Visible, 0, 20.35));
        Assert.True(Covers(view.Visible, 0, 20.45));
        Assert.True(Covers(view.Visible, 0, 9.9));
    }

    [Fact]
    public void ComputeView_LowWallWithTargetHeight_ShadowFollowsTargetFormula()
    {
        // Target 1.6 m: shadow ends at 10.2·(6 − 1.6)/(6 − 3) = 14.96 m; near limit uses h − t = 4.4 m.
        var view = Scene.View(North, [Scene.Box("wall", -40, 10, 40, 10.2, 3)], target: 1.6);
        var g = ViewGeometry.Of(North.Optics, 1.6);
        var end = 10.2 * 4.4 / 3;
        var expected = (Math.PI / 4 * ((50 * 50) - (g.NearM * g.NearM))) - ((end * end) - 100);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
    }

    [Fact]
    public void ComputeView_TallWall_HidesEverythingBeyond()
    {
        // Endless shadow: only |x| ≤ y < 10 remains, area 10² minus the near quarter disc.
        var view = Scene.View(North, [Scene.Box("wall", -40, 10, 40, 10.2, 20)]);
        var expected = 100 - (Math.PI / 4 * Near * Near);
        Assert.True(view.Visible.IsValid);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
    }

    [Fact]
    public void ComputeView_BuildingLowerThanTarget_HidesOnlyItsFootprint()
    {
        var view = Scene.View(North, [Scene.Box("kiosk", -5, 10, 5, 20, 1.0)], target: 1.6);
        var g = ViewGeometry.Of(North.Optics, 1.6);
        var expected = (Math.PI / 4 * ((50 * 50) - (g.NearM * g.NearM))) - 100;
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
        Assert.True(Covers(view.Visible, 0, 21));
    }

    [Fact]
    public void ComputeView_CourtyardBuilding_HoleGroundBehindWallIsHidden()
    {
        // A perimeter block 20 m high with a courtyard: from outside nothing in or behind it is visible.
        var block = Scene.Wkt("block", "POLYGON((-10 10, 10 10, 10 30, -10 30, -10 10), (-6 14, 6 14, 6 26, -6 26, -6 14))", 20);
        var view = Scene.View(North, [block]);
        Assert.True(view.Visible.IsValid);
        Assert.False(Covers(view.Visible, 0, 20));
        var expected = 100 - (Math.PI / 4 * Near * Near);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
    }

    [Fact]
    public void ComputeView_CameraInCourtyard_SeesCourtyardOnly()
    {
        var block = Scene.Wkt("block", "POLYGON((-30 -30, 30 -30, 30 30, -30 30, -30 -30), (-10 -10, 10 -10, 10 10, -10 10, -10 -10))", 20);
        var camera = Scene.Cam(0, 0, 0, ptz: true, range: 50, height: 6);
        var view = Scene.View(camera, [block]);
        Assert.True(view.Visible.IsValid);
        Assert.Equal(400, view.Visible.Area, 400 * 1e-6);
    }

    [Fact]
    public void ComputeView_OneBox_MatchesBruteForceSampling()
    {
        var buildings = new[] { Scene.Rect("a", 3, 18, 8, 5, 30, 4.0), Scene.Rect("b", -12, 25, 6, 12, -10, null), Scene.Rect("c", 10, 35, 4, 4, 0, 2.5) };
        var view = Scene.View(North, buildings);
        var reference = new BruteForceVisibility(North, buildings, 0, 60).EstimateArea(500, 500);
        Assert.Equal(reference, view.Visible.Area, reference * 0.01);
    }
}
