using System.Text.Json;
using Planner.Tests.Support;

namespace Planner.Tests.Hotspots;

[Collection("console")]
public sealed class StatsSampleTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stats-sample-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Sample(string name) => TestPaths.RepoFile(Path.Combine("data", "sample", name));

    [Fact]
    public void Stats_BundledSample_CoverageIsConsistentAcrossLevelsAndCameras()
    {
        var output = Path.Combine(_dir, "stats.json");
        var (code, stdout, stderr) = CliHarness.Run("stats", "--cameras", Sample("cameras.geojson"), "--buildings", Sample("buildings.geojson"),
            "--zones", Sample("zones.geojson"), "--incidents", Sample("incidents.csv"), "--hours", "20-04", "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("hot cells", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(output));
        var root = doc.RootElement;
        var incidents = root.GetProperty("incidents").GetInt32();
        Assert.InRange(incidents, 1, 4649);
        var totals = root.GetProperty("levels").EnumerateArray().ToList();
        Assert.Equal(["visible", "detect", "observe", "recognise", "identify"], totals.Select(l => l.GetProperty("level").GetString()));
        // Levels nest, so the covered counts can only fall from visible to identify.
        for (var k = 1; k < totals.Count; k++)
        {
            Assert.True(totals[k].GetProperty("incidents").GetInt32() <= totals[k - 1].GetProperty("incidents").GetInt32());
            Assert.True(totals[k].GetProperty("hot_cells").GetInt32() <= totals[k - 1].GetProperty("hot_cells").GetInt32());
        }

        var cameras = root.GetProperty("cameras").EnumerateArray().ToList();
        Assert.Equal(25, cameras.Count);
        for (var k = 0; k < totals.Count; k++)
        {
            var perCamera = cameras.Select(c => c.GetProperty("levels")[k]).ToList();
            var union = totals[k].GetProperty("incidents").GetInt32();
            // The union is at most the sum and at least the largest single camera; marginal gains add up to the
            // incidents seen by exactly one camera.
            Assert.InRange(union, perCamera.Max(l => l.GetProperty("incidents").GetInt32()), perCamera.Sum(l => l.GetProperty("incidents").GetInt32()));
            Assert.Equal(totals[k].GetProperty("incidents_seen_by_one_camera").GetInt32(), perCamera.Sum(l => l.GetProperty("marginal_incidents").GetInt32()));
            Assert.All(perCamera, l => Assert.True(l.GetProperty("marginal_incidents").GetInt32() <= l.GetProperty("incidents").GetInt32()));
            Assert.Equal((double)union / incidents, totals[k].GetProperty("incident_share").GetDouble(), 12);
        }

        Assert.True(totals[0].GetProperty("incidents").GetInt32() > 0);
        // Hour-of-week: only hours 20–23 and 0–3 occur after the --hours 20-04 filter, and all incidents are counted.
        var matrix = root.GetProperty("hour_of_week").GetProperty("counts");
        var sum = 0;
        for (var d = 0; d < 7; d++)
        {
            for (var h = 0; h < 24; h++)
            {
                var n = matrix[d][h].GetInt32();
                sum += n;
                if (h is >= 4 and < 20)
                {
                    Assert.Equal(0, n);
                }
            }
        }

        Assert.Equal(incidents, sum);
        var zones = root.GetProperty("zones").EnumerateArray().ToList();
        Assert.Equal(351, zones.Count);
        Assert.Contains(zones, z => z.GetProperty("kind").GetString() == "nightlife_venue" && z.GetProperty("incidents").GetInt32() >= 0);
    }

    [Fact]
    public void Hotspots_BundledSample_NightlifeViolenceHasHotCells()
    {
        var output = Path.Combine(_dir, "h.csv");
        var (code, stdout, stderr) = CliHarness.Run("hotspots", "--incidents", Sample("incidents.csv"), "--cell", "25", "--bandwidth", "150",
            "--offence", "violence", "--hours", "20-04", "--weekdays", "fri,sat", "--out", output);
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(output);
        Assert.Contains(lines.Skip(1), l => l.EndsWith(",hot99", StringComparison.Ordinal));
        Assert.Contains("classes: hot99", stdout);
    }
}
