using System.Globalization;
using System.Text.Json;
using Planner.Tests.Support;

namespace Planner.Tests.Placement;

/// <summary>
/// <c>planner optimise</c> on loose files in EPSG:25832: one 10 m high building, three incidents in front of its
/// south face, two candidates on that face (one facing the incidents, one away) and one far off.
/// </summary>
[Collection("console")]
public sealed class OptimiseVerbTests : IDisposable
{
    private const double X0 = OptimiseScene.X0;
    private const double Y0 = OptimiseScene.Y0;
    private readonly string dir = Directory.CreateTempSubdirectory("planner-optimise-").FullName;

    public OptimiseVerbTests()
    {
        File.WriteAllText(Buildings, OptimiseScene.BuildingsGeoJson);
        File.WriteAllText(Incidents, OptimiseScene.IncidentsCsv);
        File.WriteAllText(Candidates, Collection(
            Camera("south-cam", X0 + 10, Y0 - 0.3, 180),
            Camera("east-cam", X0 + 10, Y0 - 0.3, 90),
            Camera("far-cam", X0 + 500, Y0 - 300, 0)));
    }

    private string Buildings => Path.Combine(dir, "buildings.geojson");

    private string Incidents => Path.Combine(dir, "incidents.csv");

    private string Candidates => Path.Combine(dir, "candidates.geojson");

