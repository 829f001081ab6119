using Planner.Geo.Coverage;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// What one applied edit changed. <see cref="Views"/>: recomputed views by camera id (null value = camera deleted);
/// <see cref="FindingsAdded"/>/<see cref="FindingsRemoved"/>: by stable <see cref="FindingKey"/> (a finding whose
/// message or geometry changed is removed and added); <see cref="Figures"/>: the plan's coverage figures after the edit.
/// </summary>
public sealed record WorkspaceChange(
    WorkspaceSnapshot Before,
    WorkspaceSnapshot After,
    IReadOnlyDictionary<string, CameraView?> Views,
    IReadOnlyList<(FindingKey Key, Finding Finding)> FindingsAdded,
    IReadOnlyList<FindingKey> FindingsRemoved)
{
    public PlanFigures Figures => After.Figures;

    /// <summary>True when plan-level findings (no camera) were added or removed.</summary>
    public bool PlanFindingsChanged =>
        FindingsAdded.Any(f => f.Key.CameraId is null) || FindingsRemoved.Any(k => k.CameraId is null);
}
