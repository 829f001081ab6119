using Planner.Geo.Coverage;

namespace Planner.Tests.Coverage;

public sealed class OpenFieldTests
{
    // Chords at ≤ 0.5° lose at most Δ²/6 = 1.3e-5 of a sector's area; 1e-4 leaves room and still fails on any real error.
    private const double AreaTolerance = 1e-4;

    [Theory]
    [InlineData("default dome", 0.0, 90.0, 50.0, 4.0, 15.0, false)]
    [InlineData("narrow, heading east", 90.0, 30.0, 120.0, 6.0, 10.0, false)]
    [InlineData("wide, across north", 350.0, 170.0, 40.0, 3.0, 20.0, false)]
    [InlineData("steep tilt, far limited", 200.0, 60.0, 300.0, 10.0, 45.0, false)]
    [InlineData("ptz full circle", 123.0, 60.0, 80.0, 5.0, 15.0, true)]
    [InlineData("very wide 300", 10.0, 300.0, 30.0, 4.0, 15.0, false)]
    public void ComputeView_OpenField_AreaMatchesSectorFormula(string name, double heading, double hfov, double range, double height, double tilt, bool ptz)
    {
        _ = name;
        var camera = Scene.Cam(10, -20, heading, hfov, range, height, tilt, ptz);
        var g = ViewGeometry.Of(camera.Optics);
        var view = Scene.View(camera, []);
        Assert.True(view.Visible.IsValid);
        var expected = Scene.SectorArea(camera, g.FarM, g.NearM);
        Assert.InRange(view.Visible.Area, expected * (1 - AreaTolerance), expected * (1 + 1e-12));
    }

    [Theory]
    [InlineData("4 m, 1080p, 60°", 1920, 60.0, 4.0)]
    [InlineData("8 m, 4K, 90°", 3840, 90.0, 8.0)]
    public void ComputeView_OpenField_LevelAreasFollowDoriRadii(string name, int resolution, double hfov, double height)
    {
        _ = name;
        var camera = Scene.Cam(0, 0, 45, hfov, range: 150, height: height, tilt: 20, resolution: resolution);
        var g = ViewGeometry.Of(camera.Optics);
        var view = Scene.View(camera, []);
        foreach (var level in DoriLevels.All)
        {
            // Independent truth: radius where resolution / (2·slant·tan(hfov/2)) equals the level's px/m.
            var ppm = level.MinPixelsPerMetre();
            var slant = ppm == 0 ? double.PositiveInfinity : resolution / (2 * ppm * Math.Tan(hfov * Math.PI / 360));
            var limit = Math.Sqrt(Math.Max(0, (slant * slant) - (height * height)));
            var outer = Math.Min(g.FarM, limit);
            var expected = outer <= g.NearM ? 0 : Scene.SectorArea(camera, outer, g.NearM);
            Assert.True(view[level].IsValid, level.ToString());
            Assert.InRange(view[level].Area, expected * (1 - AreaTolerance), (expected * (1 + 1e-12)) + 1e-9);
        }
    }
}
