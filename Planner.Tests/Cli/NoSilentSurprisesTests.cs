using System.Text.Json;
using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>Issue 14, "no silent surprises": each case found on real data, as a CLI run asserting the exit code and the one line.</summary>
[Collection("console")]
public sealed class NoSilentSurprisesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("surprises-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A 20 × 20 m, 10 m high building in EPSG:25832 and a camera 1 m south of its south wall facing it (north).</summary>
    private (string Cameras, string Buildings) CameraFacingAWall()
    {
        const string crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}}";
        var buildings = Write("wall.geojson", "{\"type\":\"FeatureCollection\"," + crs + ",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"b1\",\"height_m\":10},"
            + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[725000,6176000],[725020,6176000],[725020,6176020],[725000,6176020],[725000,6176000]]]}}]}");
        var cameras = Write("facing.geojson", "{\"type\":\"FeatureCollection\"," + crs + ",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"wall-cam\",\"heading_deg\":0,\"range_m\":50,\"operator\":\"private\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[725010,6175999]}},"
            + "{\"type\":\"Feature\",\"properties\":{\"id\":\"open-cam\",\"heading_deg\":180,\"range_m\":50,\"operator\":\"private\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[725010,6175999.5]}}]}");
        return (cameras, buildings);
    }

    [Fact]
    public void Check_PlanWithCamerasFile_Exit2NamingBoth()
    {
        var plan = Path.Combine(dir, "p.gpkg");
        Assert.Equal(0, CliHarness.Run("new", "--sample", "--out", plan).ExitCode);
        var (cameras, _) = CameraFacingAWall();

        var (exit, stdout, stderr) = CliHarness.Run("check", "--plan", plan, "--cameras", cameras, "--out", Path.Combine(dir, "f.json"));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(
            $"planner check: command line: --plan: --cameras cannot be combined with --plan {plan}: the plan's own layer would be used and that file ignored; give either the plan or layer files (to change a plan's layer, build the plan again with 'planner new')",
            stderr.Trim());
        Assert.False(File.Exists(Path.Combine(dir, "f.json")));
    }

    [Theory]
    [InlineData("coverage")]
    [InlineData("check")]
    public void CoverageAndCheck_CameraFacingAWall_WarnsItSeesNothing(string verb)
    {
        var (cameras, buildings) = CameraFacingAWall();
        var outFile = Path.Combine(dir, verb == "coverage" ? "v.geojson" : "f.json");

        var (exit, _, stderr) = CliHarness.Run(verb, "--cameras", cameras, "--buildings", buildings, "--out", outFile);

        Assert.Equal(0, exit);
        Assert.Contains($"planner {verb}: warning: 1 camera(s) see nothing (empty view: facing a wall or a building right in front, or placed inside one): wall-cam", Lines(stderr));
    }

    [Fact]
    public void Check_CamerasInCopenhagenBuildingsInZurich_WarnsLayersFarApart()
    {
        var cameras = Write("cph.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c1","heading_deg":90,"operator":"private"},"geometry":{"type":"Point","coordinates":[12.5789,55.6789]}}]}""");
        var buildings = Write("zrh.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"b1","height_m":10},"geometry":{"type":"Polygon","coordinates":[[[8.54,47.37],[8.5401,47.37],[8.5401,47.3701],[8.54,47.3701],[8.54,47.37]]]}}]}""");

        var (exit, _, stderr) = CliHarness.Run("check", "--cameras", cameras, "--buildings", buildings, "--out", Path.Combine(dir, "f.json"));

        Assert.Equal(0, exit);
        var line = Assert.Single(Lines(stderr), l => l.Contains("apart", StringComparison.Ordinal));
        Assert.Matches(@"^planner check: warning: input: the cameras and the buildings lie 9\d\d km apart \(gap between their extents\): check that they show the same place; ", line);
    }

    private string CanvassPlan()
    {
        var plan = Path.Combine(dir, "cph.gpkg");
        var cameras = Write("c.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c1","heading_deg":90,"range_m":40,"operator":"business","recording":true,"retention_days":30},"geometry":{"type":"Point","coordinates":[12.5789,55.6789]}}]}""");
        Assert.Equal(0, CliHarness.Run("new", "--out", plan, "--cameras", cameras).ExitCode);
        return plan;
    }

    // "outside": the point is 0.0211° east and north of the camera: 1.32 km east (62.7 km per degree of longitude at
    // 55.7°N) and 2.35 km north; minus the 40 m reach each way, √(1.28² + 2.31²) = 2.6 km.
    [Theory]
    [InlineData("swapped", "55.6789,12.579", "2024-06-08T01:30", "planner canvass: --at: expected LON,LAT; \"55.6789,12.579\" looks like LAT,LON (swapped, it lies among the plan's cameras): did you mean 12.579,55.6789?")]
    [InlineData("outside", "12.60,55.70", "2024-06-08T01:30", "planner canvass: --at: expected a place the plan's cameras can see; 12.60,55.70 lies 2.6 km outside their reach (camera positions plus their range)")]
    [InlineData("future", "12.579,55.6789", "2031-06-08T01:30", "planner canvass: --time: expected a time in the past; 2031-06-08T01:30:00+02:00 is after the end of --today, so no footage of it can exist")]
    public void Canvass_BadPlaceOrTime_Exit2OneLine(string name, string at, string time, string expected)
    {
        _ = name;
        var plan = CanvassPlan();

        var (exit, stdout, stderr) = CliHarness.Run("canvass", "--plan", plan, "--at", at, "--time", time, "--today", "2030-01-01", "--out", Path.Combine(dir, "c.json"));

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr.Trim());
    }

    [Fact]
    public void Check_GeoJsonInMetresWithoutCrs_Exit2SuggestingCrsOrLonLat_WithWorkingCrsReadWithWarning()
    {
        var cameras = Write("utm.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c1","heading_deg":90},"geometry":{"type":"Point","coordinates":[725001.8,6176150.0]}}]}""");

        var (exit, _, stderr) = CliHarness.Run("check", "--cameras", cameras, "--out", Path.Combine(dir, "f.json"));
        var withCrs = CliHarness.Run("check", "--cameras", cameras, "--crs", "EPSG:25832", "--out", Path.Combine(dir, "g.json"));

        Assert.Equal(2, exit);
        Assert.Equal(
            $"planner check: {cameras}: feature 1 (id \"c1\"): geometry: expected coordinates inside the valid area of EPSG:4326 (lon -180…180, lat -90…90), got (725001.8, 6176150) (these look like projected metres, but the file names no CRS, so lon/lat was assumed: add a crs member, give the file's EPSG code as the working CRS, or convert it to lon/lat)",
            stderr.Trim());
        Assert.Equal(0, withCrs.ExitCode);
        Assert.Contains($"planner check: warning: {cameras}: names no CRS and its coordinates are metres, not lon/lat: read in EPSG:25832 (the working CRS)", Lines(withCrs.Stderr));
    }

    [SharedDataFact]
    public void CoverageAndCheck_RealTownScale_TerminalOutputSummarised()
    {
        // The issue's case: a real town's zones (2,463 derived from the Copenhagen extract) and the Swiss OSM cameras without operator types.
        var plan = Path.Combine(dir, "cph.gpkg");
        var cameras = Write("c.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c1","heading_deg":185,"range_m":30},"geometry":{"type":"Point","coordinates":[12.5789,55.67893]}}]}""");
        Assert.Equal(0, CliHarness.Run("new", "--out", plan, "--cameras", cameras, "--buildings", TestPaths.Shared("copenhagen-indre-by/buildings.geojson")).ExitCode);
        Assert.Equal(0, CliHarness.Run("zones", "--plan", plan, "--osm", TestPaths.Shared("osm-copenhagen/indre-by-southeast-2017.osm")).ExitCode);
        var summary = Path.Combine(dir, "summary.json");

        var (exit, stdout, stderr) = CliHarness.Run("coverage", "--plan", plan, "--out", Path.Combine(dir, "v.geojson"), "--summary", summary);
        var swiss = CliHarness.Run("check", "--cameras", TestPaths.Shared("osm-surveillance-ch/sample_overpass_raw.json"), "--out", Path.Combine(dir, "f.json"));

        Assert.True(exit == 0, stderr);
        using var terminal = JsonDocument.Parse(stdout);
        using var full = JsonDocument.Parse(File.ReadAllText(summary));
        var total = terminal.RootElement.GetProperty("zones_total").GetInt32();
        Assert.True(total > 2000, $"{total} zones");
        Assert.Equal(5, terminal.RootElement.GetProperty("zones").GetArrayLength());
        Assert.Equal(total, full.RootElement.GetProperty("zones").GetArrayLength());
        Assert.True(Lines(stdout).Length < 150, $"{Lines(stdout).Length} lines");
        Assert.Equal(0, swiss.ExitCode);
        var notChecked = Assert.Single(Lines(swiss.Stdout), l => l.StartsWith("Not checked", StringComparison.Ordinal));
        Assert.Matches(@"^Not checked \(no operator type, so no rule applies\): \d{4} camera\(s\): ([^,]+, ){5}… \(\d{4} more\)$", notChecked);
        Assert.True(notChecked.Length < 200, notChecked);
    }
}
