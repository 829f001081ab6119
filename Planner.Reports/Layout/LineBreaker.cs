using System.Text;

namespace Planner.Reports.Layout;

/// <summary>
/// Greedy line breaking on spaces (and explicit '\n'), with measured, shaped widths. A word wider than the line
/// (a hash, a long address) is broken between characters, so nothing ever runs past the margin.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<string> Wrap(FontSet fonts, string text, TextStyle style, float width)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        var space = fonts.Width(" ", style);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = new StringBuilder();
            float lineWidth = 0;
            foreach (var rawWord in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var word in SplitLong(fonts, rawWord, style, width))
                {
                    var w = fonts.Width(word, style);
                    if (line.Length > 0 && lineWidth + space + w > width)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                        lineWidth = 0;
                    }

                    if (line.Length > 0)
                    {
                        line.Append(' ');
                        lineWidth += space;
                    }

                    line.Append(word);
                    lineWidth += w;
                }
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static IEnumerable<string> SplitLong(FontSet fonts, string word, TextStyle style, float width)
    {
        if (fonts.Width(word, style) <= width)
        {
            yield return word;
            yield break;
        }

        var start = 0;
        for (var end = 1; end <= word.Length; end++)
        {
            if (end - start > 1 && fonts.Width(word[start..end], style) > width)
            {
                yield return word[start..(end - 1)];
                start = end - 1;
            }
        }

        yield return word[start..];
    }
}
