using System.Text;
using CsCheck;
using Planner.Bench.Incidents;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Tests.Formats;

/// <summary>
/// Issue 9 item 9: the span reader (parallel chunks) against the one-pass string reader it replaced
/// (<c>bench/Planner.Bench/Incidents/ReferenceIncidentCsvReader.cs</c>, compiled into this project): on random CSV text —
/// quotes (escaped, spanning lines, text after the closing quote), BOMs, CRLF and stray CRs, blank lines, the three
/// separators and decimal commas, missing optional columns, mapped names, x/y with a working CRS, local times in the
/// daylight-saving hours, offsets, and bad values of every field — both give the same incidents with the same
/// locations and warnings, or the same first error line. Chunks are made tiny so every split case is hit.
/// </summary>
public sealed class IncidentCsvDifferentialTests
{
    // Each field: values the contract accepts, then values it refuses (drawn one time in eight).
    private static readonly (string[] Good, string[] Bad) Lons = (["12.5683", "12.568337", " 12.57 ", "1.2568e1", "+12.5", "\"12.5\""], ["abc", "", "200", "12,57", "NaN", "1e400", "12.5\u00a0", "-0"]);
    private static readonly (string[] Good, string[] Bad) Lats = (["55.6761", "55.675676", "55.6e0", " 55.7", "+55.7"], ["x", "", "91", "55,68"]);
    private static readonly (string[] Good, string[] Bad) Xs = (["724356.68", "720000", "724356,68"], ["-1", "9e9", "q", ""]);
    private static readonly (string[] Good, string[] Bad) Ys = (["6175756.99", "6170000", "6175756,99"], ["", "1e99"]);

    private static readonly (string[] Good, string[] Bad) Times =
    (
        [
            "2024-02-01T10:00:00", "2024-07-15 21:30", "2024-03-31T02:30:00", "2024-03-31T02:59:59.9999999", "2024-03-31T03:00:00",
            "2024-10-27T02:30:00", "2024-10-27T01:59:59", "2024-10-27T03:00:00.5", "2024-06-01T23:30:00+02:00", "2024-06-02T08:15:00Z",
            "2024-06-02T08:15Z", "2024-06-02T08:15:00.123-01:30", "2024-06-02T08:15:00+0200", "2024-06-02T08:15:00+14:00",
            " 2024-02-01T10:00:00 ", "1900-01-01T00:30:00+01:00", "2024-02-01t10:00:00", "1900-01-01T00:30:00",
        ],
        [
            "2024-06-02T08:15:00+15:00", "2024-02-30T10:00:00", "2024-02-01T24:00:00", "2024-02-01", "01-02-2024 10:00",
            "1899-12-31T23:00:00", "2200-01-01T00:00:00", "0000-01-01T00:00:00", "2024-02-01T10:00:00.12345678",
            "2024-02-01T10:00:00.", "2024-02-01T10:00:60", "", "\u0662024-02-01T10:00:00",
        ]);

    private static readonly (string[] Good, string[] Bad) Ids = (["i1", "i2", "a b", "ø-7", "x,y", "q\"uote", "line\nbreak", " pad "], [""]);
    private static readonly (string[] Good, string[] Bad) Offences = (["theft", "violence", "Theft", "æøå", " vold ", "burglary\u001f", "\u2003space"], ["", "\u00a0"]);
    private static readonly (string[] Good, string[] Bad) Amounts = (["", "100", "4999.95", "0", "100,5"], ["-1", "1e12", "abc"]);
    private static readonly (string[] Good, string[] Bad) Reported = (["", "true", "no", "Ja", "NEJ", "1", " yes "], ["maybe"]);
    private static readonly (string[] Good, string[] Bad) ExtraValues = (["n", "\"multi\nline\"", ""], []);
    private static readonly string[] Extras = ["note", "x", ""];

    // Mostly plain (quoted where the value needs it); now and then a quoting oddity the reader must treat exactly alike.
    private static readonly Gen<string> GenQuoting = Gen.Int[0, 80].Select(i => i switch
    {
        0 => "space-quoted",
        1 => "after-quote",
        2 => "cr",
        3 or 4 => "nbsp",
        < 10 => "quoted",
        _ => "plain",
    });

