using System.Globalization;

namespace Planner.Geo.Formats;

/// <summary>
/// Typed access to one feature's properties; every failure is an <see cref="InputException"/> naming the file,
/// the feature, the field and what was expected. Lookup is exact, then case-insensitive, then by the first ten
/// characters (DBF field names of Shapefiles are cut to ten, e.g. <c>heading_de</c>).
/// </summary>
internal sealed class FieldReader(string file, string location, IReadOnlyDictionary<string, object?> properties) : IFieldSource
{
    public string File => file;

    public string Location => location;

    public bool Has(string field) => Find(field) is not null;

    public object? Raw(string field) => Find(field);

    public InputException Error(string field, string expected) => Fail.Input(file, location, field, expected);

    /// <summary>The model's rule with the value as given, e.g. "heading_deg must be in [0, 360), got 400".</summary>
    public InputException Refused(DomainRuleException ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        return Error(ex.Field, $"{ex.Message}, got {Describe(Raw(ex.Field))}");
    }

    string? IFieldSource.Text(string field) => String(field);

    /// <summary>A string; numbers are accepted and written in invariant culture (ids are often numbers).</summary>
    public string? String(string field) => Find(field) switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture),
        var v => throw Error(field, $"expected a string, got {Describe(v)}"),
    };

    /// <summary>A finite number; numeric strings in invariant culture are accepted.</summary>
    public double? Number(string field)
    {
        var v = Find(field);
        switch (v)
        {
            case null:
                return null;
            case double d when double.IsFinite(d):
                return d;
            case long l:
                return l;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.IsFinite(p):
                return p;
            default:
                throw Error(field, $"expected a finite number, got {Describe(v)}");
        }
    }

    public int? Integer(string field)
    {
        var d = Number(field);
        if (d is null)
        {
            return null;
        }

        if (d != Math.Floor(d.Value) || d < int.MinValue || d > int.MaxValue)
        {
            throw Error(field, $"expected a whole number, got {d.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        return (int)d.Value;
    }

    /// <summary>true/false; also 1/0 and the strings true, false, yes, no, 1, 0 (Shapefiles have no JSON booleans).</summary>
    public bool? Bool(string field)
    {
        var v = Find(field);
        switch (v)
        {
            case null:
                return null;
            case bool b:
                return b;
            case long l when l is 0 or 1:
                return l == 1;
            case double d when d is 0 or 1:
                return d == 1;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s:
                switch (s.Trim().ToLowerInvariant())
                {
                    case "true" or "yes" or "1" or "t" or "y":
                        return true;
                    case "false" or "no" or "0" or "f" or "n":
                        return false;
                }

                break;
        }

        throw Error(field, $"expected true or false, got {Describe(v)}");
    }

    /// <summary>A calendar date, ISO 8601 <c>yyyy-MM-dd</c> (or a date-time whose date part is taken).</summary>
    public DateOnly? Date(string field)
    {
        var v = Find(field);
        switch (v)
        {
            case null:
                return null;
            case DateTime dt:
                return DateOnly.FromDateTime(dt);
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s when DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                return d;
            case string s when DateTimeOffset.TryParse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto) && s.Contains('T', StringComparison.Ordinal):
                return DateOnly.FromDateTime(dto.DateTime);
            default:
                throw Error(field, $"expected a date yyyy-MM-dd, got {Describe(v)}");
        }
    }

    /// <summary>How a value is shown in messages: strings quoted, others by kind.</summary>
    public static string Describe(object? v) => v switch
    {
        null => "nothing",
        string s => $"\"{(s.Length > 40 ? s[..40] + "…" : s)}\"",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => v.ToString() ?? "a value",
    };

    private object? Find(string field)
    {
        if (properties.TryGetValue(field, out var v))
        {
            return v;
        }

        foreach (var (key, value) in properties)
        {
            if (string.Equals(key, field, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        if (field.Length > 10)
        {
            var cut = field[..10];
            foreach (var (key, value) in properties)
            {
                if (string.Equals(key, cut, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }
        }

        return null;
    }
}
