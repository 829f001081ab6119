namespace Planner.Geo;

/// <summary>
/// The one guard helper. Each check throws <see cref="DomainRuleException"/> whose message states the rule
/// (e.g. "heading_deg must be in [0, 360)"), so readers can name the field and what was expected.
/// </summary>
public static class Guard
{
    public static T NotNull<T>(T? value, string field) where T : class =>
        value ?? throw new DomainRuleException(field, $"{field} is required");

    public static string NotBlank(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainRuleException(field, $"{field} must be a non-empty string") : value;

    public static double Finite(double value, string field) =>
        double.IsFinite(value) ? value : throw new DomainRuleException(field, $"{field} must be a finite number");

    /// <summary>Requires <paramref name="min"/> ≤ value &lt; <paramref name="max"/>.</summary>
    public static double InHalfOpen(double value, double min, double max, string field) =>
        double.IsFinite(value) && value >= min && value < max
            ? value
            : throw new DomainRuleException(field, $"{field} must be in [{min}, {max})");

    /// <summary>Requires <paramref name="min"/> ≤ value ≤ <paramref name="max"/>.</summary>
    public static double InClosed(double value, double min, double max, string field) =>
        double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw new DomainRuleException(field, $"{field} must be in [{min}, {max}]");

    /// <summary>Requires <paramref name="min"/> &lt; value &lt; <paramref name="max"/>.</summary>
    public static double InOpen(double value, double min, double max, string field) =>
        double.IsFinite(value) && value > min && value < max
            ? value
            : throw new DomainRuleException(field, $"{field} must be in ({min}, {max})");

    public static double Positive(double value, string field) =>
        double.IsFinite(value) && value > 0 ? value : throw new DomainRuleException(field, $"{field} must be > 0");

    public static int Positive(int value, string field) =>
        value > 0 ? value : throw new DomainRuleException(field, $"{field} must be > 0");

    public static double NonNegative(double value, string field) =>
        double.IsFinite(value) && value >= 0 ? value : throw new DomainRuleException(field, $"{field} must be ≥ 0");

    public static int NonNegative(int value, string field) =>
        value >= 0 ? value : throw new DomainRuleException(field, $"{field} must be ≥ 0");

    public static void That(bool condition, string field, string rule)
    {
        if (!condition)
        {
            throw new DomainRuleException(field, rule);
        }
    }
}
