using System.Text.Json;
using System.Text.RegularExpressions;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.OpenData;

/// <summary>
/// Maps OSM camera operator names to operator types (<c>data/operators/osm-operators.json</c>): case-insensitive regular
/// expressions tried in order, first match wins, no match = unknown (never guessed). OSM's <c>operator:type</c> tag,
/// where present, decides before the names.
/// </summary>
public sealed class OsmOperatorMap
{
    public const string FileName = "osm-operators.json";

    private readonly IReadOnlyList<(Regex Match, OperatorType Type)> rules;

    public OsmOperatorMap(IReadOnlyList<(Regex Match, OperatorType Type)> rules) => this.rules = Guard.NotNull(rules, "rules");

    /// <summary>A map with no rules: every name stays unknown.</summary>
    public static OsmOperatorMap Empty { get; } = new([]);

    /// <summary>The operator type for a camera's tags, and the rule that gave it (for messages), or null.</summary>
    public (OperatorType Type, string Rule)? TypeOf(IReadOnlyDictionary<string, object?> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (Text(tags, "operator:type") is { } t && FromOperatorType(t) is { } byTag)
        {
            return (byTag, $"operator:type={t}");
        }

        if (Text(tags, "operator") is not { } name)
        {
            return null;
        }

        foreach (var (match, type) in rules)
        {
            if (match.IsMatch(name))
            {
                return (type, $"operator \"{name}\" matches /{match}/");
            }
        }

        return null;
    }

    /// <summary>OSM operator:type values: government/public → authority, municipal → municipality, police, business/commercial/private company → business, housing.</summary>
    public static OperatorType? FromOperatorType(string value) => value.Trim().ToLowerInvariant() switch
    {
        "government" or "public" or "state" => OperatorType.Authority,
        "municipal" or "municipality" or "community" => OperatorType.Municipality,
        "police" => OperatorType.Police,
        "business" or "commercial" or "corporate" => OperatorType.Business,
        "housing" or "housing_association" => OperatorType.Housing,
        "private_person" or "individual" => OperatorType.Private,
        _ => null,
    };

    /// <summary>Loads a mapping file; bad entries are one line naming file, rule number and field.</summary>
    public static OsmOperatorMap Load(string path)
    {
        using var doc = JsonInput.Parse(path, "an operator mapping ({\"rules\": [{\"match\": regex, \"operator\": type}, …]})");
        if (!doc.RootElement.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            throw new InputException(path, null, "rules", "expected an array of {\"match\", \"operator\"} rules");
        }

        var rules = new List<(Regex, OperatorType)>();
        var n = 0;
        foreach (var r in list.EnumerateArray())
        {
            n++;
            var location = $"rule {n}";
            var pattern = r.TryGetProperty("match", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : throw new InputException(path, location, "match", "expected a regular expression");
            var typeText = r.TryGetProperty("operator", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            if (!OperatorTypes.TryParse(typeText, out var type))
            {
                throw new InputException(path, location, "operator", $"expected one of {OperatorTypes.AllNames}, got \"{typeText}\"");
            }

            try
            {
                rules.Add((new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), type));
            }
            catch (ArgumentException ex)
            {
                throw new InputException(path, location, "match", $"expected a valid regular expression: {ex.Message}");
            }
        }

        return new OsmOperatorMap(rules);
    }

    /// <summary>The bundled map: <c>data/operators/osm-operators.json</c> next to the program or in a folder above it (a source checkout).</summary>
    public static string? FindBundled()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "operators", FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? Text(IReadOnlyDictionary<string, object?> tags, string key) =>
        tags.TryGetValue(key, out var v) && v is string s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
}
