using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// One consistent state of a workspace: the plan, every camera's view (by camera id), the findings (camera findings
/// by camera id then rule id, then plan-level findings; the order of <see cref="RuleEngine"/>), and the plan-wide
/// coverage. Immutable; readers hold a snapshot while edits produce the next one, so a read never sees half an edit.
/// </summary>
public sealed record WorkspaceSnapshot(
    Plan Plan,
    IReadOnlyDictionary<string, CameraView> Views,
    IReadOnlyList<Finding> Findings,
    PlanCoverage Coverage,
    long Version)
{
    public PlanFigures Figures => PlanFigures.From(Coverage, Plan.Cameras.Count);

    /// <summary>Views in the plan's camera order.</summary>
    public IReadOnlyList<CameraView> ViewsInPlanOrder => [.. Plan.Cameras.Select(c => Views[c.Id])];
}
