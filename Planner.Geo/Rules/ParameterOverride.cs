namespace Planner.Geo.Rules;

/// <summary>
/// A what-if value for one assumed rule parameter: rule id, parameter name and the value to use instead of the pack's,
/// in the parameter's own unit (e.g. metres for buffer_m, kroner for property_threshold_dkk). The value lies in
/// [0, <see cref="PlausibleRanges.MaxRuleParameter"/>], the range the pack loader accepts.
/// </summary>
public readonly record struct ParameterOverride
{
    private ParameterOverride(string ruleId, string name, double value)
    {
        RuleId = ruleId;
        Name = name;
        Value = value;
    }

    public string RuleId { get; }

    public string Name { get; }

    public double Value { get; }

    public static ParameterOverride Create(string ruleId, string name, double value)
    {
        Guard.NotBlank(ruleId, "rule_id");
        Guard.NotBlank(name, "parameter");
        Guard.InClosed(value, 0, PlausibleRanges.MaxRuleParameter, name);
        return new ParameterOverride(ruleId, name, value);
    }

    public override string ToString() => $"{RuleId} {Name} = {Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}";
}
