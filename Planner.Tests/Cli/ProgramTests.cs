using Planner.Tests.Support;

namespace Planner.Tests.Cli;

[Collection("console")]
public sealed class ProgramTests
{
    [Fact]
    public void Run_UnknownOption_ExitsTwoWithOneLine()
    {
        var (code, _, err) = CliHarness.Run("--no-such-option");
        Assert.Equal(2, code);
        Assert.Single(err.Trim().Split('\n'));
    }

    [Fact]
    public void Run_Help_ExitsZero()
    {
        var (code, stdout, _) = CliHarness.Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("CctvPlanner", stdout);
    }
}
