using System.Text;
using System.Text.Json;
using Planner.Tests.Support;

namespace Planner.Tests.Rules;

/// <summary>The rule verbs on the command line: share-check end to end, and clear exit-2 errors for bad packs and options.</summary>
[Collection("console")]
public sealed class RuleCliTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("rules-cli-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private const string Request = """
        {"offence": "theft", "property_crime": true, "amount_dkk": 1800, "occurred_at": "2025-01-31T14:05:00",
         "reported_at": "2025-01-31T20:00:00", "repeat_offending_expected": true, "repeat_reasons": "seen in three shops",
         "closed_system": true, "datatilsynet_permission": false}
        """;

    [Fact]
    public void ShareCheck_PermissionMissing_ExitZeroRefusedWithDanishConditions()
    {
        var request = Write("request.json", Request);
        var outPath = Path.Combine(dir, "decision.json");
        var (code, stdout, stderr) = CliHarness.Run("share-check", "--request", request, "--lang", "da", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Contains("NOT met  permission", stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(outPath));
        var root = doc.RootElement;
        Assert.False(root.GetProperty("allowed").GetBoolean());
        Assert.Equal("DK-16", root.GetProperty("rule_id").GetString());
        Assert.Equal(64, root.GetProperty("pack").GetProperty("sha256").GetString()!.Length);
        var conditions = root.GetProperty("conditions").EnumerateArray().ToDictionary(c => c.GetProperty("condition").GetString()!, c => c.GetProperty("met").GetBoolean());
        Assert.Equal(new Dictionary<string, bool> { ["property_crime"] = true, ["reported"] = true, ["repeat"] = true, ["closed_system"] = true, ["permission"] = false }, conditions);
        Assert.Contains("Formueforbrydelse", File.ReadAllText(outPath), StringComparison.Ordinal);
    }

    [Fact]
    public void ShareCheck_MissingField_ExitTwoNamingFileAndField()
    {
        var request = Write("bad.json", """{"offence": "theft"}""");
        var (code, _, stderr) = CliHarness.Run("share-check", "--request", request, "--out", Path.Combine(dir, "d.json"));
        Assert.Equal(2, code);
        Assert.Contains("bad.json: property_crime: expected true or false", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "d.json")));
    }

    [Fact]
    public void Check_BrokenRulePack_ExitTwoWithRuleAndPath()
    {
        var pack = Write("pack.json", File.ReadAllText(TestPaths.RepoFile("data/rules/dk.json")).Replace("\"version\": \"1.0.0\"", "\"version\": \"one\"", StringComparison.Ordinal));
        var (code, _, stderr) = CliHarness.Run("check", "--cameras", "x.geojson", "--zones", "z.geojson", "--rules", pack, "--out", Path.Combine(dir, "f.json"));
        Assert.Equal(2, code);
        Assert.Contains("pack.json: version: expected a semantic version", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Check_LanguageNotInPack_ExitTwo()
    {
        var (code, _, stderr) = CliHarness.Run("check", "--cameras", "x.geojson", "--rules", TestPaths.RepoFile("data/rules/uk.json"), "--lang", "da", "--out", Path.Combine(dir, "f.json"));
        Assert.Equal(2, code);
        Assert.Contains("--lang: expected one of the pack's languages: en", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Canvass_NeitherPointNorIncidents_ExitTwo()
    {
        var (code, _, stderr) = CliHarness.Run("canvass", "--cameras", "x.geojson", "--out", Path.Combine(dir, "c.json"));
        Assert.Equal(2, code);
        Assert.Contains("give either --at LON,LAT with --time, or --incidents F.csv", stderr, StringComparison.Ordinal);
    }

    private static string Sample(string name) => TestPaths.RepoFile("data/sample/" + name);

    [Fact]
    public void Check_Sample_ExitZeroWithFailsAndReadableSummary()
    {
        var outPath = Path.Combine(dir, "findings.json");
        var (code, stdout, stderr) = CliHarness.Run(
            "check", "--cameras", Sample("cameras.geojson"), "--zones", Sample("zones.geojson"), "--buildings", Sample("buildings.geojson"),
            "--today", "2025-09-01", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.StartsWith("Rule pack dk 1.0.0 (sha256 ", stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ fail, \d+ warn, \d+ info \(\d+ rest on assumptions\)", stdout);
        var text = File.ReadAllText(outPath);
        Assert.Contains("tv-overvågningsloven § 1, stk. 1", text, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(text);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal("da", doc.RootElement.GetProperty("language").GetString());
        Assert.Contains(findings, f => f.GetProperty("rule_id").GetString() == "DK-01" && f.GetProperty("severity").GetString() == "fail");
        Assert.True(doc.RootElement.GetProperty("summary").GetProperty("fail").GetInt32() > 0);
        var keys = findings.Select(f => (f.GetProperty("camera_id").GetString() ?? "\uffff", f.GetProperty("rule_id").GetString()!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Check_SampleWithUkPack_EnglishUkFindings()
    {
        var outPath = Path.Combine(dir, "uk.json");
        var (code, _, stderr) = CliHarness.Run(
            "check", "--cameras", Sample("cameras.geojson"), "--zones", Sample("zones.geojson"), "--buildings", Sample("buildings.geojson"),
            "--rules", TestPaths.RepoFile("data/rules/uk.json"), "--today", "2025-09-01", "--out", outPath);
        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(outPath));
        Assert.Equal("uk-sccop", doc.RootElement.GetProperty("pack").GetProperty("id").GetString());
        Assert.All(doc.RootElement.GetProperty("findings").EnumerateArray(), f => Assert.StartsWith("UK-", f.GetProperty("rule_id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Canvass_PointNextToTorvetDome_FoundWithDeadline()
    {
        // 10 m north of the municipal PTZ dome cam-m01 at (535725, 6231875), EPSG:25832.
        var lonLat = Planner.Geo.Crs.CrsRegistry.Transform(new NetTopologySuite.Geometries.Point(535725, 6231885), 25832, 4326).Coordinate;
        var at = FormattableString.Invariant($"{lonLat.X:F7},{lonLat.Y:F7}");
        var outPath = Path.Combine(dir, "canvass.json");
        var (code, stdout, stderr) = CliHarness.Run(
            "canvass", "--cameras", Sample("cameras.geojson"), "--buildings", Sample("buildings.geojson"),
            "--at", at, "--time", "2025-01-31T23:30:00", "--today", "2025-03-02", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Contains("cam-m01", stdout, StringComparison.Ordinal);
        Assert.Contains("exists (kept until 2025-03-02)", stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(outPath));
        var incident = Assert.Single(doc.RootElement.GetProperty("incidents").EnumerateArray().ToList());
        Assert.Equal("2025-01-31T23:30:00+01:00", incident.GetProperty("occurred_at").GetString());
        var m01 = incident.GetProperty("cameras").EnumerateArray().Single(c => c.GetProperty("camera_id").GetString() == "cam-m01");
        Assert.Equal("2025-03-02", m01.GetProperty("deletion_deadline").GetString());
        Assert.Equal("exists", m01.GetProperty("footage").GetString());
        Assert.Equal(10, m01.GetProperty("distance_m").GetDouble(), 1);
    }

    [Fact]
    public void Canvass_IncidentBatch_LeapDayDeadlineAndUnseenIncident()
    {
        var near = Planner.Geo.Crs.CrsRegistry.Transform(new NetTopologySuite.Geometries.Point(535725, 6231885), 25832, 4326).Coordinate;
        var csv = Write("incidents.csv", FormattableString.Invariant($"""
            id,lon,lat,occurred_at,offence
            i1,{near.X:F7},{near.Y:F7},2024-02-29T12:00:00+01:00,theft
            i2,9.0,56.0,2024-02-29T12:00:00+01:00,theft
            """));
        var outPath = Path.Combine(dir, "batch.json");
        var (code, stdout, stderr) = CliHarness.Run(
            "canvass", "--cameras", Sample("cameras.geojson"), "--buildings", Sample("buildings.geojson"),
            "--incidents", csv, "--today", "2024-03-31", "--out", outPath);
        Assert.True(code == 0, stderr);
        Assert.Contains("1 of 2 incident(s) seen by a camera", stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(outPath));
        var incidents = doc.RootElement.GetProperty("incidents").EnumerateArray().ToList();
        var m01 = incidents[0].GetProperty("cameras").EnumerateArray().Single(c => c.GetProperty("camera_id").GetString() == "cam-m01");
        Assert.Equal("2024-03-30", m01.GetProperty("deletion_deadline").GetString());
        Assert.Equal("deleted", m01.GetProperty("footage").GetString());
        Assert.Empty(incidents[1].GetProperty("cameras").EnumerateArray());
    }
}
