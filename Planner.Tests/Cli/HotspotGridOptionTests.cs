using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>
/// Issue 9 item 8: <c>--cell</c>, <c>--bandwidth</c>, <c>--band</c> and <c>--kernel</c> are one shared option group: the
/// same error line in every verb that offers them (hotspots, stats, report, optimise's hot-cell and KDE demand), the
/// same help text (with each verb's own default), and the defaults the verbs document.
/// </summary>
[Collection("console")]
public sealed class HotspotGridOptionTests : IDisposable
{
    private readonly VerbArgs _args = new("planner-grid-option-");

    public void Dispose() => _args.Dispose();

    public static TheoryData<string, string[]> Verbs => new()
    {
        { "hotspots", ["hotspots", "--incidents", "I", "--out", "O.csv"] },
        { "stats", ["stats", "--incidents", "I", "--out", "O.json"] },
        { "report", ["report", "--plan", "P", "--out", "O.pdf"] },
        { "optimise", ["optimise", "--buildings", "B", "--incidents", "I", "--candidates", "C", "--k", "1", "--demand", "hotcells", "--out", "O.geojson"] },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Verb_NegativeCell_SameErrorLine(string verb, string[] args) =>
        AssertError(verb, args, ["--cell", "-5", "--bandwidth", "100"], "command line: --cell: cell must be > 0");

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Verb_ZeroBandwidth_SameErrorLine(string verb, string[] args) =>
        AssertError(verb, args, ["--cell", "25", "--bandwidth", "0"], "command line: --bandwidth: bandwidth must be > 0");

    [Theory]
    [InlineData("hotspots", new[] { "hotspots", "--incidents", "I", "--cell", "25", "--bandwidth", "100", "--out", "O.csv" })]
    [InlineData("stats", new[] { "stats", "--incidents", "I", "--out", "O.json" })]
    public void Verb_NegativeBand_SameErrorLine(string verb, string[] args) =>
        AssertError(verb, args, ["--band", "-3"], "command line: --band: band must be > 0");

    [Theory]
    [InlineData("report", new[] { "report", "--plan", "P", "--out", "O.pdf" })]
    [InlineData("optimise", new[] { "optimise", "--buildings", "B", "--incidents", "I", "--candidates", "C", "--k", "1", "--out", "O.geojson" })]
    public void Verb_WithoutBandOption_RefusesBand(string verb, string[] args)
    {
        var (code, _, stderr) = CliHarness.Run([.. _args.Resolve(args), "--band", "50"]);

        Assert.Equal(2, code);
        Assert.StartsWith($"planner {verb}: Unrecognized command or argument '--band'", stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hotspots_UnknownKernel_ErrorLineNamesBothKernels() =>
        AssertError("hotspots", ["hotspots", "--incidents", "I", "--cell", "25", "--bandwidth", "100", "--out", "O.csv"], ["--kernel", "box"],
            "command line: --kernel: expected quartic or gaussian, got \"box\"");

    [Theory]
    [InlineData("hotspots", "Cell size in metres (cells aligned to multiples of it).", "Kernel radius r in metres (σ for --kernel gaussian).")]
    [InlineData("stats", "Hotspot grid: cell size in metres (cells aligned to multiples of it; default 50).", "Hotspot grid: kernel radius r in metres (default 200).")]
    [InlineData("report", "Hotspot grid: cell size in metres (cells aligned to multiples of it; default 25).", "Hotspot grid: kernel radius r in metres, also the Gi* band (default 100).")]
    [InlineData("optimise", "Hot cells and KDE: cell size in metres (cells aligned to multiples of it; default 25).", "Hot cells and KDE: kernel radius r in metres, also the Gi* band (default 100).")]
    public void Help_GridOptions_OneTextWithTheVerbsDefault(string verb, string cell, string bandwidth)
    {
        var (code, stdout, _) = CliHarness.Run(verb, "--help");

        Assert.Equal(0, code);
        var help = string.Join(' ', stdout.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(cell, help, StringComparison.Ordinal);
        Assert.Contains(bandwidth, help, StringComparison.Ordinal);
    }

    private void AssertError(string verb, string[] args, string[] extra, string expected) =>
        _args.AssertError(verb, [.. args, .. extra], expected);
}
