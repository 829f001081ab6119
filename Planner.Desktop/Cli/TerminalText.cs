using System.Globalization;
using System.Text;

namespace Planner.Desktop.Cli;

/// <summary>
/// The one path by which text reaches the terminal. Input files can hold anything, and error messages echo ids, values
/// and header names from them: control characters (ESC sequences that clear or retitle the terminal, NUL, bell,
/// carriage return, C1 controls), Unicode line/paragraph separators and bidirectional overrides are shown escaped
/// (<c>\e</c>, <c>\u0000</c>, …), and a message line is capped at <see cref="MaxLineLength"/> characters.
/// </summary>
internal static class TerminalText
{
    /// <summary>Longest message line printed; the rest is cut with a note of how much was left out.</summary>
    public const int MaxLineLength = 1000;

    /// <summary>One line: every control character escaped, newlines included; capped at <see cref="MaxLineLength"/>.</summary>
    public static string Line(string? text) => Cap(Escape(text ?? "", keepNewlines: false));

    /// <summary>Escapes what a terminal would interpret but keeps line breaks and tabs (multi-line summaries on standard output).</summary>
    public static string Block(string? text) => Escape(text ?? "", keepNewlines: true);

    /// <summary>True when <paramref name="ch"/> would be interpreted by a terminal rather than shown.</summary>
    public static bool IsUnsafe(char ch) =>
        char.IsControl(ch)
        || ch is '\u2028' or '\u2029' or '\u061C' or '\u200E' or '\u200F'
        || ch is >= '\u202A' and <= '\u202E'
        || ch is >= '\u2066' and <= '\u2069';

    private static string Escape(string text, bool keepNewlines)
    {
        var needs = false;
        foreach (var ch in text)
        {
            if (IsUnsafe(ch) && !(keepNewlines && ch is '\n' or '\t'))
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (keepNewlines && ch is '\n' or '\t')
            {
                sb.Append(ch);
                continue;
            }

            sb.Append(ch switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u001b' => "\\e",
                _ when IsUnsafe(ch) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)ch:x4}"),
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string Cap(string text)
    {
        if (text.Length <= MaxLineLength)
        {
            return text;
        }

        var keep = MaxLineLength - 40;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), string.Create(CultureInfo.InvariantCulture, $"… ({text.Length - keep} more characters)"));
    }
}
