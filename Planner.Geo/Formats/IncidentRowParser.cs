using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Turns incident CSV rows (as byte ranges) into incidents, checking each field in the order the contract's messages
/// promise: field count, id, x/lon, y/lat, valid area, occurred_at, offence, amount_dkk, the model's own ranges, reported.
/// The usual shapes (plain numbers, <c>yyyy-MM-ddTHH:mm[:ss[.f]]</c> with or without <c>Z</c>/<c>±hh:mm</c>, plain
/// words) are read straight from the bytes; anything else, and every error, goes through the string rules, so messages
/// and values are those of the string reader. Thread-safe: each <see cref="Parse"/> call has its own caches.
/// </summary>
internal sealed partial class IncidentRowParser(string path, IncidentColumns columns, byte separator, int width)
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    private readonly bool decimalComma = separator != (byte)',';
    private readonly int id = columns.Of("id");
    private readonly int x = columns.Of(columns.Geographic ? "lon" : "x");
    private readonly int y = columns.Of(columns.Geographic ? "lat" : "y");
    private readonly int occurredAt = columns.Of("occurred_at");
    private readonly int offence = columns.Of("offence");
    private readonly int amount = columns.Of("amount_dkk");
    private readonly int reported = columns.Of("reported");
    private readonly string xName = columns.Names[columns.Geographic ? "lon" : "x"];
    private readonly string yName = columns.Names[columns.Geographic ? "lat" : "y"];
    private readonly CrsInfo crs = CrsRegistry.Describe(columns.Epsg);

    /// <summary>
    /// Reads the records of <paramref name="text"/> from <paramref name="start"/> (a record start on line
    /// <paramref name="line"/>) to the end of <paramref name="text"/>; stops at the first bad row.
    /// </summary>
    public IncidentChunk Parse(ReadOnlySpan<byte> text, int start, int line, bool last)
    {
        var chunk = new IncidentChunk();
        var cache = new RowCache();
        var fields = new List<CsvField>(width + 1);
        var position = start;
        try
        {
            while (position <= text.Length)
            {
                var recordLine = line;
                position = CsvTokenizer.Next(text, position, separator, fields, ref line);
                if (position < 0)
                {
                    if (last)
                    {
                        throw Fail.Input(path, $"line {recordLine}", null, "expected a closing quote \" before the end of the file");
                    }

                    chunk.EndedInQuotes = true;
                    break;
                }

                if (!CsvTokenizer.IsBlank(text, fields))
                {
                    chunk.Items.Add(Row(text, fields, recordLine, chunk, cache));
                }
            }
        }
        catch (InputException ex)
        {
            chunk.Error = ex;
        }

        return chunk;
    }

    private Located<Incident> Row(ReadOnlySpan<byte> text, List<CsvField> fields, int line, IncidentChunk chunk, RowCache cache)
    {
        if (fields.Count != width)
        {
            throw Fail.Input(path, $"line {line}", null, string.Create(CultureInfo.InvariantCulture,
                $"expected {width} fields as in the header, got {fields.Count}{(separator == (byte)',' && fields.Count > width ? " (a decimal comma needs the ; separator)" : "")}"));
        }

        var idText = CsvTokenizer.Value(text, fields[id]);
        var location = new RowRef(line, idText);
        if (idText.Length == 0)
        {
            throw Fail.Input(path, location.ToString(), columns.Names["id"], "expected an incident id, got an empty field");
        }

        var xv = Number(text, fields[x], location, xName) ?? throw Missing(location, xName);
        var yv = Number(text, fields[y], location, yName) ?? throw Missing(location, yName);
        RequireInArea(xv, yv, location);
        var occurred = Time(text, fields[occurredAt], location, cache, out var adjusted);
        if (adjusted)
        {
            if (chunk.Adjusted == 0)
            {
                chunk.FirstAdjustedLine = line;
            }

            chunk.Adjusted++;
        }

        var offenceText = cache.Intern(text, fields[offence]);
        if (offenceText.Length == 0)
        {
            throw Fail.Input(path, location.ToString(), columns.Names["offence"], "expected an offence, got an empty field");
        }

        var amountValue = amount < 0 ? null : Number(text, fields[amount], location, columns.Names["amount_dkk"]);
        try
        {
            return Located<Incident>.Row(line, idText, new Incident(idText, xv, yv, occurred, offenceText)
            {
                AmountDkk = amountValue is { } a ? PlausibleRanges.AmountDkk(a, columns.Names["amount_dkk"]) : null,
                Reported = reported < 0 ? null : Bool(text, fields[reported], location),
            });
        }
        catch (DomainRuleException ex)
        {
            throw Fail.Input(path, location.ToString(), ex.Field, ex.Message);
        }
    }

    private void RequireInArea(double xv, double yv, RowRef location)
    {
        if (!GeometryChecks.InArea(crs, crs, xv, yv))
        {
            // The shared check words the message (hints for swapped or projected coordinates).
            GeometryChecks.RequireInArea(GeoJsonGeometryParser.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(xv, yv)), columns.Epsg, path, location.ToString());
        }
    }

    private InputException Missing(RowRef location, string field) => Fail.Input(path, location.ToString(), field, "expected a number, got an empty field");

    private double? Number(ReadOnlySpan<byte> text, CsvField field, RowRef location, string name)
    {
        if (CsvTokenizer.TrySimple(text, field, out var t) && t.Length <= 64)
        {
            if (t.IsEmpty)
            {
                return null;
            }

            Span<byte> buffer = stackalloc byte[64];
            t.CopyTo(buffer);
            var s = buffer[..t.Length];
            if (decimalComma && !t.Contains((byte)'.'))
            {
                s.Replace((byte)',', (byte)'.');
            }

            if (double.TryParse(s, NumberStyle, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
            {
                return d;
            }
        }

        return NumberText(location, name, CsvTokenizer.Value(text, field));
    }

    private double? NumberText(RowRef location, string name, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var t = decimalComma && !value.Contains('.', StringComparison.Ordinal) ? value.Replace(',', '.') : value;
        if (double.TryParse(t, NumberStyle, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return d;
        }

        throw Fail.Input(path, location.ToString(), name, $"expected a number{(decimalComma ? " (decimal point or comma)" : " with a decimal point")}, got \"{value}\"");
    }

    private bool? Bool(ReadOnlySpan<byte> text, CsvField field, RowRef location)
    {
        if (CsvTokenizer.TrySimple(text, field, out var t) && t.Length <= 5 && Ascii.IsValid(t))
        {
            Span<byte> lower = stackalloc byte[5];
            Ascii.ToLower(t, lower, out var n);
            switch (lower[..n])
            {
                case []:
                    return null;
                case var v when v.SequenceEqual("true"u8) || v.SequenceEqual("yes"u8) || v.SequenceEqual("1"u8) || v.SequenceEqual("ja"u8):
                    return true;
                case var v when v.SequenceEqual("false"u8) || v.SequenceEqual("no"u8) || v.SequenceEqual("0"u8) || v.SequenceEqual("nej"u8):
                    return false;
            }
        }

        var value = CsvTokenizer.Value(text, field);
        return value.Trim().ToLowerInvariant() switch
        {
            "" => null,
            "true" or "yes" or "1" or "ja" => true,
            "false" or "no" or "0" or "nej" => false,
            _ => throw Fail.Input(path, location.ToString(), columns.Names["reported"], $"expected true or false, got \"{value}\""),
        };
    }

    private DateTimeOffset Time(ReadOnlySpan<byte> text, CsvField field, RowRef location, RowCache cache, out bool adjusted)
    {
        adjusted = false;
        var name = columns.Names["occurred_at"];
        if (CsvTokenizer.TrySimple(text, field, out var t) && IsoTime.TryParse(t, out var wall, out var offset))
        {
            if (offset is { } o)
            {
                return new DateTimeOffset(wall, o);
            }

            RequirePlausibleDate(wall, location, name);
            return cache.Local(wall, out adjusted);
        }

        return TimeText(location, name, CsvTokenizer.Value(text, field), out adjusted);
    }

    private DateTimeOffset TimeText(RowRef location, string field, string text, out bool adjusted)
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
            RequirePlausibleDate(local, location, field);
            return CopenhagenTime.FromLocal(local, CopenhagenTime.TimeZone, out adjusted);
        }

        throw Fail.Input(path, location.ToString(), field, $"expected an ISO 8601 date and time such as 2024-03-01T21:30:00 or 2024-03-01T21:30:00+01:00, got \"{text}\"");
    }

    /// <summary>A local (offset-free) time's date within the model's plausible range, as bad input on this row otherwise.</summary>
    private void RequirePlausibleDate(DateTime local, RowRef location, string field)
    {
        try
        {
            PlausibleRanges.Date(DateOnly.FromDateTime(local), field);
        }
        catch (DomainRuleException ex)
        {
            throw Fail.Input(path, location.ToString(), field, ex.Message);
        }
    }

    [GeneratedRegex(@"[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    /// <summary>Per-chunk caches: offence names (a few distinct values, one string each) and Copenhagen offsets per local hour.</summary>
    private sealed class RowCache
    {
        private readonly Dictionary<string, string> offences = new(StringComparer.Ordinal);
        private readonly Dictionary<long, (TimeSpan Offset, bool Adjusted)?> hours = [];

        public string Intern(ReadOnlySpan<byte> text, CsvField field)
        {
            if (!CsvTokenizer.TrySimple(text, field, out var t) || t.Length > 128)
            {
                return CsvTokenizer.Value(text, field);
            }

            Span<char> chars = stackalloc char[128];
            var n = Encoding.UTF8.GetChars(t, chars);
            var lookup = offences.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(chars[..n], out var known))
            {
                known = new string(chars[..n]);
                offences[known] = known;
            }

            return known;
        }

        /// <summary>
        /// <see cref="CopenhagenTime.FromLocal(DateTime, TimeZoneInfo, out bool)"/>, from a cache per local hour when the
        /// whole hour has one offset and one rule (every hour of the zone since 1900 except none; checked at both ends).
        /// </summary>
        public DateTimeOffset Local(DateTime wall, out bool adjusted)
        {
            var hourStart = new DateTime(wall.Ticks - (wall.Ticks % TimeSpan.TicksPerHour));
            if (!hours.TryGetValue(hourStart.Ticks, out var entry))
            {
                var first = CopenhagenTime.FromLocal(hourStart, CopenhagenTime.TimeZone, out var a1);
                var lastTick = CopenhagenTime.FromLocal(hourStart.AddTicks(TimeSpan.TicksPerHour - 1), CopenhagenTime.TimeZone, out var a2);
                entry = first.Offset == lastTick.Offset && a1 == a2 ? (first.Offset, a1) : null;
                hours[hourStart.Ticks] = entry;
            }

            if (entry is { } e)
            {
                adjusted = e.Adjusted;
                return new DateTimeOffset(wall, e.Offset);
            }

            return CopenhagenTime.FromLocal(wall, CopenhagenTime.TimeZone, out adjusted);
        }
    }

    /// <summary>Where a row is, as messages name it ("line 12 (id \"I7\")"): formatted only when a message is made.</summary>
    private readonly record struct RowRef(int Line, string Id)
    {
        public override string ToString() => Located<Incident>.RowLocation(Line, Id);
    }
}
