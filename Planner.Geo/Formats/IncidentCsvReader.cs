using System.Globalization;
using System.Text.Unicode;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Reads incident CSV (UTF-8, header row): <c>id</c>, <c>lon</c>,<c>lat</c> (EPSG:4326) or <c>x</c>,<c>y</c> (in the CRS
/// given with --crs), <c>occurred_at</c> (ISO 8601; without an offset it is Europe/Copenhagen local time, see
/// <see cref="CopenhagenTime"/>), <c>offence</c>; optional <c>amount_dkk</c>, <c>reported</c>. Header names are matched
/// case-insensitively; <see cref="PlanLoadOptions.IncidentColumns"/> maps contract names to other column names.
/// Separator: <c>,</c>, or <c>;</c> / tab when the header uses those (the Danish spreadsheet export); with <c>;</c> or
/// tab numbers may use a decimal comma (<c>55,6761</c>). Lines are counted from 1 (the header).
/// <para>Issue 9 item 9: the bytes are parsed as spans (<see cref="CsvTokenizer"/>), only the contract's columns become
/// values, and a large file is read in parallel chunks split at line breaks. A chunk that ends inside a quoted field (a
/// line break inside quotes at the split) makes the whole body be read again in one pass, so chunking never changes a
/// result. The first problem by line number is reported, with the same line as the one-pass reader before it
/// (<c>bench/Planner.Bench/Incidents/ReferenceIncidentCsvReader.cs</c>, checked by a differential property test).</para>
/// </summary>
internal static class IncidentCsvReader
{
    /// <summary>Bodies smaller than this are read in one pass (splitting would cost more than it saves).</summary>
    internal const int ChunkBytes = 1 << 20;

    public static ReadLayer<Incident> Read(string path, int? xyEpsg, IReadOnlyDictionary<string, string>? mapping, ICollection<string> warnings) =>
        Read(path, xyEpsg, mapping, warnings, ChunkBytes);

    /// <summary>As above with chunks of about <paramref name="chunkBytes"/> bytes (tests split small files this way).</summary>
    internal static ReadLayer<Incident> Read(string path, int? xyEpsg, IReadOnlyDictionary<string, string>? mapping, ICollection<string> warnings, int chunkBytes)
    {
        var bytes = InputFile.ReadAllBytes(path, "incident CSV with a header row");
        if (!Utf8.IsValid(bytes))
        {
            throw Fail.Input(path, null, null, "expected UTF-8 text (save the CSV as UTF-8)");
        }

        // Further byte-order marks after the one InputFile removed are dropped too (a twice-saved file).
        var skip = 0;
        while (bytes.AsSpan(skip).StartsWith("\uFEFF"u8))
        {
            skip += 3;
        }

        var text = bytes.AsMemory(skip);
        var separator = CsvTokenizer.DetectSeparator(text.Span);
        var fields = new List<CsvField>();
        var line = 1;
        var position = 0;
        int headerLine;
        do
        {
            if (position > text.Length)
            {
                throw Fail.Input(path, null, null, "expected a header row");
            }

            headerLine = line;
            position = CsvTokenizer.Next(text.Span, position, separator, fields, ref line);
            if (position < 0)
            {
                throw Fail.Input(path, $"line {headerLine}", null, "expected a closing quote \" before the end of the file");
            }
        }
        while (CsvTokenizer.IsBlank(text.Span, fields));

        var header = fields.Select(f => CsvTokenizer.Value(text.Span, f)).ToList();
        var columns = IncidentColumns.Resolve(path, header, mapping, xyEpsg);
        var rows = new IncidentRowParser(path, columns, separator, header.Count);
        var chunks = ReadBody(text, position, line, rows, chunkBytes);

        var result = new List<Located<Incident>>(chunks.Sum(c => c.Items.Count));
        var adjusted = 0;
        var firstAdjusted = 0;
        foreach (var chunk in chunks)
        {
            result.AddRange(chunk.Items);
            if (chunk.Adjusted > 0 && adjusted == 0)
            {
                firstAdjusted = chunk.FirstAdjustedLine;
            }

            adjusted += chunk.Adjusted;
        }

        if (result.Count == 0)
        {
            // Said here, before any layer-wide step (e.g. choosing a working CRS) could warn about the missing rows.
            throw Fail.Input(path, null, null, "expected at least one incident row after the header; the file has only the header");
        }

        if (adjusted > 0)
        {
            warnings.Add($"{path}: {adjusted} local time(s) fell in a daylight-saving change (first on line {firstAdjusted}): a time in the spring gap was read as +01:00, one in the autumn overlap as its first occurrence (+02:00)");
        }

        return new ReadLayer<Incident>(path, columns.Epsg, result);
    }

    /// <summary>The rows after the header, in parallel chunks when the body is large; throws the first problem by line.</summary>
    private static IncidentChunk[] ReadBody(ReadOnlyMemory<byte> text, int start, int startLine, IncidentRowParser rows, int chunkBytes)
    {
        var bounds = new List<(int Start, int Line)> { (start, startLine) };
        var span = text.Span;
        for (var next = start + chunkBytes; next < text.Length;)
        {
            var nl = span[next..].IndexOf((byte)'\n');
            if (nl < 0 || next + nl + 1 >= text.Length)
            {
                break;
            }

            var at = next + nl + 1;
            var (previous, previousLine) = bounds[^1];
            bounds.Add((at, previousLine + span[previous..at].Count((byte)'\n')));
            next = at + chunkBytes;
        }

        var chunks = new IncidentChunk[bounds.Count];
        if (bounds.Count == 1)
        {
            chunks[0] = rows.Parse(text.Span, start, startLine, last: true);
        }
        else
        {
            Parallel.For(0, bounds.Count, k =>
            {
                var end = k + 1 < bounds.Count ? bounds[k + 1].Start : text.Length;
                chunks[k] = rows.Parse(text.Span[..end], bounds[k].Start, bounds[k].Line, last: k + 1 == bounds.Count);
            });
        }

        foreach (var chunk in chunks)
        {
            if (chunk.Error is { } error)
            {
                throw error;
            }

            if (chunk.EndedInQuotes)
            {
                // A quoted field spans this split: the later chunks started inside it. Read the body in one pass.
                var whole = rows.Parse(text.Span, start, startLine, last: true);
                return whole.Error is { } e ? throw e : [whole];
            }
        }

        return chunks;
    }
}

/// <summary>The rows of one chunk in file order, or the chunk's first problem.</summary>
internal sealed class IncidentChunk
{
    public List<Located<Incident>> Items { get; } = [];

    /// <summary>The first bad row's message (the chunk stopped there).</summary>
    public InputException? Error { get; set; }

    /// <summary>True when a chunk that is not the last ended inside a quoted field.</summary>
    public bool EndedInQuotes { get; set; }

    /// <summary>How many local times fell in a daylight-saving change, and the first one's line.</summary>
    public int Adjusted { get; set; }

    public int FirstAdjustedLine { get; set; }
}

/// <summary>Where the contract's columns are in the header and the CRS of the coordinates.</summary>
internal sealed record IncidentColumns(IReadOnlyDictionary<string, int> Index, IReadOnlyDictionary<string, string> Names, bool Geographic, int Epsg)
{
    private static IReadOnlyList<string> ContractColumns => PlanLoadOptions.IncidentColumnNames;

    /// <summary>The column of <paramref name="contract"/>, or -1 when the header has none.</summary>
    public int Of(string contract) => Index.TryGetValue(contract, out var i) ? i : -1;

    /// <summary>Checks the header against the contract (and the mapping); the first problem is bad input on line 1.</summary>
    public static IncidentColumns Resolve(string path, IReadOnlyList<string> header, IReadOnlyDictionary<string, string>? mapping, int? xyEpsg)
    {
        var names = ContractColumns.ToDictionary(c => c, c => Name(c, mapping), StringComparer.OrdinalIgnoreCase);
        var columns = Columns(path, header, mapping);
        var geographic = columns.ContainsKey("lon") && columns.ContainsKey("lat");
        if (!geographic && !(columns.ContainsKey("x") && columns.ContainsKey("y")))
        {
            throw Fail.Input(path, "line 1", names["lon"] + ", " + names["lat"],
                $"expected columns lon and lat (or x and y with --crs); the header has {string.Join(", ", header)}");
        }

        foreach (var required in new[] { "id", "occurred_at", "offence" })
        {
            if (!columns.ContainsKey(required))
            {
                throw Fail.Input(path, "line 1", names[required], $"expected a column \"{names[required]}\"; the header has {string.Join(", ", header)}");
            }
        }

        var epsg = geographic
            ? CrsRegistry.Wgs84
            : xyEpsg ?? throw Fail.Input(path, "line 1", "x, y", "expected --crs EPSG:n naming the CRS of the x, y columns (or columns lon, lat)");
        return new IncidentColumns(columns, names, geographic, epsg);
    }

    private static Dictionary<string, int> Columns(string path, IReadOnlyList<string> header, IReadOnlyDictionary<string, string>? mapping)
    {
        if (mapping is not null)
        {
            foreach (var key in mapping.Keys)
            {
                if (!ContractColumns.Contains(key, StringComparer.OrdinalIgnoreCase))
                {
                    throw Fail.Input(path, null, key, $"expected a column mapping for one of {string.Join(", ", ContractColumns)}");
                }
            }
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in ContractColumns)
        {
            var wanted = Name(name, mapping);
            var index = -1;
            for (var i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), wanted, StringComparison.OrdinalIgnoreCase))
                {
                    index = i;
                    break;
                }
            }

            if (index >= 0)
            {
                columns[name] = index;
            }
            else if (mapping is not null && mapping.ContainsKey(name))
            {
                throw Fail.Input(path, "line 1", wanted, $"expected the mapped column \"{wanted}\" (for {name}); the header has {string.Join(", ", header)}");
            }
        }

        return columns;
    }

    private static string Name(string contract, IReadOnlyDictionary<string, string>? mapping)
    {
        if (mapping is not null)
        {
            foreach (var (k, v) in mapping)
            {
                if (string.Equals(k, contract, StringComparison.OrdinalIgnoreCase))
                {
                    return v;
                }
            }
        }

        return contract;
    }
}
