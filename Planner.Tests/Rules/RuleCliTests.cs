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
}
