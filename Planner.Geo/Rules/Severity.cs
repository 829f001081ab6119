namespace Planner.Geo.Rules;

/// <summary>How serious a finding is. Contract names: fail, warn, info. Ordered: Info &lt; Warn &lt; Fail.</summary>
public enum Severity
{
    Info = 0,
    Warn = 1,
    Fail = 2,
}

public static class Severities
{
    public static string ToContractName(this Severity severity) => severity.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out Severity severity)
    {
        severity = default;
        return text is "fail" or "warn" or "info" && Enum.TryParse(text, ignoreCase: true, out severity);
    }
}