    [Fact]
    public void Read_RandomCsv_SameIncidentsAndErrorsAsTheReferenceReader()
    {
        using var tmp = new TempFolder();
        var read = 0;
        Gen.Select(GenFile(), Gen.Int[1, 200]).Sample((file, chunk) =>
        {
            // CsCheck samples on several threads: one file each.
            var path = System.IO.Path.Combine(tmp.Path, Guid.NewGuid().ToString("N") + ".csv");
            File.WriteAllBytes(path, file.Bytes);
            var expected = Outcome(w => ReferenceIncidentCsvReader.Read(path, file.Epsg, file.Mapping, w));
            var actual = Outcome(w => IncidentCsvReader.Read(path, file.Epsg, file.Mapping, w, chunk));
            File.Delete(path);
            if (!expected.StartsWith("error: ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref read);
            }

            Assert.Equal(expected.Replace(path, "i.csv", StringComparison.Ordinal), actual.Replace(path, "i.csv", StringComparison.Ordinal));
        }, iter: 3000);

        // Both outcomes are exercised: files read in full and files with a first bad line.
        Assert.InRange(read, 300, 2700);
    }

    [Theory]
    [InlineData("quoted line break across a split", "id,lon,lat,occurred_at,offence\ni1,12.5,55.6,2024-02-01T10:00:00,\"a\nb\nc\nd\"\ni2,12.5,55.6,2024-02-01T10:00:00,theft\n")]
    [InlineData("unterminated quote in the last row", "id,lon,lat,occurred_at,offence\ni1,12.5,55.6,2024-02-01T10:00:00,theft\ni2,12.5,55.6,2024-02-01T10:00:00,\"the\nft\n")]
    [InlineData("bad rows after a split", "id,lon,lat,occurred_at,offence\ni1,12.5,55.6,2024-02-01T10:00:00,theft\ni2,12.5,55.6,2024-03-31T02:30:00,theft\ni3,12.5,x,2024-02-01T10:00:00,theft\ni4,12.5,y,2024-02-01T10:00:00,theft\n")]
    [InlineData("daylight-saving rows in several chunks", "id,lon,lat,occurred_at,offence\ni1,12.5,55.6,2024-02-01T10:00:00,theft\ni2,12.5,55.6,2024-03-31T02:30:00,theft\ni3,12.5,55.6,2024-10-27T02:30:00,theft\n")]
    public void Read_EverySplit_SameAsTheReference(string name, string csv)
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", csv);
        var expected = Outcome(w => ReferenceIncidentCsvReader.Read(path, null, null, w));
        for (var chunk = 1; chunk < csv.Length; chunk++)
        {
            var c = chunk;
            Assert.True(expected == Outcome(w => IncidentCsvReader.Read(path, null, null, w, c)), $"{name}, chunk {chunk}");
        }
    }

    private static string Outcome(Func<List<string>, ReadLayer<Incident>> read)
    {
        var warnings = new List<string>();
        try
        {
            var layer = read(warnings);
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            var sb = new StringBuilder().Append(layer.Epsg).Append('|').Append(layer.File).Append('\n');
            foreach (var (location, i) in layer.Items)
            {
                sb.Append(location).Append('|').Append(i.Id).Append('|').Append(i.X.ToString("R", inv)).Append('|').Append(i.Y.ToString("R", inv))
                    .Append('|').Append(i.OccurredAt.ToString("o", inv)).Append('|').Append(i.Offence)
                    .Append('|').Append(i.AmountDkk?.ToString(inv)).Append('|').Append(i.Reported).Append('\n');
            }

            return sb.Append(string.Join("\n", warnings)).ToString();
        }
        catch (InputException ex)
        {
            return "error: " + ex.Message;
        }
    }

    private sealed record CsvCase(byte[] Bytes, int? Epsg, IReadOnlyDictionary<string, string>? Mapping)
    {
        public override string ToString() => $"EPSG {Epsg}, mapping {Mapping is not null}: " + Encoding.UTF8.GetString(Bytes).Replace("\r", "\\r", StringComparison.Ordinal);
    }

