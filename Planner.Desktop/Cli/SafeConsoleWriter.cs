using System.Text;

namespace Planner.Desktop.Cli;

/// <summary>
/// Wraps a console writer so that nothing an input file holds can drive the terminal: on standard error every
/// <c>WriteLine</c> is one message line (<see cref="TerminalText.Line"/>: escaped and capped); on standard output line
/// breaks are kept (multi-line summaries) and everything else a terminal interprets is escaped.
/// </summary>
internal sealed class SafeConsoleWriter(TextWriter inner, bool oneLinePerMessage) : TextWriter
{
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(char value) => Inner.Write(TerminalText.Block(value.ToString()));

    public override void Write(string? value) => Inner.Write(oneLinePerMessage ? TerminalText.Line(value) : TerminalText.Block(value));

    public override void WriteLine(string? value)
    {
        Inner.Write(oneLinePerMessage ? TerminalText.Line(value) : TerminalText.Block(value));
        Inner.WriteLine();
    }

    public override void WriteLine() => Inner.WriteLine();

    public override void Flush() => Inner.Flush();
}
