using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Stores;
using Planner.Tests.Support;

namespace Planner.Tests.Cli;

[Collection("console")]
public sealed class NewVerbTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("planner-new-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string PathOf(string name) => Path.Combine(dir, name);

    private static string Sample(string name) => TestPaths.RepoFile(Path.Combine("data", "sample", name));

    [Fact]
    public void New_Sample_WritesTheGeneratedPlanAndOneLineSummary()
    {
        var file = PathOf("lindsted.gpkg");
        var (code, stdout, stderr) = CliHarness.Run("new", "--sample", "--out", file);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Single(stdout.Trim().Split('\n'));
        Assert.Contains("25 cameras", stdout, StringComparison.Ordinal);
        Assert.Contains("(synthetic data)", stdout, StringComparison.Ordinal);
        var back = GeoPackagePlanStore.Read(file);
        Assert.Empty(back.Warnings);
        GeoPackagePlanStoreTests.AssertPlansEqual(SampleMunicipality.Build(), back.Plan);
    }

    [Fact]
    public void New_ExistingFile_ExitsTwoAndLeavesItUntouched()
    {
        var file = PathOf("plan.gpkg");
        File.WriteAllText(file, "someone's work");

        var (code, _, stderr) = CliHarness.Run("new", "--sample", "--out", file);

        Assert.Equal(2, code);
        Assert.Equal($"planner new: {file}: --out: the file exists; pass --overwrite to replace it", stderr.Trim());
        Assert.Equal("someone's work", File.ReadAllText(file));
    }

    [Fact]
    public void New_ExistingFileWithOverwrite_ReplacedNoTempLeft()
    {
        var file = PathOf("plan.gpkg");
        File.WriteAllText(file, "old");

        var (code, _, _) = CliHarness.Run("new", "--sample", "--out", file, "--overwrite", "--name", "Lindsted 2026");

        Assert.Equal(0, code);
        Assert.Equal("Lindsted 2026", GeoPackagePlanStore.Read(file).Plan.Metadata.Name);
        Assert.Equal(["plan.gpkg"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void New_FromLayerFiles_PlanHasTheFilesLayers()
    {
        var file = PathOf("from-files.gpkg");
        var (code, stdout, stderr) = CliHarness.Run("new", "--out", file, "--crs", "EPSG:25832",
            "--cameras", Sample("cameras.geojson"), "--buildings", Sample("buildings.geojson"),
            "--zones", Sample("zones.geojson"), "--incidents", Sample("incidents.csv"));

        Assert.True(code == 0, stderr);
        Assert.Contains("from-files.gpkg", stdout, StringComparison.Ordinal);
        var plan = GeoPackagePlanStore.Read(file).Plan;
        var sample = SampleMunicipality.Build();
        Assert.Equal(25832, plan.Epsg);
        Assert.Equal(sample.Cameras.Select(c => c.Id), plan.Cameras.Select(c => c.Id));
        Assert.Equal(sample.Buildings.Count, plan.Buildings.Count);
        Assert.Equal(sample.Zones.Count, plan.Zones.Count);
        Assert.Equal(sample.Incidents.Select(i => i.OccurredAt), plan.Incidents.Select(i => i.OccurredAt));
    }

    [Fact]
    public void New_BadLayerFile_ExitsTwoOneLineNoFileWritten()
    {
        var bad = PathOf("cameras.geojson");
        File.WriteAllText(bad, """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c1","heading_deg":400},"geometry":{"type":"Point","coordinates":[9.57,56.23]}}]}""");
        var file = PathOf("plan.gpkg");

        var (code, stdout, stderr) = CliHarness.Run("new", "--out", file, "--cameras", bad);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("heading_deg", stderr, StringComparison.Ordinal);
        Assert.Equal(["cameras.geojson"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void New_NoInputs_EmptyPlanInGivenCrs()
    {
        var file = PathOf("empty.gpkg");
        var (code, stdout, _) = CliHarness.Run("new", "--out", file, "--crs", "EPSG:25833");

        Assert.Equal(0, code);
        Assert.Contains("0 cameras", stdout, StringComparison.Ordinal);
        var plan = GeoPackagePlanStore.Read(file).Plan;
        Assert.Equal(25833, plan.Epsg);
        Assert.Equal("empty", plan.Metadata.Name);
        Assert.False(plan.Metadata.Synthetic);
    }

    [Theory]
    [InlineData("sample in another CRS", new[] { "--sample", "--crs", "EPSG:25833" }, "--crs: the sample is in EPSG:25832")]
    [InlineData("sample plus files", new[] { "--sample", "--cameras", "x.geojson" }, "--sample: the sample cannot be combined")]
    [InlineData("lon/lat working CRS", new[] { "--crs", "EPSG:4326" }, "expected a projected working CRS")]
    [InlineData("unknown CRS", new[] { "--crs", "EPSG:9999" }, "--crs: crs EPSG:9999 is not supported")]
    public void New_BadOptions_ExitsTwoNamingTheOption(string name, string[] args, string expected)
    {
        _ = name;
        var (code, _, stderr) = CliHarness.Run(["new", "--out", PathOf("p.gpkg"), .. args]);
        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void New_OutNotGpkg_ExitsTwo()
    {
        var (code, _, stderr) = CliHarness.Run("new", "--sample", "--out", PathOf("plan.geojson"));
        Assert.Equal(2, code);
        Assert.Contains("expected a GeoPackage file name ending in .gpkg", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void New_MissingOut_ExitsTwo()
    {
        var (code, _, stderr) = CliHarness.Run("new", "--sample");
        Assert.Equal(2, code);
        Assert.Contains("--out", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void New_Help_ListsOptions()
    {
        var (code, stdout, _) = CliHarness.Run("new", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--out", "--sample", "--crs", "--buildings", "--cameras", "--zones", "--incidents", "--overwrite" })
        {
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        }
    }
}
