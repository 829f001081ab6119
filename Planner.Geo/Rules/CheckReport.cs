namespace Planner.Geo.Rules;

/// <summary>
/// The result of <c>planner check</c>: which pack (with its hash), language, date and CRS, and the findings in order.
/// <see cref="UncheckedCameraIds"/>: cameras without an operator type, to which no rule can apply — listed so that a
/// camera never passes silently for lack of data.
/// </summary>
public sealed record CheckReport(RulePack Pack, string Language, DateOnly Today, int Epsg, int CameraCount, IReadOnlyList<Finding> Findings)
{
    public IReadOnlyList<string> UncheckedCameraIds { get; init; } = [];

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
