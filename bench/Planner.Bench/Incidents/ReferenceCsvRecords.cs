using System.Text;

using Planner.Geo.Formats;

namespace Planner.Bench.Incidents;

/// <summary>One CSV record and the 1-based line it starts on.</summary>
internal readonly record struct ReferenceCsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// The incident reader's CSV splitter before issue 9 item 9 (kept unchanged as the reference of the span reader).
/// Splits CSV text (RFC 4180: fields may be quoted with <c>"</c>, <c>""</c> inside quotes is a quote, quoted fields may
/// span lines). The separator is detected from the header line: <c>;</c> or a tab when the header has more of those
/// than commas, else <c>,</c>. Blank lines are skipped.
/// </summary>
internal static class ReferenceCsvRecords
{
    public static char DetectSeparator(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var header = end < 0 ? text : text[..end];
        int commas = 0, semis = 0, tabs = 0;
        var quoted = false;
        foreach (var ch in header)
        {
            switch (ch)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
                case ';' when !quoted:
                    semis++;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        return semis > commas && semis >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    public static IEnumerable<ReferenceCsvRecord> Read(string text, char separator, string file)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var startLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var i = 0;
        while (i <= text.Length)
        {
            var end = i == text.Length;
            var ch = end ? '\n' : text[i];
            if (quoted && !end)
            {
                if (ch == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                i++;
                continue;
            }

            if (quoted && end)
            {
                throw Fail.Input(file, $"line {startLine}", null, "expected a closing quote \" before the end of the file");
            }

            if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == separator)
            {
                fields.Add(wasQuoted ? field.ToString() : field.ToString().Trim());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\n')
            {
                fields.Add(wasQuoted ? field.ToString() : field.ToString().Trim());
                field.Clear();
                wasQuoted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    yield return new ReferenceCsvRecord(startLine, fields.ToArray());
                }

                fields.Clear();
                line++;
                startLine = line;
            }
            else if (ch != '\r')
            {
                field.Append(ch);
            }

            i++;
        }
    }
}
