using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>
/// Review leftover of issue 9 item 5: the engine names a bad working CRS as the working CRS (no flag names inside the
/// engine); the command line phrases it as its own <c>--crs</c> option, with the same line as before.
/// </summary>
public sealed class CliCrsMessageTests
{
    private const string Expected = "--crs: crs: expected a projected working CRS in metres (e.g. EPSG:25832), got EPSG:4326 (degrees)";

    [Theory]
    [InlineData("coverage", new[] { "coverage", "--buildings", "B", "--cameras", "C", "--out", "O.geojson" })]
    [InlineData("new", new[] { "new", "--buildings", "B", "--cameras", "C", "--out", "O.gpkg" })]
    public void Verb_LonLatWorkingCrs_ExitsTwoNamingTheCrsOption(string name, string[] args)
    {
        var dir = Path.Combine(Path.GetTempPath(), "planner-crs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var resolved = args.Select(a => a switch
            {
                "B" => TestPaths.RepoFile("data/sample/buildings.geojson"),
                "C" => TestPaths.RepoFile("data/sample/cameras.geojson"),
                _ when a.StartsWith("O.", StringComparison.Ordinal) => Path.Combine(dir, a),
                _ => a,
            }).Concat(["--crs", "EPSG:4326"]).ToArray();
            var (code, _, stderr) = CliHarness.Run(resolved);
            Assert.Equal(2, code);
            Assert.True(stderr.Contains(Expected, StringComparison.Ordinal), $"{name}: {stderr}");
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
