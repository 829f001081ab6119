using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>
/// Issue 9 item 8: <c>--target-height</c> is one shared option: the same help text and the same error line in every
/// verb that computes views (the report keeps its 10 m limit, every other verb the plausible range of 100 m).
/// </summary>
public sealed class SharedOptionTests
{
    private const string Help = "Height above ground in metres of the target the views and DORI levels are computed for";

    [Theory]
    [InlineData("coverage")]
    [InlineData("stats")]
    [InlineData("optimise")]
    [InlineData("report")]
    public void Help_TargetHeight_SameTextInEveryVerb(string verb)
    {
        var (code, stdout, _) = CliHarness.Run(verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains(Help, string.Join(' ', stdout.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coverage", "100", new[] { "coverage", "--cameras", "C", "--out", "O.geojson" })]
    [InlineData("stats", "100", new[] { "stats", "--cameras", "C", "--buildings", "B", "--incidents", "I", "--out", "O.json" })]
    [InlineData("optimise", "100", new[] { "optimise", "--buildings", "B", "--incidents", "I", "--candidates", "C", "--k", "1", "--out", "O.geojson" })]
    [InlineData("report", "10", new[] { "report", "--plan", "P", "--out", "O.pdf" })]
    public void Verb_NegativeTargetHeight_SameErrorLine(string verb, string max, string[] args)
    {
        var dir = Directory.CreateTempSubdirectory("planner-target-height-");
        try
        {
            var resolved = args.Select(a => a switch
            {
                "B" => TestPaths.RepoFile("data/sample/buildings.geojson"),
                "C" => TestPaths.RepoFile("data/sample/cameras.geojson"),
                "I" => TestPaths.RepoFile("data/sample/incidents.csv"),
                "P" => TestPaths.RepoFile("data/sample/cameras.geojson"),
                _ when a.StartsWith("O.", StringComparison.Ordinal) => Path.Combine(dir.FullName, a),
                _ => a,
            }).Concat(["--target-height", "-1"]).ToArray();
            var (code, _, stderr) = CliHarness.Run(resolved);
            Assert.Equal(2, code);
            Assert.Equal($"planner {verb}: command line: --target-height: expected a height in [0, {max}] metres, got -1", stderr.Trim());
            Assert.Empty(dir.GetFiles());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
