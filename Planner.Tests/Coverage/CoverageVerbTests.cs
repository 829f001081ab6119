using System.Text.Json;
using Planner.Tests.Support;

namespace Planner.Tests.Coverage;

[Collection("console")]
public sealed class CoverageVerbTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("planner-coverage-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Sample(string name) => TestPaths.RepoFile(Path.Combine("data", "sample", name));

    [Fact]
    public void Coverage_Sample_WritesFeaturePerCameraAndLevelAndSummary()
    {
        var outPath = Path.Combine(_dir, "cov.geojson");
        var (exit, stdout, stderr) = CliHarness.Run("coverage", "--cameras", Sample("cameras.geojson"), "--buildings", Sample("buildings.geojson"), "--zones", Sample("zones.geojson"), "--out", outPath);
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(outPath));
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        using var summary = JsonDocument.Parse(stdout);
        var cameras = summary.RootElement.GetProperty("cameras").GetInt32();
        Assert.True(cameras > 0);
        Assert.Equal(cameras * 5, features.Count);
        var levels = features.Take(5).Select(f => f.GetProperty("properties").GetProperty("level").GetString() ?? "").ToArray();
        Assert.Equal(new[] { "visible", "detect", "observe", "recognise", "identify" }, levels);
        // Per camera, area_m2 never grows from a level to the next (levels nest).
        foreach (var group in features.Chunk(5))
        {
            var areas = group.Select(f => f.GetProperty("properties").GetProperty("area_m2").GetDouble()).ToArray();
            Assert.True(areas.Zip(areas.Skip(1)).All(p => p.Second <= p.First + 1e-9));
            Assert.Single(group.Select(f => f.GetProperty("properties").GetProperty("camera_id").GetString()).Distinct());
        }

        var union = summary.RootElement.GetProperty("union_area_m2");
        Assert.True(union.GetProperty("visible").GetDouble() >= union.GetProperty("identify").GetDouble());
        Assert.True(summary.RootElement.GetProperty("zones").GetArrayLength() > 0);
        // RFC 7946: lon/lat around the sample municipality (Denmark).
        var first = features.First(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object);
        var lon = first.GetProperty("geometry").GetProperty("coordinates")[0][0][0].GetDouble();
        Assert.InRange(lon, 7, 16);
    }

    [Theory]
    [InlineData("heading 360", "\"heading_deg\":360", "heading_deg")]
    [InlineData("hfov 0", "\"hfov_deg\":0", "hfov_deg")]
    [InlineData("hfov 360 non-PTZ", "\"hfov_deg\":360", "hfov_deg")]
    [InlineData("negative height", "\"height_m\":-1", "height_m")]
    [InlineData("tilt 95", "\"tilt_deg\":95", "tilt_deg")]
    [InlineData("zero resolution", "\"resolution_px\":0", "resolution_px")]
    public void Coverage_BadOptics_Exit2NamingCamera(string name, string property, string field)
    {
        _ = name;
        var cameras = Path.Combine(_dir, "cams.geojson");
        File.WriteAllText(cameras, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"cam-bad-7\"," + property + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[12.57,55.68]}}]}");
        var outPath = Path.Combine(_dir, "out.geojson");
        var (exit, _, stderr) = CliHarness.Run("coverage", "--cameras", cameras, "--out", outPath);
        Assert.Equal(2, exit);
        Assert.Contains("cam-bad-7", stderr, StringComparison.Ordinal);
        Assert.Contains(field, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.False(File.Exists(outPath));
    }

    [SharedDataFact]
    public void Coverage_CopenhagenBuildings_ViewsAreOccluded()
    {
        // Three PTZ cameras (80 m) in Copenhagen's inner city, lon/lat in; worked in EPSG:25832 (the UTM zone of the data).
        var cameras = Path.Combine(_dir, "cph-cameras.geojson");
        var points = new[] { (12.5745, 55.6795), (12.5700, 55.6800), (12.5770, 55.6820) };
        var features = points.Select((p, i) => "{\"type\":\"Feature\",\"properties\":{\"id\":\"cph" + i + "\",\"heading_deg\":0,\"ptz\":true,\"range_m\":80,\"height_m\":5},\"geometry\":{\"type\":\"Point\",\"coordinates\":["
            + p.Item1.ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + p.Item2.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]}}");
        File.WriteAllText(cameras, "{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", features) + "]}");
        var outPath = Path.Combine(_dir, "cph.geojson");
        var (exit, stdout, stderr) = CliHarness.Run("coverage", "--cameras", cameras, "--buildings", TestPaths.Shared("copenhagen-indre-by/buildings.geojson"), "--out", outPath);
        Assert.True(exit == 0, stderr);
        using var summary = JsonDocument.Parse(stdout);
        Assert.Equal("EPSG:25832", summary.RootElement.GetProperty("crs").GetString());
        Assert.Equal(1255, summary.RootElement.GetProperty("buildings").GetInt32());
        using var doc = JsonDocument.Parse(File.ReadAllText(outPath));
        var visible = doc.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("level").GetString() == "visible")
            .Select(f => f.GetProperty("properties").GetProperty("area_m2").GetDouble()).ToList();
        Assert.Equal(3, visible.Count);
        Assert.All(visible, a => Assert.InRange(a, 1, 0.95 * Math.PI * 80 * 80));
    }

    [Fact]
    public void Coverage_NegativeTargetHeight_Exit2()
    {
        var (exit, _, stderr) = CliHarness.Run("coverage", "--cameras", Sample("cameras.geojson"), "--target-height", "-1", "--out", Path.Combine(_dir, "o.geojson"));
        Assert.Equal(2, exit);
        Assert.Contains("--target-height", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_OutCrs_WritesProjectedAreasUnchanged()
    {
        var outPath = Path.Combine(_dir, "utm.geojson");
        var (exit, _, stderr) = CliHarness.Run("coverage", "--cameras", Sample("cameras.geojson"), "--buildings", Sample("buildings.geojson"), "--out", outPath, "--out-crs", "EPSG:25832");
        Assert.True(exit == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllText(outPath));
        var feature = doc.RootElement.GetProperty("features").EnumerateArray().First(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object && f.GetProperty("geometry").GetProperty("type").GetString() == "Polygon");
        var ring = feature.GetProperty("geometry").GetProperty("coordinates")[0].EnumerateArray().Select(p => (X: p[0].GetDouble(), Y: p[1].GetDouble())).ToArray();
        var area = 0.0;
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            area += (ring[i].X * ring[i + 1].Y) - (ring[i + 1].X * ring[i].Y);
        }

        // Area of the written shell (no holes in this check when the polygon has one ring) matches area_m2.
        if (feature.GetProperty("geometry").GetProperty("coordinates").GetArrayLength() == 1)
        {
            Assert.Equal(feature.GetProperty("properties").GetProperty("area_m2").GetDouble(), Math.Abs(area) / 2, 0.05);
        }
    }
}
