namespace Planner.Geo.Rules;

/// <summary>The result of <c>planner check</c>: which pack (with its hash), language, date and CRS, and the findings in order.</summary>
public sealed record CheckReport(RulePack Pack, string Language, DateOnly Today, int Epsg, int CameraCount, IReadOnlyList<Finding> Findings)
{
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
