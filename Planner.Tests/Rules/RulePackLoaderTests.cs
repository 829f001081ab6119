using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Planner.Geo;
using Planner.Geo.Rules;
using Planner.Tests.Support;

namespace Planner.Tests.Rules;

/// <summary>Loading the bundled packs, the content hash, and clear errors for broken packs.</summary>
public sealed class RulePackLoaderTests
{
    private static readonly string DkPath = TestPaths.RepoFile("data/rules/dk.json");

    [Fact]
    public void Load_DanishPack_HasEveryReferenceRuleId()
    {
        var pack = RuleKit.Dk;
        var expected = Enumerable.Range(1, 18).Select(i => $"DK-{i:00}").Concat(["DK-13b", "DK-14b", "G-01", "G-02", "G-03", "G-04"])
            // Issue 12: the tool's assessment-basis rule, § 4 d disclosure, sign content and image-quality recommendations.
            .Concat(["PLAN-01", "DK-15b", "G-03b", "IQ-03a", "IQ-03b"]);
        Assert.Equal(expected.Order(StringComparer.Ordinal), pack.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["da", "en"], pack.Languages);
        Assert.Matches(@"^\d+\.\d+\.\d+$", pack.Version);
    }

    [Fact]
    public void Load_DanishPack_AssumptionsAreTheReferencesSAndBValues()
    {
        var assumed = RuleKit.Dk.Rules.SelectMany(r => r.Parameters).Where(p => p.IsAssumption).Select(p => $"{p.RuleId}.{p.Name}={p.Value}").ToHashSet();
        Assert.Contains("DK-04.buffer_m=30", assumed);
        Assert.Contains("DK-08.buffer_m=500", assumed);
        Assert.Contains("DK-16.property_threshold_dkk=1000", assumed);
        Assert.Contains("G-02.max_cameras=10", assumed);
        var fixedByLaw = RuleKit.Dk.Rules.SelectMany(r => r.Parameters).Where(p => p.Basis == ParameterBasis.FixedByLaw).Select(p => $"{p.RuleId}.{p.Name}={p.Value}").ToHashSet();
        Assert.Contains("DK-14.max_days=30", fixedByLaw);
        Assert.Contains("DK-14b.max_days=30", fixedByLaw);
        Assert.Contains("DK-06.max_permit_years=5", fixedByLaw);
        Assert.Equal(SourceStatus.B, RuleKit.Dk.Find("DK-13b")!.Status);
    }

    [Fact]
    public void ContentHash_IsSha256OfTheLfBytes_AndIgnoresCrlfAndBom()
    {
        var bytes = File.ReadAllBytes(DkPath);
        var lf = Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lf)));
        Assert.Equal(expected, RuleKit.Dk.Sha256);
        var crlfWithBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        Assert.Equal(expected, RulePackLoader.Parse(crlfWithBom, "crlf.json").Sha256);
        Assert.NotEqual(expected, RulePackLoader.Parse(Encoding.UTF8.GetBytes(lf.Replace("\"1.0.0\"", "\"1.0.1\"", StringComparison.Ordinal)), "v.json").Sha256);
    }

    [Fact]
    public void Load_UkPack_LoadsWithTwelvePrinciples()
    {
        Assert.Equal(12, RuleKit.Uk.Rules.Count(r => r.Id.StartsWith("UK-", StringComparison.Ordinal) && r.Source.Section.StartsWith("principle", StringComparison.Ordinal)));
    }

    public static TheoryData<string, Action<JsonObject>, string[]> Broken => new()
    {
        { "missing version", p => p.Remove("version"), ["broken.json", "version", "expected a value (the field is required)"] },
        { "bad semver", p => p["version"] = "1.0", ["version", "semantic version"] },
        { "rule param not a number", p => Rule(p, "DK-04")["parameters"]![0]!["value"] = "thirty", ["rule DK-04", "rules[3].parameters[0].value", "expected a number"] },
        { "unknown check", p => Rule(p, "DK-01")["check"] = "magic", ["rule DK-01", "rules[0].check", "one of the engine's checks"] },
        { "missing outcome", p => Rule(p, "DK-18")["outcomes"]!.AsObject().Remove("mask_required"), ["rule DK-18", "outcomes", "an outcome named mask_required"] },
        { "unknown placeholder", p => Rule(p, "DK-18")["outcomes"]!["mask_required"]!["en"] = "Mask {camra}", ["rule DK-18", "outcomes.mask_required.en", "found {camra}"] },
        { "missing language", p => Rule(p, "DK-18")["outcomes"]!["mask_required"]!.AsObject().Remove("da"), ["rule DK-18", "outcomes.mask_required.da", "required"] },
        { "S value fixed by law", p => Rule(p, "DK-08")["parameters"]![0]!["basis"] = "fixed_by_law", ["rule DK-08", "parameters[0].basis", "not fixed by law"] },
        { "missing required parameter", p => Rule(p, "DK-14")["parameters"] = new JsonArray(), ["rule DK-14", "parameters", "max_days"] },
        { "duplicate id", p => Rule(p, "DK-02")["id"] = "DK-01", ["rule DK-01", "id", "unique"] },
        { "bad operator", p => Rule(p, "DK-01")["applies_to"] = new JsonArray("citizen"), ["rule DK-01", "applies_to[0]", "operator type"] },
        { "exception to missing rule", p => Rule(p, "DK-01")["exceptions"] = new JsonArray("DK-99"), ["rule DK-01", "exceptions", "DK-99 is not one"] },
        { "exception without envelope", p => Rule(p, "DK-01")["exceptions"] = new JsonArray("DK-14"), ["rule DK-01", "exceptions", "envelope"] },
        { "typo field", p => Rule(p, "DK-01")["severty"] = "fail", ["rule DK-01", "severty", "no such field"] },
        { "status B without note", p => Rule(p, "DK-13b").Remove("status_note"), ["rule DK-13b", "status_note"] },
        { "http url", p => Rule(p, "DK-01")["source"]!["url"] = "http://example.org", ["rule DK-01", "source.url", "https://"] },
        { "bad severity", p => Rule(p, "DK-01")["severity"] = "error", ["rule DK-01", "severity", "fail, warn or info"] },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Parse_BrokenPack_ThrowsInputExceptionNamingRulePathAndExpectation(string name, Action<JsonObject> breakIt, string[] expectedParts)
    {
        _ = name;
        var pack = JsonNode.Parse(File.ReadAllText(DkPath))!.AsObject();
        breakIt(pack);
        var ex = Assert.Throws<InputException>(() => RulePackLoader.Parse(Encoding.UTF8.GetBytes(pack.ToJsonString()), "broken.json"));
        Assert.StartsWith("broken.json: ", ex.Message, StringComparison.Ordinal);
        foreach (var part in expectedParts)
        {
            Assert.Contains(part, ex.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Parse_InvalidJson_NamesLine()
    {
        var ex = Assert.Throws<InputException>(() => RulePackLoader.Parse(Encoding.UTF8.GetBytes("{\n  \"pack_id\": \"x\",\n  oops\n}"), "bad.json"));
        Assert.Contains("bad.json: line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_InputException()
    {
        var ex = Assert.Throws<InputException>(() => RulePackLoader.Load("/no/such/pack.json"));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    private static JsonObject Rule(JsonObject pack, string id) =>
        pack["rules"]!.AsArray().Select(r => r!.AsObject()).Single(r => (string?)r["id"] == id);
}
