using System.Globalization;

namespace Planner.Geo.Placement;

/// <summary>
/// Severity weights by offence (case-insensitive, trimmed), e.g. <c>violence=3,burglary=2</c>; offences not listed
/// weigh <see cref="DefaultWeight"/> (1). Weights are finite and &gt; 0: an offence to ignore is filtered out instead.
/// </summary>
public sealed class OffenceWeights
{
    public const double DefaultWeight = 1;

    private readonly Dictionary<string, double> weights;

    private OffenceWeights(Dictionary<string, double> weights) => this.weights = weights;

    /// <summary>Every offence weighs 1 (plain incident counts).</summary>
    public static OffenceWeights Uniform { get; } = new(new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase));

    public IReadOnlyDictionary<string, double> Listed => weights;

    public double Of(string offence) =>
        weights.TryGetValue(Guard.NotNull(offence, "offence").Trim(), out var w) ? w : DefaultWeight;

    /// <summary>From pairs; throws <see cref="DomainRuleException"/> on a blank offence or a weight not &gt; 0.</summary>
    public static OffenceWeights Create(IEnumerable<KeyValuePair<string, double>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var map = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (offence, weight) in pairs)
        {
            var key = Guard.NotBlank(offence, "weights").Trim();
            Guard.That(double.IsFinite(weight) && weight > 0, "weights", $"weight of {key} must be > 0");
            map[key] = weight;
        }

        return new OffenceWeights(map);
    }

    /// <summary>Parses <c>offence=weight,…</c> (decimal point); throws <see cref="DomainRuleException"/> (field "weights").</summary>
    public static OffenceWeights Parse(string text)
    {
        Guard.NotBlank(text, "weights");
        var pairs = new List<KeyValuePair<string, double>>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            Guard.That(eq > 0 && double.TryParse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                "weights", $"weights must be offence=number pairs such as violence=3, got \"{part}\"");
            pairs.Add(new(part[..eq].Trim(), double.Parse(part[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return Create(pairs);
    }

    public override string ToString() =>
        weights.Count == 0 ? "every incident 1" : string.Join(", ", weights.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key}={kv.Value}"))) + ", others 1";
}
