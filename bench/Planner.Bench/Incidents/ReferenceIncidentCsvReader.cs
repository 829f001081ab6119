using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Bench.Incidents;

/// <summary>
/// The incident CSV reader before issue 9 item 9, kept unchanged as the reference for the span reader
/// (<see cref="Planner.Geo.Formats.IncidentCsvReader"/>): a benchmark baseline and the truth of the differential test.
/// Reads incident CSV (UTF-8, header row): <c>id</c>, <c>lon</c>,<c>lat</c> (EPSG:4326) or <c>x</c>,<c>y</c> (in the CRS
/// given with --crs), <c>occurred_at</c> (ISO 8601; without an offset it is Europe/Copenhagen local time, see
/// <see cref="CopenhagenTime"/>), <c>offence</c>; optional <c>amount_dkk</c>, <c>reported</c>. Header names are matched
/// case-insensitively; <see cref="PlanLoadOptions.IncidentColumns"/> maps contract names to other column names.
/// Separator: <c>,</c>, or <c>;</c> / tab when the header uses those (the Danish spreadsheet export); with <c>;</c> or
/// tab numbers may use a decimal comma (<c>55,6761</c>). Lines are counted from 1 (the header).
/// </summary>
internal static partial class ReferenceIncidentCsvReader
{
    private static IReadOnlyList<string> ContractColumns => PlanLoadOptions.IncidentColumnNames;

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    public static ReadLayer<Incident> Read(string path, int? xyEpsg, IReadOnlyDictionary<string, string>? mapping, ICollection<string> warnings)
    {
        var bytes = InputFile.ReadAllBytes(path, "incident CSV with a header row");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw Fail.Input(path, null, null, "expected UTF-8 text (save the CSV as UTF-8)");
        }

        var separator = ReferenceCsvRecords.DetectSeparator(text);
        var decimalComma = separator != ',';
        using var records = ReferenceCsvRecords.Read(text, separator, path).GetEnumerator();
        if (!records.MoveNext())
        {
            throw Fail.Input(path, null, null, "expected a header row");
        }

        var columns = Columns(path, records.Current.Fields, mapping);
        var geographic = columns.ContainsKey("lon") && columns.ContainsKey("lat");
        if (!geographic && !(columns.ContainsKey("x") && columns.ContainsKey("y")))
        {
            throw Fail.Input(path, "line 1", Name("lon", mapping) + ", " + Name("lat", mapping),
                $"expected columns lon and lat (or x and y with --crs); the header has {string.Join(", ", records.Current.Fields)}");
        }

        foreach (var required in new[] { "id", "occurred_at", "offence" })
        {
            if (!columns.ContainsKey(required))
            {
                throw Fail.Input(path, "line 1", Name(required, mapping), $"expected a column \"{Name(required, mapping)}\"; the header has {string.Join(", ", records.Current.Fields)}");
            }
        }

        int epsg;
        if (geographic)
        {
            epsg = CrsRegistry.Wgs84;
        }
        else
        {
            epsg = xyEpsg ?? throw Fail.Input(path, "line 1", "x, y", "expected --crs EPSG:n naming the CRS of the x, y columns (or columns lon, lat)");
        }

