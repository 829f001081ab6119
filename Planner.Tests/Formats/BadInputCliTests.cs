using Planner.Tests.Support;

namespace Planner.Tests.Formats;

/// <summary>Through the command line: every corpus file that is bad input exits 2 with one line and writes nothing.</summary>
[Collection("console")]
public sealed class BadInputCliTests
{
    [Theory]
    [InlineData("truncated.geojson", "--cameras", "line 6, column 1")]
    [InlineData("zero-bytes.geojson", "--buildings", "the file is empty (0 bytes)")]
    [InlineData("wrong-type-heading.geojson", "--cameras", "feature 2 (id \"c2\"): heading_deg")]
    [InlineData("duplicate-ids.geojson", "--cameras", "feature 3 (id \"c1\"): id")]
    [InlineData("unknown-epsg.geojson", "--cameras", "crs: crs EPSG:9999 is not supported")]
    [InlineData("incidents-bad-date.csv", "--incidents", "line 3 (id \"i2\"): occurred_at")]
    [InlineData("zone-bad-kind.geojson", "--zones", "feature 2 (id \"z2\"): kind")]
    public void PlannerNew_BadInputFile_ExitsTwoWithOneLineAndNoPlanFile(string file, string option, string expected)
    {
        using var tmp = new TempFolder();
        var output = Path.Combine(tmp.Path, "plan.gpkg");
        var input = BadInputTests.Corpus(file);
        var (exit, _, stderr) = CliHarness.Run("new", "--out", output, option, input);
        Assert.Equal(2, exit);
        Assert.Equal($"planner new: {input}: ", stderr[..($"planner new: {input}: ".Length)]);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFiles(tmp.Path));
    }
}
