using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Tests.Formats;

public sealed class CameraReaderTests
{
    private const string Full = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[
        {"type":"Feature","properties":{"id":"k1","heading_deg":45,"hfov_deg":60,"vfov_deg":35,"range_m":40,"height_m":5.5,"tilt_deg":20,
          "resolution_px":2688,"ptz":false,"operator":"municipality","operator_id":"kk","recording":true,"retention_days":30,
          "purpose":"tryghed","permit":"P-7","permit_expires":"2027-06-30","police_consulted":true},
         "geometry":{"type":"Point","coordinates":[724356.68,6175756.99,12.5]}}]}
        """;

    [Fact]
    public void Load_AllContractProperties_AreRead()
    {
        using var tmp = new TempFolder();
        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: tmp.File("c.geojson", Full)), new PlanLoadOptions()).Plan;
        Assert.Equal(CrsRegistry.Etrs89Utm32, plan.Epsg);
        var c = Assert.Single(plan.Cameras);
        Assert.Equal(("k1", 724356.68, 6175756.99), (c.Id, c.X, c.Y));
        Assert.Equal(CameraOptics.Create(45, 60, 35, 40, 5.5, 20, 2688, false), c.Optics);
        Assert.True(c.HeadingKnown);
        Assert.Equal(OperatorType.Municipality, c.Operator);
        Assert.Equal(("kk", true, 30, "tryghed", "P-7", new DateOnly(2027, 6, 30), true),
            (c.OperatorId, c.Recording, c.RetentionDays, c.Purpose, c.Permit, c.PermitExpires, c.PoliceConsulted));
    }

    [Fact]
    public void Load_ModelKey_FillsOpticsNotGivenAndKeepsExplicitOnes()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"id":"a","heading_deg":0,"model":"bullet-2mp-6mm"},"geometry":{"type":"Point","coordinates":[12.5683,55.6761]}},
            {"type":"Feature","properties":{"id":"b","heading_deg":0,"model":"bullet-4mp-vf-2.8-12mm","hfov_deg":40,"range_m":70},"geometry":{"type":"Point","coordinates":[12.5690,55.6765]}}]}
            """);
        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = 25832 }).Plan;
        var a = plan.Cameras.Single(c => c.Id == "a");
        Assert.Equal(("bullet-2mp-6mm", 1920, 54.0, 30.0, 75.0), (a.Model, a.Optics.ResolutionPx, a.Optics.HfovDeg, a.Optics.VfovDeg, a.Optics.RangeM));
        var b = plan.Cameras.Single(c => c.Id == "b");
        Assert.Equal((2688, 40.0, 70.0), (b.Optics.ResolutionPx, b.Optics.HfovDeg, b.Optics.RangeM));
        // Zoomed in to 40°, the lens keeps the wide end's tan ratio: tan(v/2) = tan(20°) · tan(25°) / tan(48°).
        var expected = 2 * Math.Atan(Math.Tan(20 * Math.PI / 180) * Math.Tan(25 * Math.PI / 180) / Math.Tan(48 * Math.PI / 180)) * 180 / Math.PI;
        Assert.Equal(expected, b.Optics.VfovDeg, 1e-9);
    }

    [Fact]
    public void Load_NoHeading_IsUnknownWithWarningAndContractDefaults()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x"},"geometry":{"type":"Point","coordinates":[12.5683,55.6761]}}]}
            """);
        var result = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions());
        var c = Assert.Single(result.Plan.Cameras);
        Assert.False(c.HeadingKnown);
        Assert.Equal(CameraOptics.Create(0), c.Optics);
        Assert.Contains(result.Warnings, w => w.Contains("without heading_deg", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_LonLatHeading_IsRotatedToGridNorthOfTheWorkingCrs()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","heading_deg":90},"geometry":{"type":"Point","coordinates":[12.568337,55.675676]}}]}
            """);
        var c = Assert.Single(PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions()).Plan.Cameras);
        // Due east (true) is 90° − 2.948° (meridian convergence at Rådhuspladsen, PROJ `proj -V`) from grid north.
        Assert.Equal(90 - 2.94816236, c.Optics.HeadingDeg, 1e-4);
    }

    [Fact]
    public void Load_UnknownProperty_IsNamedInAWarning()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"x","heading":90},"geometry":{"type":"Point","coordinates":[12.5683,55.6761]}}]}
            """);
        var result = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions());
        Assert.Contains(result.Warnings, w => w.EndsWith("properties not used and ignored: heading", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OsmGeoJsonNode_MapsTags()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("osm.geojson", """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","id":"node/1","properties":{"man_made":"surveillance","camera:direction":"190-240","camera:angle":"30","height":"6 m","operator":"Stadt Zürich","surveillance:zone":"town"},"geometry":{"type":"Point","coordinates":[8.54,47.37]}},
            {"type":"Feature","id":"node/2","properties":{"man_made":"surveillance","camera:type":"dome"},"geometry":{"type":"Point","coordinates":[8.541,47.371]}},
            {"type":"Feature","id":"node/3","properties":{"man_made":"surveillance","camera:type":"fixed","camera:angle":"360"},"geometry":{"type":"Point","coordinates":[8.542,47.372]}}]}
            """);
        var result = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = 32632 });
        var byId = result.Plan.Cameras.ToDictionary(c => c.Id);
        var n1 = byId["node/1"];
        Assert.True(n1.HeadingKnown);
        Assert.Equal((50.0, 30.0, 6.0, false, "Stadt Zürich", "town"), (n1.Optics.HfovDeg, n1.Optics.TiltDeg, n1.Optics.HeightM, n1.Optics.Ptz, n1.OperatorId, n1.SurveillanceZone));
        var rotation = GridNorth.Rotation(4326, 32632, 8.54, 47.37);
        Assert.Equal(GridNorth.Normalize(215 + rotation), n1.Optics.HeadingDeg, 1e-9);
        var n2 = byId["node/2"];
        Assert.Equal((false, true, 360.0), (n2.HeadingKnown, n2.Optics.Ptz, n2.Optics.HfovDeg));
        var n3 = byId["node/3"];
        Assert.Equal((false, false, CameraOptics.DefaultHfovDeg, CameraOptics.DefaultTiltDeg), (n3.HeadingKnown, n3.Optics.Ptz, n3.Optics.HfovDeg, n3.Optics.TiltDeg));
        Assert.Contains(result.Warnings, w => w.Contains("camera:angle outside [-90, 90]", StringComparison.Ordinal) && w.Contains("node/3", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_GeographicCrsOption_IsRejected()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", Full);
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = 4326 }));
        // The engine names the option as the working CRS, not as a command-line flag (the CLI says --crs: see CliCrsMessageTests).
        Assert.Equal("working CRS: crs: expected a projected working CRS in metres (e.g. EPSG:25832), got EPSG:4326 (degrees)", ex.Message);
        Assert.Equal((PlanLoadOptions.WorkingCrsSource, "crs"), (ex.File, ex.Field));
    }

    [Fact]
    public void Load_ProjectedInputAndLonLatInput_WorksInTheDeclaredProjectedCrs()
    {
        using var tmp = new TempFolder();
        var cams = tmp.File("c.geojson", Full.Replace("EPSG::25832", "EPSG::25833", StringComparison.Ordinal).Replace("724356.68,6175756.99", "344000,6175000", StringComparison.Ordinal));
        var buildings = tmp.File("b.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"b","height_m":10},"geometry":{"type":"Polygon","coordinates":[[[12.5683,55.6761],[12.5685,55.6761],[12.5685,55.6763],[12.5683,55.6761]]]}}]}
            """);
        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: cams, Buildings: buildings), new PlanLoadOptions()).Plan;
        Assert.Equal(CrsRegistry.Etrs89Utm33, plan.Epsg);
        var (x, y) = CrsRegistry.Transform(4326, 25833, 12.5683, 55.6761);
        Assert.Equal(x, plan.Buildings[0].Footprint.Coordinates[0].X, 1e-6);
        Assert.Equal(y, plan.Buildings[0].Footprint.Coordinates[0].Y, 1e-6);
    }
}
