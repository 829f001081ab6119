using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;

namespace Planner.Tests.Coverage;

public sealed class MountRuleTests
{
    private static bool Covers(Geometry g, double x, double y) => g.Covers(g.Factory.CreatePoint(new Coordinate(x, y)));

    [Fact]
    public void ComputeView_CameraOnFacadeLookingOut_BuildingCastsNoShadow()
    {
        // Camera on the north facade (y = 0) of a 20 m building, 6 m up, looking north: an open-field sector.
        var building = Scene.Box("host", -10, -15, 10, 0, 20);
        var camera = Scene.Cam(0, 0, heading: 0, hfov: 90, range: 40, height: 6);
        var g = ViewGeometry.Of(camera.Optics);
        var view = Scene.View(camera, [building]);
        var expected = Scene.SectorArea(camera, g.FarM, g.NearM);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
    }

    [Fact]
    public void ComputeView_PtzOnFacade_SeesDiscMinusHostFootprint()
    {
        // The host does not occlude, but its own footprint is never visible ground.
        var building = Scene.Box("host", -10, -15, 10, 0, 20);
        var camera = Scene.Cam(0, 0, heading: 0, ptz: true, range: 40, height: 6);
        var view = Scene.View(camera, [building]);
        var expected = (Math.PI * 40 * 40) - 300;
        Assert.True(view.Visible.IsValid);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
        Assert.False(Covers(view.Visible, 0, -5));
        Assert.True(Covers(view.Visible, 0, -20));
    }

    [Theory]
    [InlineData("0.4 m away: mount", 0.4, true)]
    [InlineData("0.5 m away: mount", 0.5, true)]
    [InlineData("0.6 m away: occluder", 0.6, false)]
    [InlineData("camera inside: mount", -3.0, true)]
    public void ComputeView_BuildingNearCamera_MountRuleByDistance(string name, double gap, bool isMount)
    {
        _ = name;
        // Building south of the camera (its north face at y = −gap); the camera looks south over it with a PTZ.
        var building = Scene.Box("host", -10, -15, 10, -gap, 20);
        var camera = Scene.Cam(0, 0, heading: 180, ptz: true, range: 40, height: 6);
        var view = Scene.View(camera, [building]);
        // Behind the building (y = −30) is visible only when the building is the mount.
        Assert.Equal(isMount, Covers(view.Visible, 0, -30));
        Assert.False(Covers(view.Visible, 0, -10));
    }

    [Fact]
    public void ComputeView_CameraOnSharedWall_BothNeighboursAreMounts()
    {
        var west = Scene.Box("w", -20, 0, 0, 10, 15);
        var east = Scene.Box("e", 0, 0, 20, 10, 15);
        var camera = Scene.Cam(0, 5, heading: 0, ptz: true, range: 40, height: 6);
        var view = Scene.View(camera, [west, east]);
        var expected = (Math.PI * 40 * 40) - 400;
        Assert.True(view.Visible.IsValid);
        Assert.Equal(expected, view.Visible.Area, expected * 1e-4);
    }
}
