using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>
/// Issue 12 item 1: DK-18 looks at dwelling facades through the real coverage engine. Dwelling zones are building
/// footprints and views stop at walls, so the old ground-overlap test never fired. The camera at (0, 0) looks north
/// with a 60° lens, 50 m range, 4 m high, 15° tilt; the window heights looked at are 1.5 m (the next, 4.5 m, is above
/// the camera).
/// </summary>
public sealed class FacadePrivacyTests
{
    private static readonly Camera Camera = new("c1", 0, 0, CameraOptics.Create(0, hfovDeg: 60, rangeM: 50))
    {
        Operator = OperatorType.Business,
        OperatorId = "shop",
        Purpose = "theft",
        Recording = true,
        RetentionDays = 30,
    };

    // A 9 m block of flats 35–45 m north; its dwelling zone is its footprint, as in the sample.
    private static readonly Building Flats = new("flats", Rect(-10, 35, 10, 45), 9);

    private static readonly Zone FlatsZone = Zone("dwelling-flats", ZoneKind.Dwelling, Rect(-10, 35, 10, 45));

    private static IReadOnlyList<Finding> Run(IReadOnlyList<Building> buildings, IReadOnlyList<Zone> zones, Camera? camera = null, bool withBuildings = true)
    {
        var cameras = new[] { camera ?? Camera };
        var views = CoverageEngine.ComputeViews(cameras, buildings, new CoverageOptions { Parallel = false });
        return RuleEngine.Evaluate(Dk, cameras, views, zones, new RuleEngineOptions { Today = Today, Buildings = withBuildings ? buildings : null });
    }

    [Fact]
    public void Dk18_FacadeInOpenView_Issue12_MaskAlongTheSeenWall()
    {
        // Before: no finding (the view stops at the wall, so view ∩ footprint is empty).
        var f = Assert.Single(Run([Flats], [FlatsZone]).Of("DK-18"));
        Assert.Equal((Severity.Fail, "mask_required", "privacy_mask"), (f.Severity, f.Outcome, f.GeometryRole));

        // The ±30° cone meets the south wall y = 35 over |x| ≤ 35·tan 30° = 20.2 > 10: the whole 20 m wall, strip 1 m deep.
        Assert.True(AreaDifference(Rect(-10, 35, 10, 36), f.Geometry!) < 0.5, f.Geometry!.ToText());
        Assert.Contains("dwelling-flats", f.Message, StringComparison.Ordinal);
        Assert.Contains("20 m of facade", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dk18_FacadeSeenThroughGapBetweenBuildings_Issue12_OnlyTheGapsShareOfTheWall()
    {
        // Two tall buildings 15–20 m north leave a 4 m gap (|x| ≤ 2). Through it the camera sees the south wall where
        // |x| ≤ 2 · 35 / 20 = 3.5 m (the gap's far corners bound the rays): 7 m of facade.
        var left = new Building("left", Rect(-30, 15, -2, 20), null);
        var right = new Building("right", Rect(2, 15, 30, 20), null);
        var f = Assert.Single(Run([left, right, Flats], [FlatsZone]).Of("DK-18"));
        Assert.True(AreaDifference(Rect(-3.5, 35, 3.5, 36), f.Geometry!) < 0.3, f.Geometry!.ToText());
    }

    [Fact]
    public void Dk18_FacadeHiddenBehindWall_Issue12_NotFlagged()
    {
        var wall = new Building("wall", Rect(-30, 20, 30, 25), null);
        Assert.Empty(Run([wall, Flats], [FlatsZone]).Of("DK-18"));
    }

    [Fact]
    public void Dk18_HousingCameraFacingItsOwnTenantsWindows_Issue12_MaskRequired()
    {
        // Before: a dwelling with the camera's own operator_id was skipped.
        var tenants = Zone("dwelling-flats", ZoneKind.Dwelling, Rect(-10, 35, 10, 45), "bo-1");
        var housing = Camera with { Operator = OperatorType.Housing, OperatorId = "bo-1" };
        var f = Assert.Single(Run([Flats], [tenants], housing).Of("DK-18"));
        Assert.Equal(Severity.Fail, f.Severity);
    }

    [Fact]
    public void Dk18_UpperStoreySeenOverLowShed_Issue12_WindowHeightsUpToTheCamera()
    {
        // A 10 m high camera looks at 1.5, 4.5 and 7.5 m. A 3 m shed 20–30 m north hides the ground-floor windows at
        // 35 m (shadow to 30 · 8.5 / 7 = 36.4 m ≥ 35) but not the storey at 4.5 m, which it is lower than.
        var high = new Camera("c1", 0, 0, CameraOptics.Create(0, hfovDeg: 60, rangeM: 50, heightM: 10)) { Operator = OperatorType.Business, OperatorId = "shop" };
        var shed = new Building("shed", Rect(-30, 20, 30, 30), 3);
        var f = Assert.Single(Run([shed, Flats], [FlatsZone], high).Of("DK-18"));
        Assert.True(AreaDifference(Rect(-10, 35, 10, 36), f.Geometry!) < 0.5, f.Geometry!.ToText());

        // The same shed 9.5 m high (above every window height) hides the facade.
        var tall = new Building("shed", Rect(-30, 20, 30, 30), 9.5);
        Assert.Empty(Run([tall, Flats], [FlatsZone], high).Of("DK-18"));
    }

    [Fact]
    public void Dk18_NoBuildingsGiven_Issue12_NotAssessedNeverPassed()
    {
        var f = Assert.Single(Run([Flats], [FlatsZone], withBuildings: false).Of("DK-18"));
        Assert.Equal((Severity.Warn, "not_assessed"), (f.Severity, f.Outcome));
        Assert.Contains("not assessed", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dk18_CameraOnTheDwellingItHangsOn_Issue12_OwnWallIsNotItsView()
    {
        // A PTZ 0.3 m in front of the flats' south wall sees the whole disc around it, along its own wall included.
        var ptz = new Camera("c1", 0, 34.7, CameraOptics.Create(0, hfovDeg: 90, rangeM: 20, ptz: true)) { Operator = OperatorType.Municipality, OperatorId = "k" };
        Assert.Empty(Run([Flats], [FlatsZone], ptz).Of("DK-18"));
    }
}
