using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Planner.Geo.Formats;
using Planner.Tests.Support;

namespace Planner.Tests.Placement;

/// <summary>
/// <c>planner optimise</c> with the issue-15 leftovers: <c>--budget-dkk</c> (prices from the catalogue's optional
/// <c>price_dkk</c>; the bundled catalogue has none and none is assumed), <c>--demand kde</c> and <c>--backup W</c>. One
/// 10 m building with three incidents south of it; generated candidates on its facades (no zones, so every facade).
/// </summary>
[Collection("console")]
public sealed class OptimiseVerbObjectiveTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("planner-optimise-obj-").FullName;

    public OptimiseVerbObjectiveTests()
    {
        File.WriteAllText(Buildings, OptimiseScene.BuildingsGeoJson);
        File.WriteAllText(Incidents, OptimiseScene.IncidentsCsv);
    }

    private string Buildings => Path.Combine(dir, "buildings.geojson");

    private string Incidents => Path.Combine(dir, "incidents.csv");

    private string Out => Path.Combine(dir, "chosen.geojson");

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private (int Code, string Stdout, string Stderr) Optimise(params string[] extra) =>
        CliHarness.Run([.. new[] { "optimise", "--buildings", Buildings, "--incidents", Incidents, "--crs", "EPSG:25832", "--generate", "--level", "detect", "--out", Out }, .. extra]);

    [Fact]
    public void Optimise_BudgetWithBundledCatalogue_ExitsTwoNamingTheUnpricedModels()
    {
        var (code, stdout, stderr) = Optimise("--budget-dkk", "50000");

        Assert.Equal(2, code);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.Matches(@"catalogue\.json: price_dkk: expected a price_dkk for every model the candidates use; without one: bullet-8mp-4mm, dome-4mp-6mm \(no price is assumed", line);
        Assert.Equal("", stdout);
        Assert.False(File.Exists(Out));
    }

    [Fact]
    public void Optimise_BudgetWithPricedCatalogue_StaysWithinBudget()
    {
        // Test prices in a copy of the catalogue (not real prices): the dome costs 4,000, the bullet 9,000.
        var catalogue = JsonNode.Parse(File.ReadAllText(CameraCatalogueLoader.FindBundled()!))!;
        foreach (var m in catalogue["models"]!.AsArray())
        {
            m!["price_dkk"] = (string)m["key"]! == "dome-4mp-6mm" ? 4000 : 9000;
        }

        var path = Path.Combine(dir, "catalogue.json");
        File.WriteAllText(path, catalogue.ToJsonString());

        var (code, stdout, stderr) = Optimise("--budget-dkk", "10000", "--catalogue", path);

        Assert.True(code == 0, stderr + stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Out));
        var models = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("model").GetString()).ToList();
        Assert.NotEmpty(models);
        var cost = models.Sum(m => m == "dome-4mp-6mm" ? 4000 : 9000);
        Assert.True(cost <= 10000, $"cost {cost} above the budget");
        Assert.Contains(Inv($"cost: {cost:#,0} DKK of the budget"), stdout);
    }

    [Fact]
    public void Optimise_KAndBudgetBoth_ExitsTwo()
    {
        var (code, _, stderr) = Optimise("--k", "1", "--budget-dkk", "10000");

        Assert.Equal(2, code);
        Assert.Contains("give exactly one budget", stderr);
    }

    [Fact]
    public void Optimise_KdeDemand_SeesTheKdeMassAroundTheIncidents()
    {
        var (code, stdout, stderr) = Optimise("--k", "1", "--demand", "kde", "--cell", "5", "--bandwidth", "20");

        Assert.True(code == 0, stderr + stdout);
        Assert.Contains("KDE cells (weight = KDE mass, expected incidents)", stdout);
        using var doc = JsonDocument.Parse(File.ReadAllText(Out));
        var p = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        // The grid spans only the incidents' 2 × 4 m box, so its KDE mass is well below the 3 incidents.
        Assert.InRange(p.GetProperty("demand_total").GetDouble(), 0.001, 3);
        Assert.True(p.GetProperty("marginal_gain").GetDouble() > 0);
    }

    [Theory]
    [InlineData("half", "0.5", 0)]
    [InlineData("above one", "2", 2)]
    public void Optimise_Backup_ObjectiveStatedOrRefused(string name, string w, int exit)
    {
        Assert.NotNull(name);
        var (code, stdout, stderr) = Optimise("--k", "2", "--backup", w);

        Assert.Equal(exit, code);
        if (exit == 0)
        {
            Assert.Contains("objective: coverage with backup weight 0.5", stdout);
            Assert.Matches(@"seen by ≥ 2 cameras [0-9.]+ %", stdout);
        }
        else
        {
            Assert.Contains("--backup", Assert.Single(stderr.Trim().Split('\n')));
        }
    }
}