    private static Gen<CsvCase> GenFile() =>
        from separator in Gen.OneOf(',', ',', ';', '\t')
        from projected in Gen.Int[0, 4]
        from withAmount in Gen.Bool
        from withReported in Gen.Bool
        from extra in Gen.OneOf(Extras)
        from mapped in Gen.Int[0, 4]
        from upper in Gen.Bool
        from boms in Gen.Int[0, 6]
        from crlf in Gen.Bool
        from rows in GenRow(projected == 0, separator).Array[0, 8]
        from blanks in Gen.Int[0, 2]
        from trailingNewline in Gen.Bool
        from dropColumn in Gen.Int[0, 12]
        select Build(separator, projected == 0, withAmount, withReported, extra, mapped == 0, upper, boms, crlf, rows, blanks, trailingNewline, dropColumn);

    private static CsvCase Build(char separator, bool projected, bool withAmount, bool withReported, string extra, bool mapped, bool upper, int boms,
        bool crlf, string[][] rows, int blanks, bool trailingNewline, int dropColumn)
    {
        var header = new List<string> { "id", projected ? "x" : "lon", projected ? "y" : "lat", mapped ? "tidspunkt" : "occurred_at", "offence" };
        if (withAmount)
        {
            header.Add("amount_dkk");
        }

        if (withReported)
        {
            header.Add("reported");
        }

        if (extra.Length > 0)
        {
            header.Insert(2, extra);
        }

        if (dropColumn == 4)
        {
            header.RemoveAt(dropColumn);
        }

        var nl = crlf ? "\r\n" : "\n";
        var sb = new StringBuilder();
        sb.Append(string.Join(separator, header.Select(h => upper ? h.ToUpperInvariant() : h))).Append(nl);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            var cells = new List<string>();
            foreach (var h in header)
            {
                cells.Add(h.ToLowerInvariant() switch
                {
                    "id" => row[0],
                    "lon" or "x" => row[1],
                    "lat" or "y" => row[2],
                    "occurred_at" or "tidspunkt" => row[3],
                    "offence" => row[4],
                    "amount_dkk" => row[5],
                    "reported" => row[6],
                    _ => row[7],
                });
            }

            if (row[8] == "short" && cells.Count > 1)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            sb.Append(string.Join(separator, cells));
            if (r < rows.Length - 1 || trailingNewline)
            {
                sb.Append(nl);
            }

            if (r == 0)
            {
                for (var b = 0; b < blanks; b++)
                {
                    sb.Append(b == 0 ? "  " : "\"\"").Append(nl);
                }
            }
        }

        var bom = Enumerable.Repeat(new byte[] { 0xEF, 0xBB, 0xBF }, boms > 3 ? 0 : boms).SelectMany(b => b);
        var bytes = bom.Concat(Encoding.UTF8.GetBytes(sb.ToString())).ToArray();
        IReadOnlyDictionary<string, string>? mapping = mapped ? new Dictionary<string, string> { ["occurred_at"] = "tidspunkt" } : null;
        return new CsvCase(bytes, projected ? 25832 : null, mapping);
    }

    private static Gen<string[]> GenRow(bool projected, char separator) =>
        from id in Field(Ids, separator)
        from x in Field(projected ? Xs : Lons, separator)
        from y in Field(projected ? Ys : Lats, separator)
        from time in Field(Times, separator)
        from offence in Field(Offences, separator)
        from amount in Field(Amounts, separator)
        from reported in Field(Reported, separator)
        from extra in Field(ExtraValues, separator)
        from shape in Gen.OneOf(Enumerable.Repeat("ok", 30).Append("short").ToArray())
        select new[] { id, x, y, time, offence, amount, reported, extra, shape };

    private static Gen<string> Field((string[] Good, string[] Bad) values, char separator) =>
        from bad in Gen.Int[0, 40]
        from v in Gen.OneOf(bad == 0 && values.Bad.Length > 0 ? values.Bad : values.Good)
        from quoting in GenQuoting
        select Quote(v, quoting, separator);

    private static string Quote(string v, string quoting, char separator)
    {
        var needs = v.Contains(separator, StringComparison.Ordinal) || v.Contains('\n', StringComparison.Ordinal) || v.Contains('"', StringComparison.Ordinal);
        var quoted = "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return quoting switch
        {
            "quoted" => quoted,
            "space-quoted" => " " + quoted,
            "after-quote" => quoted + "x",
            "cr" => v + "\r",
            "nbsp" => "\u00a0" + v,
            _ => needs && !v.StartsWith('"') ? quoted : v,
        };
    }
}
