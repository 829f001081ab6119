using System.Text.Json;
using Planner.Tests.Cli;
using Planner.Tests.Support;

namespace Planner.Tests.OpenData;

/// <summary>Issue 14: 'planner zones' on the bundled Copenhagen extract and buildings, and what 'check' then finds.</summary>
[Collection("console")]
public sealed class ZonesVerbTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("zones-verb-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Osm => TestPaths.Shared("osm-copenhagen/indre-by-southeast-2017.osm");

    /// <summary>A private, recording camera 0.25 m in front of the facade of building 133104590 on Amagertorv's north side, looking south over the square.</summary>
    private string NewPlanWithAmagertorvCamera()
    {
        var cameras = Path.Combine(dir, "cameras.geojson");
        File.WriteAllText(cameras, """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25832"}},"features":[
            {"type":"Feature","properties":{"id":"amagertorv-facade","heading_deg":185,"hfov_deg":90,"range_m":30,"height_m":4,"tilt_deg":15,
             "operator":"private","recording":true,"retention_days":30,"purpose":"burglary"},"geometry":{"type":"Point","coordinates":[725001.8,6176150.0]}}]}
            """);
        var plan = Path.Combine(dir, "plan.gpkg");
        var (exit, _, err) = CliHarness.Run("new", "--out", plan, "--buildings", TestPaths.Shared("copenhagen-indre-by/buildings.geojson"), "--cameras", cameras);
        Assert.True(exit == 0, err);
        return plan;
    }

    private static List<string> FailRules(string findingsFile)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(findingsFile));
        return [.. doc.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == "fail")
            .Select(f => f.GetProperty("rule_id").GetString()!)];
    }

    [SharedDataFact]
    public void Issue14_PrivateFacadeCameraOnAmagertorv_CheckFailsDk01OnlyAfterZones()
    {
        var plan = NewPlanWithAmagertorvCamera();
        var before = Path.Combine(dir, "before.json");
        Assert.Equal(0, CliHarness.Run("check", "--plan", plan, "--lang", "en", "--out", before).ExitCode);

        var (exit, stdout, stderr) = CliHarness.Run("zones", "--plan", plan, "--osm", Osm);
        var after = Path.Combine(dir, "after.json");
        Assert.Equal(0, CliHarness.Run("check", "--plan", plan, "--lang", "en", "--out", after).ExitCode);

        Assert.True(exit == 0, stderr);
        Assert.Contains("planner zones: derived per kind (union area): public_area ", stdout, StringComparison.Ordinal);
        Assert.Contains("are tagged only building=yes", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("DK-01", FailRules(before));
        Assert.Contains("DK-01", FailRules(after));
    }

    [SharedDataFact]
    public void Zones_SecondRunWithoutReplace_Exit2NamingTheClash_WithReplaceExit0()
    {
        var plan = NewPlanWithAmagertorvCamera();
        Assert.Equal(0, CliHarness.Run("zones", "--plan", plan, "--osm", Osm).ExitCode);
        var before = File.ReadAllBytes(plan);

        var (exit, stdout, stderr) = CliHarness.Run("zones", "--plan", plan, "--osm", Osm);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => !l.Contains("warning:", StringComparison.Ordinal));
        Assert.Matches(@"^planner zones: .*plan\.gpkg: layer zones: id: the plan already has a zone ""osm-[a-z]+-\d+"" \(derived earlier\?\); pass --replace to replace the plan's zones and streets$", line);
        Assert.Equal(before, File.ReadAllBytes(plan));
        var replaced = CliHarness.Run("zones", "--plan", plan, "--osm", Osm, "--replace");
        Assert.Equal(0, replaced.ExitCode);
        Assert.Contains("replaced the plan's zones and streets", replaced.Stdout, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Zones_MissingOsmFile_Exit2OneLine()
    {
        var plan = NewPlanWithAmagertorvCamera();

        var (exit, _, stderr) = CliHarness.Run("zones", "--plan", plan, "--osm", Path.Combine(dir, "nope.osm"));

        Assert.Equal(2, exit);
        Assert.Equal($"planner zones: {Path.Combine(dir, "nope.osm")}: the file does not exist", stderr.Trim());
    }
}
