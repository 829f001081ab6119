using Planner.Geo.Model;
using Planner.Geo.OpenData;
using Planner.Geo.Stores;
using Planner.Tests.Support;

namespace Planner.Tests.OpenData;

/// <summary>Issue 14: OSM camera operators mapped to operator types by the bundled mapping file; indoor, webcam and fake cameras skipped with a count.</summary>
[Collection("console")]
public sealed class OsmOperatorMapTests : IDisposable
{
    private static readonly OsmOperatorMap Bundled = OsmOperatorMap.Load(TestPaths.RepoFile("data/operators/osm-operators.json"));
    private readonly string dir = Directory.CreateTempSubdirectory("operators-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Theory]
    [InlineData("danish_police", "Københavns Politi", "police")]
    [InlineData("swiss_city_police", "Stadtpolizei Zürich", "police")]
    [InlineData("danish_municipality", "Københavns Kommune", "municipality")]
    [InlineData("swiss_town", "Stadt Winterthur", "municipality")]
    [InlineData("federal_office", "MeteoSchweiz", "authority")]
    [InlineData("customs", "Zoll", "authority")]
    [InlineData("cantonal_bank_is_a_bank", "Thurgauer Kantonalbank", "business")]
    [InlineData("company_suffix", "OSSOBUKKO AG", "business")]
    [InlineData("danish_company", "Magasin A/S", "business")]
    [InlineData("housing", "KAB Boligselskab", "housing")]
    public void TypeOf_OperatorName_BundledRule(string name, string operatorTag, string expected)
    {
        _ = name;
        var result = Bundled.TypeOf(new Dictionary<string, object?> { ["operator"] = operatorTag });

        Assert.NotNull(result);
        Assert.Equal(expected, result.Value.Type.ToContractName());
    }

    [Theory]
    [InlineData("webcam_company", "Roundshot")]
    [InlineData("a_person", "Hans Muster")]
    public void TypeOf_UnknownName_NullNotGuessed(string name, string operatorTag)
    {
        _ = name;
        Assert.Null(Bundled.TypeOf(new Dictionary<string, object?> { ["operator"] = operatorTag }));
    }

    [Fact]
    public void TypeOf_OperatorTypeTag_DecidesBeforeTheName()
    {
        var result = Bundled.TypeOf(new Dictionary<string, object?> { ["operator"] = "Migros", ["operator:type"] = "government" });

        Assert.Equal((OperatorType.Authority, "operator:type=government"), result);
    }

    [Fact]
    public void Load_UnknownOperatorType_OneLineNamingRule()
    {
        var file = Path.Combine(dir, "map.json");
        File.WriteAllText(file, """{"rules":[{"match":"x","operator":"police"},{"match":"y","operator":"mafia"}]}""");

        var ex = Assert.Throws<Planner.Geo.InputException>(() => OsmOperatorMap.Load(file));

        Assert.Equal($"{file}: rule 2: operator: expected one of municipality, police, authority, business, housing, private, got \"mafia\"", ex.Message);
    }

    [SharedDataFact]
    public void New_SwissOsmCameras_SkipsIndoorWebcamFakeWithOneCountingLine_KeepAllKeepsThem()
    {
        var input = TestPaths.Shared("osm-surveillance-ch/sample_overpass_raw.json");
        var plan = Path.Combine(dir, "ch.gpkg");
        var all = Path.Combine(dir, "all.gpkg");

        var (exit, _, stderr) = CliHarness.Run("new", "--out", plan, "--cameras", input);
        var kept = CliHarness.Run("new", "--out", all, "--cameras", input, "--keep-all-osm-cameras");

        Assert.Equal(0, exit);
        Assert.Contains(
            $"planner new: warning: {input}: 199 OSM camera(s) skipped as filming no public space or not being cameras: 116 indoor, 80 webcam, 2 guard (not a camera), 1 fake",
            stderr, StringComparison.Ordinal);
        Assert.Equal(0, kept.ExitCode);
        Assert.DoesNotContain("skipped as filming", kept.Stderr, StringComparison.Ordinal);
        var cameras = GeoPackagePlanStore.Read(plan).Plan.Cameras;
        Assert.Equal(cameras.Count + 199, GeoPackagePlanStore.Read(all).Plan.Cameras.Count);
        Assert.Contains(cameras, c => c.OperatorId == "Stadt Winterthur" && c.Operator == OperatorType.Municipality);
        Assert.DoesNotContain(cameras, c => c.OperatorId == "Roundshot" && c.Operator is not null);
    }
}
