using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>
/// Issue 9 item 8: <c>--out</c> is one shared option group: a wrong extension gives the same one-line error (file,
/// option, the extensions the verb accepts), exit 2 and no file, in every verb that checks it.
/// </summary>
[Collection("console")]
public sealed class OutputOptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("planner-out-option-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("hotspots", "a file name ending in .csv or .geojson or .json", new[] { "hotspots", "--incidents", "I", "--cell", "25", "--bandwidth", "100" })]
    [InlineData("stats", "a file name ending in .json", new[] { "stats", "--cameras", "C", "--buildings", "B", "--incidents", "I" })]
    [InlineData("coverage", "a file name ending in .geojson or .json", new[] { "coverage", "--cameras", "C", "--buildings", "B" })]
    [InlineData("optimise", "a file name ending in .geojson or .json", new[] { "optimise", "--buildings", "B", "--incidents", "I", "--candidates", "C", "--k", "1" })]
    [InlineData("new", "a GeoPackage file name ending in .gpkg", new[] { "new", "--sample" })]
    [InlineData("pull", "a GeoPackage file name ending in .gpkg", new[] { "pull", "--db", "Host=127.0.0.1;Port=1;Database=none", "--name", "p" })]
    public void Verb_WrongOutExtension_SameErrorLine(string verb, string expected, string[] args)
    {
        var output = Path.Combine(_dir, "out.txt");

        var (code, stdout, stderr) = CliHarness.Run([.. args.Select(Resolve), "--out", output]);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"planner {verb}: {output}: --out: expected {expected}", stderr.Trim());
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Theory]
    [InlineData("new", new[] { "new", "--sample" })]
    [InlineData("pull", new[] { "pull", "--db", "Host=127.0.0.1;Port=1;Database=none", "--name", "p" })]
    public void Verb_ExistingPlanFileWithoutOverwrite_SameErrorLineAndFileKept(string verb, string[] args)
    {
        var output = Path.Combine(_dir, "plan.gpkg");
        File.WriteAllText(output, "work");

        var (code, _, stderr) = CliHarness.Run([.. args, "--out", output]);

        Assert.Equal(2, code);
        Assert.Equal($"planner {verb}: {output}: --out: the file exists; pass --overwrite to replace it", stderr.Trim());
        Assert.Equal("work", File.ReadAllText(output));
    }

    [Theory]
    [InlineData("hotspots", new[] { "hotspots", "--incidents", "I", "--cell", "25", "--bandwidth", "100" }, "OUT.GEOJSON")]
    [InlineData("stats", new[] { "stats", "--incidents", "I" }, "out.JSON")]
    [InlineData("coverage", new[] { "coverage", "--cameras", "C", "--buildings", "B" }, "out.Json")]
    public void Verb_AcceptedExtensionInAnyCase_Writes(string verb, string[] args, string name)
    {
        var output = Path.Combine(_dir, name);

        var (code, _, stderr) = CliHarness.Run([.. args.Select(Resolve), "--out", output]);

        Assert.True(code == 0, $"{verb}: {stderr}");
        Assert.True(File.Exists(output));
    }

    private static string Resolve(string arg) => arg switch
    {
        "B" => TestPaths.RepoFile("data/sample/buildings.geojson"),
        "C" => TestPaths.RepoFile("data/sample/cameras.geojson"),
        "I" => TestPaths.RepoFile("data/sample/incidents.csv"),
        _ => arg,
    };
}
