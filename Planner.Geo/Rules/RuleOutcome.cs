namespace Planner.Geo.Rules;

/// <summary>One outcome a rule's check can report (e.g. "no_permit"), with its severity and message template.</summary>
public sealed record RuleOutcome(string Key, Severity Severity, LocalizedText Message);
