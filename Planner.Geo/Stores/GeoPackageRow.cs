using System.Globalization;
using Microsoft.Data.Sqlite;
using Planner.Geo.Formats;

namespace Planner.Geo.Stores;

/// <summary>
/// Typed access to one row of a plan layer. Every failure is an <see cref="InputException"/> naming the file,
/// the layer and fid (and id where known), the column and what was expected.
/// </summary>
internal sealed class GeoPackageRow(string file, string layer, SqliteDataReader reader) : IFieldSource
{
    private readonly Dictionary<string, int> ordinals = Enumerable.Range(0, reader.FieldCount)
        .ToDictionary(reader.GetName, i => i, StringComparer.OrdinalIgnoreCase);

    public long Fid { get; private set; }

    public string? Id { get; private set; }

    public string Location => Id is null
        ? $"layer {layer} fid {Fid.ToString(CultureInfo.InvariantCulture)}"
        : $"layer {layer} fid {Fid.ToString(CultureInfo.InvariantCulture)} (id \"{Id}\")";

    public bool Read()
    {
        if (!reader.Read())
        {
            return false;
        }

        Id = null;
        Fid = reader.GetInt64(ordinals["fid"]);
        Id = Text("id") ?? throw Bad("id", "expected a non-empty text id");
        return true;
    }

    public bool Has(string column) => ordinals.ContainsKey(column);

    public InputException Bad(string column, string expected) => new(file, Location, column, expected);

    double? IFieldSource.Number(string field) => Real(field);

    int? IFieldSource.Integer(string field) => Int(field);

    InputException IFieldSource.Error(string field, string expected) => Bad(field, expected);

    InputException IFieldSource.Refused(DomainRuleException ex) => Bad(ex.Field, ex.Message);

    public string? Text(string column)
    {
        var v = Raw(column);
        return v switch
        {
            null => null,
            string s => string.IsNullOrWhiteSpace(s) ? null : s,
            long or double => Convert.ToString(v, CultureInfo.InvariantCulture),
            _ => throw Bad(column, $"expected text, got {Describe(v)}"),
        };
    }

    public double? Real(string column)
    {
        var v = Raw(column);
        double? d = v switch
        {
            null => null,
            double x => x,
            long l => l,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) => p,
            _ => throw Bad(column, $"expected a number, got {Describe(v)}"),
        };
        return d is { } f && !double.IsFinite(f) ? throw Bad(column, $"expected a finite number, got {f.ToString(CultureInfo.InvariantCulture)}") : d;
    }

    public double Real(string column, double fallback) => Real(column) ?? fallback;

    public int? Int(string column)
    {
        var v = Raw(column);
        return v switch
        {
            null => null,
            long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
            double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) => p,
            _ => throw Bad(column, $"expected a whole number, got {Describe(v)}"),
        };
    }

    public bool? Bool(string column)
    {
        var v = Raw(column);
        return v switch
        {
            null => null,
            long l when l is 0 or 1 => l == 1,
            string s when bool.TryParse(s, out var b) => b,
            _ => throw Bad(column, $"expected a boolean (0 or 1), got {Describe(v)}"),
        };
    }

    public DateOnly? Date(string column)
    {
        var s = Text(column);
        if (s is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Bad(column, $"expected a date yyyy-MM-dd, got \"{s}\"");
    }

    public DateTimeOffset? Timestamp(string column)
    {
        var s = Text(column);
        if (s is null)
        {
            return null;
        }

        var hasOffset = s.EndsWith('Z') || (s.Length > 6 && s[^6] is '+' or '-' && s[^3] == ':');
        return hasOffset && s.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw Bad(column, $"expected an ISO 8601 date-time with offset (e.g. 2024-05-17T23:10:00+02:00), got \"{s}\"");
    }

    public byte[]? Blob(string column) => Raw(column) switch
    {
        null => null,
        byte[] b => b,
        var v => throw Bad(column, $"expected a GeoPackage geometry blob, got {Describe(v)}"),
    };

    private object? Raw(string column)
    {
        if (!ordinals.TryGetValue(column, out var i))
        {
            return null;
        }

        return reader.IsDBNull(i) ? null : reader.GetValue(i);
    }

    private static string Describe(object v) => v switch
    {
        string s => $"\"{s}\"",
        byte[] b => $"a blob of {b.Length.ToString(CultureInfo.InvariantCulture)} bytes",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "?",
    };
}
