using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Tests.Coverage;

public sealed class ViewGeometryTests
{
    [Fact]
    public void Of_DefaultMount_NearAndFarFollowContractFormulas()
    {
        // h = 4, tilt = 15, hfov 90 → vfov = 2·atan(tan 45°·9/16) = 58.7155°
        var optics = CameraOptics.Create(0, hfovDeg: 90, rangeM: 200);
        var view = ViewGeometry.Of(optics);
        var vfov = 2 * Math.Atan(9.0 / 16.0);
        var tilt = 15 * Math.PI / 180;
        Assert.Equal(4 / Math.Tan(tilt + vfov / 2), view.NearM, 9);
        Assert.Equal(200, view.FarM, 9); // tilt 15° ≤ vfov/2 → far = range
    }

    [Fact]
    public void Of_SteepTilt_FarLimitedByUpperEdge()
    {
        var optics = CameraOptics.Create(0, hfovDeg: 40, vfovDeg: 20, rangeM: 500, heightM: 10, tiltDeg: 30);
        var view = ViewGeometry.Of(optics);
        Assert.Equal(10 / Math.Tan(40 * Math.PI / 180), view.NearM, 9);
        Assert.Equal(10 / Math.Tan(20 * Math.PI / 180), view.FarM, 9);
    }

    [Fact]
    public void Of_TargetHeight_LimitsUseEyeAboveTarget()
    {
        // h − t = 6 − 1.6 = 4.4 m; lower edge 20 + 15 = 35°, upper edge 20 − 15 = 5°.
        var optics = CameraOptics.Create(0, hfovDeg: 60, vfovDeg: 30, rangeM: 100, heightM: 6, tiltDeg: 20);
        var view = ViewGeometry.Of(optics, 1.6);
        Assert.Equal(4.4 / Math.Tan(35 * Math.PI / 180), view.NearM, 9);
        Assert.Equal(4.4 / Math.Tan(5 * Math.PI / 180), view.FarM, 9);
    }

    [Fact]
    public void Of_Ptz_FullRangeFromTheMount()
    {
        var view = ViewGeometry.Of(CameraOptics.Create(0, hfovDeg: 60, rangeM: 75, heightM: 8, tiltDeg: 40, ptz: true));
        Assert.Equal(0, view.NearM);
        Assert.Equal(75, view.FarM);
        // DORI radius uses the lens's 60°: detect at slant 1920 / (2·25·tan 30°).
        var slant = 1920 / (2 * 25 * Math.Tan(Math.PI / 6));
        Assert.Equal(Math.Sqrt((slant * slant) - 64), view.LevelLimitM(DoriLevel.Detect), 9);
    }

    [Fact]
    public void LevelLimitM_Identify_MatchesPixelDensityInverse()
    {
        var optics = CameraOptics.Create(0, hfovDeg: 60, rangeM: 100, heightM: 4, resolutionPx: 3840);
        var view = ViewGeometry.Of(optics);
        var d = view.LevelLimitM(DoriLevel.Identify);
        Assert.Equal(250, view.PixelsPerMetreAt(d), 6);
        var expectedSlant = 3840 / (2 * 250 * Math.Tan(Math.PI / 6));
        Assert.Equal(Math.Sqrt(expectedSlant * expectedSlant - 16), d, 9);
    }

    [Theory]
    [InlineData("heading 360", 360, 90, "heading_deg must be in [0, 360)")]
    [InlineData("heading negative", -1, 90, "heading_deg must be in [0, 360)")]
    [InlineData("hfov zero", 10, 0, "hfov_deg must be in (0, 360)")]
    public void Create_BadOptics_ThrowsWithRule(string name, double heading, double hfov, string message)
    {
        _ = name;
        var ex = Assert.Throws<Planner.Geo.DomainRuleException>(() => CameraOptics.Create(heading, hfov));
        Assert.Equal(message, ex.Message);
    }
}
