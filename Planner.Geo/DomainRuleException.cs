namespace Planner.Geo;

/// <summary>A value broke a domain rule. <see cref="Exception.Message"/> states the rule; <see cref="Field"/> names the field.</summary>
public sealed class DomainRuleException : ArgumentException
{
    public DomainRuleException(string field, string rule) : base(rule) => Field = field;

    public DomainRuleException() : base("a domain rule was broken") => Field = "";

    public DomainRuleException(string message, Exception inner) : base(message, inner) => Field = "";

    /// <summary>The contract's name of the field (e.g. <c>heading_deg</c>).</summary>
    public string Field { get; }
}