    private string Out => Path.Combine(dir, "chosen.geojson");

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Optimise_LooseFiles_WritesChosenCandidateWithIdRankAndCertificate()
    {
        var (code, stdout, stderr) = CliHarness.Run("optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832",
            "--candidates", Candidates, "--k", "2", "--level", "detect", "--today", "2025-06-01", "--out", Out, "--out-crs", "EPSG:25832");

        Assert.True(code == 0, stderr + stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Out));
        var features = doc.RootElement.GetProperty("features").EnumerateArray().ToList();
        // Only the south-facing camera sees the incidents; the others add nothing and are not proposed.
        var only = Assert.Single(features).GetProperty("properties");
        Assert.Equal("south-cam", only.GetProperty("id").GetString());
        Assert.Equal(1, only.GetProperty("rank").GetInt32());
        Assert.Equal(3, only.GetProperty("marginal_gain").GetDouble());
        Assert.Equal(1, only.GetProperty("cumulative_share").GetDouble());
        Assert.Equal(100, only.GetProperty("certificate_pct").GetDouble());
        Assert.Equal("detect", only.GetProperty("level").GetString());
        Assert.Equal(180, only.GetProperty("heading_deg").GetDouble(), 9);
        var xy = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal((X0 + 10, Y0 - 0.3), (xy[0].GetDouble(), xy[1].GetDouble()));
        Assert.Contains("certificate: ≥ 100.0 % of optimal", stdout);
        Assert.Contains("rules not assessed", stdout); // no zones
    }

    [Fact]
    public void Optimise_SeverityWeights_WeighTheGain()
    {
        var (code, stdout, stderr) = CliHarness.Run("optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832",
            "--candidates", Candidates, "--k", "1", "--level", "detect", "--weights", "violence=3", "--out", Out);

        Assert.True(code == 0, stderr + stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Out));
        Assert.Equal(7, doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("marginal_gain").GetDouble());
    }

    [Theory]
    [InlineData("k zero", "--k", "0", "--k")]
    [InlineData("unknown level", "--level", "face", "--level")]
    [InlineData("bad weights", "--weights", "violence=heavy", "--weights")]
    [InlineData("bad demand", "--demand", "hotspots", "--demand")]
    [InlineData("unknown operator", "--operator", "mafia", "--operator")]
    public void Optimise_BadOption_ExitsTwoWithOneLineNamingIt(string name, string option, string value, string named)
    {
        _ = name;
        var args = new List<string> { "optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832", "--candidates", Candidates, "--out", Out };
        if (option != "--k")
        {
            args.AddRange(["--k", "2"]);
        }

        args.AddRange([option, value]);
        var (code, _, stderr) = CliHarness.Run([.. args]);

        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(named, stderr);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void Optimise_BothCandidatesAndGenerate_ExitsTwo()
    {
        var (code, _, stderr) = CliHarness.Run("optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832",
            "--candidates", Candidates, "--generate", "--k", "1", "--out", Out);

        Assert.Equal(2, code);
        Assert.Contains("exactly one of --candidates", stderr);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void Optimise_CandidateWithoutHeading_ExitsTwoNamingFeatureAndField()
    {
        File.WriteAllText(Candidates, Collection(Feature(Inv($"{{\"type\":\"Point\",\"coordinates\":[{X0 + 10},{Y0 - 0.3}]}}"), "\"id\":\"nohead\"")));

        var (code, _, stderr) = CliHarness.Run("optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832",
            "--candidates", Candidates, "--k", "1", "--out", Out);

        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'), l => !l.Contains("warning", StringComparison.Ordinal));
        Assert.Contains("nohead", stderr);
        Assert.Contains("heading_deg", stderr);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void Optimise_GenerateWithPoles_ProposesAGeneratedCandidateAndSaysFacadesWereNotJudged()
    {
        var poles = Path.Combine(dir, "poles.geojson");
        File.WriteAllText(poles, Collection(Feature(Inv($"{{\"type\":\"Point\",\"coordinates\":[{X0 + 10},{Y0 - 20}]}}"), "\"id\":\"lamp-1\"")));

        var (code, stdout, stderr) = CliHarness.Run("optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832",
            "--generate", "--poles", poles, "--k", "1", "--level", "detect", "--out", Out);

        Assert.True(code == 0, stderr + stdout);
        Assert.Contains("on every outer facade (no public_area zones", stdout);
        Assert.Contains("and on 1 pole(s)", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Out));
        var id = doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("id").GetString();
        Assert.Matches("^(f-b1-|p1-)", id);
        Assert.Equal(3, doc.RootElement.GetProperty("features")[0].GetProperty("properties").GetProperty("marginal_gain").GetDouble());
    }

    [Fact]
    public void Optimise_PoleNotAPoint_ExitsTwoNamingFileAndFeature()
    {
        var poles = Path.Combine(dir, "poles.geojson");
        File.WriteAllText(poles, Collection(Feature(Inv($"{{\"type\":\"LineString\",\"coordinates\":[[{X0},{Y0 - 20}],[{X0 + 5},{Y0 - 20}]]}}"), "\"id\":\"lamp-1\"")));

        var (code, _, stderr) = CliHarness.Run("optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832",
            "--generate", "--poles", poles, "--k", "1", "--out", Out);

        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("poles.geojson: feature 1", stderr);
        Assert.Contains("expected a Point", stderr);
        Assert.False(File.Exists(Out));
    }

    [Theory]
    [InlineData("no operator: not checked, chosen", null, 1)]
    [InlineData("judged as private: DK-01 drops it", "private", 0)]
    public void Optimise_FileCandidatesWithoutOperator_JudgedOnlyForTheGivenOperator(string name, string? op, int chosen)
    {
        _ = name;
        var zones = Path.Combine(dir, "zones.geojson");
        File.WriteAllText(zones, Collection(Feature(Inv($"{{\"type\":\"Polygon\",\"coordinates\":[[[{X0 - 50},{Y0 - 40}],[{X0 + 70},{Y0 - 40}],[{X0 + 70},{Y0 - 1}],[{X0 - 50},{Y0 - 1}],[{X0 - 50},{Y0 - 40}]]]}}"), "\"id\":\"street\",\"kind\":\"public_area\"")));
        File.WriteAllText(Candidates, Collection(Feature(Inv($"{{\"type\":\"Point\",\"coordinates\":[{X0 + 10},{Y0 - 0.3}]}}"),
            "\"id\":\"south-cam\",\"heading_deg\":180,\"hfov_deg\":90,\"range_m\":40,\"height_m\":5")));
        var args = new List<string> { "optimise", "--buildings", Buildings, "--incidents", Incidents, "--zones", zones, "--crs", "EPSG:25832",
            "--candidates", Candidates, "--k", "1", "--level", "detect", "--today", "2025-06-01", "--out", Out };
        if (op is not null)
        {
            args.AddRange(["--operator", op]);
        }

        var (code, stdout, stderr) = CliHarness.Run([.. args]);

        Assert.True(code == 0, stderr + stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Out));
        Assert.Equal(chosen, doc.RootElement.GetProperty("features").GetArrayLength());
        Assert.Contains(op is null ? "without operator: no rule applies" : "DK-01: 1", stdout);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Camera(string id, double x, double y, double heading) =>
        Feature(Inv($"{{\"type\":\"Point\",\"coordinates\":[{x},{y}]}}"),
            Inv($"\"id\":\"{id}\",\"heading_deg\":{heading},\"hfov_deg\":90,\"range_m\":40,\"height_m\":5,\"operator\":\"police\""));

    private static string Feature(string geometry, string properties) =>
        $"{{\"type\":\"Feature\",\"geometry\":{geometry},\"properties\":{{{properties}}}}}";

    private static string Collection(params string[] features) =>
        "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":[" + string.Join(",", features) + "]}";
}
