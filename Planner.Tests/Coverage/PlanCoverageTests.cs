using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Tests.Coverage;

public sealed class PlanCoverageTests
{
    [Fact]
    public void Compute_TwoOverlappingPtz_UnionOverlapAndZoneFromClosedForms()
    {
        // Two PTZ discs of R = 30 m, 40 m apart: lens = 2R²·acos(d/2R) − (d/2)·√(4R² − d²).
        const double r = 30, d = 40;
        var cameras = new[] { Scene.Cam(0, 0, 0, ptz: true, range: r, id: "a"), Scene.Cam(d, 0, 0, ptz: true, range: r, id: "b") };
        var views = CoverageEngine.ComputeViews(cameras, []);
        // Zone: the square x ∈ [0, 40], y ∈ [0, 100] — the discs cover its lower part.
        var zone = new Zone("z", ZoneKind.UtrygArea, Scene.Box("z", 0, 0, 40, 100, null).Footprint);
        var coverage = PlanCoverage.Compute(views, [zone]);
        var lens = (2 * r * r * Math.Acos(d / (2 * r))) - (d / 2 * Math.Sqrt((4 * r * r) - (d * d)));
        Assert.Equal(lens, coverage.OverlapM2, lens * 1e-3);
        Assert.Equal((2 * Math.PI * r * r) - lens, coverage.AreaM2(DoriLevel.Visible), 2 * Math.PI * r * r * 1e-4);
        // In the zone: a quarter of each disc (upper-right of a, upper-left of b) minus their shared upper half-lens.
        var inZone = (Math.PI * r * r / 2) - (lens / 2);
        var z = Assert.Single(coverage.Zones);
        Assert.Equal(4000, z.AreaM2, 1e-9);
        Assert.Equal(inZone, z.CoveredM2[DoriLevel.Visible], inZone * 1e-3);
        Assert.Equal(4000 - inZone, z.BlindSpotM2, inZone * 1e-3);
        Assert.Equal(lens / 2, z.OverlapM2, lens * 1e-3);
        Assert.Equal(inZone / 4000, z.Fraction(DoriLevel.Visible), 1e-3);
        Assert.True(z.CoveredM2[DoriLevel.Identify] <= z.CoveredM2[DoriLevel.Recognise]);
    }

    [Fact]
    public void Compute_NoCameras_EverythingIsBlind()
    {
        var zone = new Zone("z", ZoneKind.PublicArea, Scene.Box("z", 0, 0, 10, 10, null).Footprint);
        var coverage = PlanCoverage.Compute([], [zone]);
        Assert.Equal(0, coverage.AreaM2(DoriLevel.Visible));
        Assert.Equal(100, coverage.Zones[0].BlindSpotM2, 1e-9);
        Assert.Equal(0, coverage.Zones[0].Fraction(DoriLevel.Detect));
    }
}
