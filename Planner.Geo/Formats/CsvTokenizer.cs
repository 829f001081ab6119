using System.Text;

namespace Planner.Geo.Formats;

/// <summary>Where one CSV field lies in the UTF-8 bytes: the raw range (quotes and stray CRs included) and whether it needs unquoting.</summary>
/// <param name="Start">Byte offset of the field's first byte.</param>
/// <param name="End">Byte offset after the field's last byte (trailing CRs excluded for a simple field).</param>
/// <param name="Complex">True when the field was quoted or holds a CR before other text: its value needs <see cref="CsvTokenizer.Unquote"/>.</param>
internal readonly record struct CsvField(int Start, int End, bool Complex);

/// <summary>
/// Splits CSV held as UTF-8 bytes into records without building strings (RFC 4180: fields may be quoted with <c>"</c>,
/// <c>""</c> inside quotes is a quote, quoted fields may span lines). The rules are the incident reader's since issue 2,
/// byte for byte: a quote opens a quoted field only as the field's first character (a CR does not count); text after
/// the closing quote is kept; a CR outside quotes is dropped wherever it is; unquoted values are trimmed of white space
/// (<see cref="string.Trim()"/>), quoted ones are not; a line whose only field is empty is skipped. All of that is
/// decided on ASCII bytes, which never occur inside a multi-byte UTF-8 sequence, so bytes and characters agree.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>
    /// Reads the record starting at <paramref name="position"/> (a record start, outside quotes) of
    /// <paramref name="text"/>; the end of <paramref name="text"/> ends the last record as a line break would.
    /// <paramref name="line"/> is the 1-based line at <paramref name="position"/> and is advanced past every line break read.
    /// </summary>
    /// <returns>The position after the record's line break (<c>text.Length + 1</c> after the last record); -1 when the text
    /// ends inside a quoted field.</returns>
    public static int Next(ReadOnlySpan<byte> text, int position, byte separator, List<CsvField> fields, ref int line)
    {
        fields.Clear();
        var i = position;
        var start = i;
        var quoted = false;
        var wasQuoted = false;
        var empty = true;
        var complex = false;
        var pendingCr = 0;
        while (true)
        {
            if (i == text.Length)
            {
                if (quoted)
                {
                    return -1;
                }

                fields.Add(Finish(start, i, pendingCr, complex));
                line++;
                return i + 1;
            }

            var ch = text[i];
            if (quoted)
            {
                if (ch == (byte)'"')
                {
                    if (i + 1 < text.Length && text[i + 1] == (byte)'"')
                    {
                        i += 2;
                        continue;
                    }

                    quoted = false;
                }
                else if (ch == (byte)'\n')
                {
                    line++;
                }

                i++;
                continue;
            }

            if (ch == separator)
            {
                fields.Add(Finish(start, i, pendingCr, complex));
                start = i + 1;
                wasQuoted = complex = false;
                empty = true;
                pendingCr = 0;
            }
            else if (ch == (byte)'\n')
            {
                fields.Add(Finish(start, i, pendingCr, complex));
                line++;
                return i + 1;
            }
            else if (ch == (byte)'\r')
            {
                pendingCr++;
            }
            else if (ch == (byte)'"' && empty && !wasQuoted)
            {
                quoted = wasQuoted = complex = true;
            }
            else
            {
                // A CR followed by more text is dropped from the middle of the value: leave that to Unquote.
                complex |= pendingCr > 0;
                pendingCr = 0;
                empty = false;
            }

            i++;
        }
    }

    /// <summary>True for a record that is one empty field (a blank line), which the reader skips.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> text, List<CsvField> fields)
    {
        if (fields.Count != 1)
        {
            return false;
        }

        var f = fields[0];
        return TrySimple(text, f, out var t) ? t.IsEmpty : Value(text, f).Length == 0;
    }

    /// <summary>
    /// The trimmed bytes of a field whose bytes are its value (not <see cref="CsvField.Complex"/>, and <see cref="Trim"/>
    /// exact); false when only <see cref="Value"/> gives it. The readers' fast paths start here.
    /// </summary>
    public static bool TrySimple(ReadOnlySpan<byte> text, CsvField field, out ReadOnlySpan<byte> trimmed)
    {
        if (field.Complex)
        {
            trimmed = default;
            return false;
        }

        return Trim(text[field.Start..field.End], out trimmed);
    }

    /// <summary>The field's value as a string, exactly as the reference splitter gives it.</summary>
    public static string Value(ReadOnlySpan<byte> text, CsvField field)
    {
        if (field.Complex)
        {
            return Unquote(text, field);
        }

        var raw = text[field.Start..field.End];
        return Trim(raw, out var trimmed) ? Encoding.UTF8.GetString(trimmed) : Encoding.UTF8.GetString(raw).Trim();
    }

    /// <summary>
    /// Trims ASCII white space off <paramref name="raw"/>. False when the (trimmed) bytes begin or end with a non-ASCII
    /// character, which might be Unicode white space: then only the string path (<see cref="Value"/>) is exact.
    /// </summary>
    public static bool Trim(ReadOnlySpan<byte> raw, out ReadOnlySpan<byte> trimmed)
    {
        var s = 0;
        var e = raw.Length;
        while (s < e && IsAsciiWhite(raw[s]))
        {
            s++;
        }

        while (e > s && IsAsciiWhite(raw[e - 1]))
        {
            e--;
        }

        trimmed = raw[s..e];
        return trimmed.IsEmpty || (trimmed[0] < 0x80 && trimmed[^1] < 0x80);
    }

    /// <summary>The value of a quoted field or one with a stray CR, by the reference splitter's character rules.</summary>
    public static string Unquote(ReadOnlySpan<byte> text, CsvField field)
    {
        var raw = Encoding.UTF8.GetString(text[field.Start..field.End]);
        var sb = new StringBuilder(raw.Length);
        var quoted = false;
        var wasQuoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var ch = raw[i];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                        continue;
                    }

                    quoted = false;
                }
                else
                {
                    sb.Append(ch);
                }

                continue;
            }

            if (ch == '"' && sb.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (ch != '\r')
            {
                sb.Append(ch);
            }
        }

        return wasQuoted ? sb.ToString() : sb.ToString().Trim();
    }

    /// <summary>The separator: <c>;</c> or a tab when the first line has more of those (outside quotes) than commas, else <c>,</c>.</summary>
    public static byte DetectSeparator(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOf((byte)'\n');
        var header = end < 0 ? text : text[..end];
        int commas = 0, semis = 0, tabs = 0;
        var quoted = false;
        foreach (var ch in header)
        {
            switch (ch)
            {
                case (byte)'"':
                    quoted = !quoted;
                    break;
                case (byte)',' when !quoted:
                    commas++;
                    break;
                case (byte)';' when !quoted:
                    semis++;
                    break;
                case (byte)'\t' when !quoted:
                    tabs++;
                    break;
            }
        }

        return semis > commas && semis >= tabs ? (byte)';' : tabs > commas ? (byte)'\t' : (byte)',';
    }

    private static CsvField Finish(int start, int end, int pendingCr, bool complex) => new(start, complex ? end : end - pendingCr, complex);

    private static bool IsAsciiWhite(byte b) => b == (byte)' ' || (b >= 0x09 && b <= 0x0D);
}
