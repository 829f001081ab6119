using Planner.Geo.Coverage;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// What differs between two snapshots: views compared by object (a recomputed view is a new object), findings compared
/// per camera (lists shared between snapshots are skipped without looking inside) and by stable <see cref="FindingKey"/>.
/// </summary>
internal static class WorkspaceDiff
{
    public static WorkspaceChange Between(WorkspaceSnapshot before, WorkspaceSnapshot after)
    {
        var views = new Dictionary<string, CameraView?>(StringComparer.Ordinal);
        if (!ReferenceEquals(before.ViewMap, after.ViewMap))
        {
            foreach (var (id, view) in after.ViewMap)
            {
                if (!before.ViewMap.TryGetValue(id, out var previousView) || !ReferenceEquals(previousView, view))
                {
                    views[id] = view;
                }
            }

            foreach (var id in before.ViewMap.Keys.Where(id => !after.ViewMap.ContainsKey(id)))
            {
                views[id] = null;
            }
        }

        var added = new List<(FindingKey, Finding)>();
        var removed = new List<FindingKey>();
        if (!ReferenceEquals(before.CameraFindingMap, after.CameraFindingMap))
        {
            foreach (var (id, findings) in after.CameraFindingMap)
            {
                var old = before.CameraFindingMap.GetValueOrDefault(id) ?? [];
                if (!ReferenceEquals(old, findings))
                {
                    Compare(old, findings, added, removed);
                }
            }

            foreach (var (id, findings) in before.CameraFindingMap.Where(kv => !after.CameraFindingMap.ContainsKey(kv.Key)))
            {
                Compare(findings, [], added, removed);
            }
        }

        if (!ReferenceEquals(before.PlanFindings, after.PlanFindings))
        {
            Compare(before.PlanFindings, after.PlanFindings, added, removed);
        }

        return new WorkspaceChange(before, after, views, added, removed);
    }

    internal static void Compare(IReadOnlyList<Finding> before, IReadOnlyList<Finding> after, List<(FindingKey, Finding)> added, List<FindingKey> removed)
    {
        var old = FindingKey.Of(before).Zip(before).ToDictionary(t => t.First, t => t.Second);
        var now = FindingKey.Of(after).Zip(after).ToDictionary(t => t.First, t => t.Second);
        added.AddRange(now.Where(kv => !old.TryGetValue(kv.Key, out var f) || !Same(f, kv.Value)).Select(kv => (kv.Key, kv.Value)));
        removed.AddRange(old.Where(kv => !now.TryGetValue(kv.Key, out var f) || !Same(f, kv.Value)).Select(kv => kv.Key));
    }

    private static bool Same(Finding a, Finding b) =>
        ReferenceEquals(a, b)
        || (a.Message == b.Message && a.Severity == b.Severity && a.AreaM2 == b.AreaM2
            && (a.Geometry is null ? b.Geometry is null : b.Geometry is not null && a.Geometry.EqualsExact(b.Geometry)));
}
