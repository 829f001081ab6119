using CsCheck;
using Planner.Desktop.Cli;

namespace Planner.Tests.Hardening;

/// <summary>The one escaping and capping path for messages (issue 17 class 4).</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("esc", "a\u001b[2Jb", "a\\e[2Jb")]
    [InlineData("nul", "a\u0000b", "a\\u0000b")]
    [InlineData("newline and cr", "a\nb\rc", "a\\nb\\rc")]
    [InlineData("bell and tab", "a\u0007\tb", "a\\u0007\\tb")]
    [InlineData("c1 csi", "a\u009bb", "a\\u009bb")]
    [InlineData("bidi override", "a\u202eb", "a\\u202eb")]
    [InlineData("line separator", "a\u2028b", "a\\u2028b")]
    [InlineData("plain danish", "Vestergade ø æ å", "Vestergade ø æ å")]
    public void Line_ControlCharacters_AreShownEscaped(string name, string input, string expected)
    {
        _ = name;
        Assert.Equal(expected, TerminalText.Line(input));
    }

    [Fact]
    public void Line_FiveMegabytes_IsCutToTheCapWithTheCountLeftOut()
    {
        var line = TerminalText.Line(new string('a', 5_000_000));
        Assert.InRange(line.Length, TerminalText.MaxLineLength - 50, TerminalText.MaxLineLength);
        Assert.StartsWith(new string('a', 960), line, StringComparison.Ordinal);
        Assert.EndsWith("… (4999040 more characters)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Block_KeepsLineBreaksButEscapesEsc()
    {
        Assert.Equal("{\n\t\"a\": \"\\e[2J\"\n}", TerminalText.Block("{\n\t\"a\": \"\u001b[2J\"\n}"));
    }

    [Fact]
    public void Line_AnyText_IsOneSafeLineWithinTheCapThatKeepsEverySafeCharacterInOrder()
    {
        // Any UTF-16 text: all of the C0/C1 controls, bidi and separators, surrogates and plain letters.
        Gen.String[Gen.Char, 0, 3000].Sample(text =>
        {
            var line = TerminalText.Line(text);
            Assert.DoesNotContain(line, TerminalText.IsUnsafe);
            Assert.True(line.Length <= TerminalText.MaxLineLength);
            var safe = new string([.. text.Where(c => !TerminalText.IsUnsafe(c))]);
            if (line.Length < TerminalText.MaxLineLength - 50)
            {
                // Uncut: the safe characters all survive, in order (escapes only add text around them).
                var i = 0;
                foreach (var c in line)
                {
                    if (i < safe.Length && c == safe[i])
                    {
                        i++;
                    }
                }

                Assert.Equal(safe.Length, i);
            }
        });
    }
}
