using Planner.Desktop.Cli;
using Planner.Tests.Support;

namespace Planner.Tests.Hardening;

/// <summary>The contract for bad input, asserted the same way for every corpus case.</summary>
internal static class BadInputAssert
{
    /// <summary>
    /// Runs <paramref name="args"/> and asserts: exit 2, nothing on standard output, exactly one line on standard error
    /// that starts with "planner VERB:", holds no control or bidi character, no .NET stack frame and at most
    /// <see cref="TerminalText.MaxLineLength"/> characters; and no file in <paramref name="folder"/> was added or changed
    /// (no output, no temporary file). Returns the line.
    /// </summary>
    public static string Refused(HardeningFolder folder, params string[] args)
    {
        var before = folder.Snapshot();
        var (exit, stdout, stderr) = CliHarness.Run(args);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = lines.Length > 0 ? lines[0] : "";
        Assert.True(exit == 2, $"exit {exit}; stderr: {stderr}");
        Assert.True(lines.Length == 1, $"expected one stderr line, got {lines.Length}: {stderr}");
        Assert.StartsWith($"planner {args[0]}: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, TerminalText.IsUnsafe);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        Assert.True(line.Length <= TerminalText.MaxLineLength, $"line of {line.Length} characters");
        Assert.Equal("", stdout);
        Assert.Equal(before, folder.Snapshot());
        return line;
    }
}