        var width = records.Current.Fields.Count;
        var result = new List<Located<Incident>>();
        var adjusted = new List<int>();
        while (records.MoveNext())
        {
            var rec = records.Current;
            var line = rec.Line;
            if (rec.Fields.Count != width)
            {
                throw Fail.Input(path, $"line {line}", null, string.Create(CultureInfo.InvariantCulture,
                    $"expected {width} fields as in the header, got {rec.Fields.Count}{(separator == ',' && rec.Fields.Count > width ? " (a decimal comma needs the ; separator)" : "")}"));
            }

            string Field(string name) => columns.TryGetValue(name, out var i) ? rec.Fields[i] : "";
            var id = Field("id");
            var location = id.Length > 0 ? $"line {line} (id \"{id}\")" : $"line {line}";
            if (id.Length == 0)
            {
                throw Fail.Input(path, location, Name("id", mapping), "expected an incident id, got an empty field");
            }

            var x = Number(path, location, Name(geographic ? "lon" : "x", mapping), Field(geographic ? "lon" : "x"), decimalComma) ?? throw Missing(path, location, Name(geographic ? "lon" : "x", mapping));
            var y = Number(path, location, Name(geographic ? "lat" : "y", mapping), Field(geographic ? "lat" : "y"), decimalComma) ?? throw Missing(path, location, Name(geographic ? "lat" : "y", mapping));
            GeometryChecks.RequireInArea(GeoJsonGeometryParser.Factory.CreatePoint(new Coordinate(x, y)), epsg, path, location);
            var occurred = Time(path, location, Name("occurred_at", mapping), Field("occurred_at"), out var wasAdjusted);
            if (wasAdjusted)
            {
                adjusted.Add(line);
            }

            var offence = Field("offence");
            if (offence.Length == 0)
            {
                throw Fail.Input(path, location, Name("offence", mapping), "expected an offence, got an empty field");
            }

            var amount = Number(path, location, Name("amount_dkk", mapping), Field("amount_dkk"), decimalComma);
            try
            {
                result.Add(new Located<Incident>(location, new Incident(id, x, y, occurred, offence)
                {
                    AmountDkk = amount is { } a ? PlausibleRanges.AmountDkk(a, Name("amount_dkk", mapping)) : null,
                    Reported = Bool(path, location, Name("reported", mapping), Field("reported")),
                }));
            }
            catch (DomainRuleException ex)
            {
                throw Fail.Input(path, location, ex.Field, ex.Message);
            }
        }

        if (result.Count == 0)
        {
            // Said here, before any layer-wide step (e.g. choosing a working CRS) could warn about the missing rows.
            throw Fail.Input(path, null, null, "expected at least one incident row after the header; the file has only the header");
        }

        if (adjusted.Count > 0)
        {
            warnings.Add($"{path}: {adjusted.Count} local time(s) fell in a daylight-saving change (first on line {adjusted[0]}): a time in the spring gap was read as +01:00, one in the autumn overlap as its first occurrence (+02:00)");
        }

        return new ReadLayer<Incident>(path, epsg, result);
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

    private static InputException Missing(string path, string location, string field) => Fail.Input(path, location, field, "expected a number, got an empty field");

    private static double? Number(string path, string location, string field, string text, bool decimalComma)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var t = decimalComma && !text.Contains('.', StringComparison.Ordinal) ? text.Replace(',', '.') : text;
        if (double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw Fail.Input(path, location, field, $"expected a number{(decimalComma ? " (decimal point or comma)" : " with a decimal point")}, got \"{text}\"");
    }

    private static bool? Bool(string path, string location, string field, string text) => text.Trim().ToLowerInvariant() switch
    {
        "" => null,
        "true" or "yes" or "1" or "ja" => true,
        "false" or "no" or "0" or "nej" => false,
        _ => throw Fail.Input(path, location, field, $"expected true or false, got \"{text}\""),
    };

    private static DateTimeOffset Time(string path, string location, string field, string text, out bool adjusted)
    {
        adjusted = false;
        var t = text.Trim();
        if (OffsetPattern().IsMatch(t))
        {
            if (DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset) && DatePattern().IsMatch(t))
            {
                return withOffset;
            }
        }
        else if (DateTime.TryParseExact(t, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            try
            {
                PlausibleRanges.Date(DateOnly.FromDateTime(local), field);
            }
            catch (DomainRuleException ex)
            {
                throw Fail.Input(path, location, field, ex.Message);
            }

            return CopenhagenTime.FromLocal(local, CopenhagenTime.TimeZone, out adjusted);
        }

        throw Fail.Input(path, location, field, $"expected an ISO 8601 date and time such as 2024-03-01T21:30:00 or 2024-03-01T21:30:00+01:00, got \"{text}\"");
    }

    [GeneratedRegex(@"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
