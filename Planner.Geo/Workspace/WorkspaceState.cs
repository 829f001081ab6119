using System.Collections.Immutable;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// Computes workspace snapshots: <see cref="Build"/> from scratch (views, camera findings and mosaic tiles in parallel),
/// <see cref="Next"/> from the previous snapshot and one edit, recomputing only what the edit reaches — the views of
/// cameras whose position or optics changed, the findings of cameras that changed, the plan-level findings, and the
/// mosaic tiles the old and new views touch. A layer edit (buildings: every view; zones: every finding) falls back to
/// the parts that depend on it. Pure: inputs are never mutated, so a cancelled computation leaves nothing behind.
/// </summary>
internal static class WorkspaceState
{
    public static WorkspaceSnapshot Build(Plan plan, WorkspaceOptions options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WorkspaceProgress("index", 0, plan.Buildings.Count));
        var index = CoverageIndex.Build(plan.Buildings);
        progress?.Report(new WorkspaceProgress("index", plan.Buildings.Count, plan.Buildings.Count));
        var views = ComputeViews(plan.Cameras, index, options, progress, cancellationToken);
        var viewMap = ImmutableDictionary.CreateRange(StringComparer.Ordinal, views.Select(v => KeyValuePair.Create(v.CameraId, v)));
        var rules = Session(plan, options);
        var cameraFindings = Findings(rules, plan.Cameras, viewMap, options, progress, cancellationToken);
        var planLevel = PlanLevel(rules, plan.Cameras, viewMap, progress, cancellationToken);
        var mosaic = Mosaic(views, options, progress, cancellationToken);
        return new WorkspaceSnapshot(plan, viewMap, cameraFindings, planLevel, mosaic, index, rules, 0);
    }

    public static WorkspaceSnapshot Next(WorkspaceSnapshot before, PlanEdit edit, WorkspaceOptions options, CancellationToken cancellationToken)
    {
        var plan = PlanEdits.ApplyTo(before.Plan, edit);
        cancellationToken.ThrowIfCancellationRequested();
        if (!ReferenceEquals(plan.Buildings, before.Plan.Buildings))
        {
            // A new buildings layer changes every view: as costly as opening, so compute it the same way.
            var fresh = Build(plan, options, null, cancellationToken);
            return new WorkspaceSnapshot(plan, fresh.ViewMap, fresh.CameraFindingMap, fresh.PlanLevel, fresh.Mosaic, fresh.Index, fresh.Rules, before.Version + 1);
        }

        var zonesChanged = !ReferenceEquals(plan.Zones, before.Plan.Zones);
        var rules = zonesChanged ? Session(plan, options) : before.Rules;
        var previous = new Dictionary<string, Camera>(before.Plan.Cameras.Count, StringComparer.Ordinal);
        foreach (var c in before.Plan.Cameras)
        {
            previous[c.Id] = c;
        }

        var present = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<Camera>();
        var views = before.ViewMap.ToBuilder();
        foreach (var camera in plan.Cameras)
        {
            present.Add(camera.Id);
            if (!previous.TryGetValue(camera.Id, out var old) || old != camera)
            {
                changed.Add(camera);
            }
        }

        var removed = before.Plan.Cameras.Where(c => !present.Contains(c.Id)).Select(c => c.Id).ToList();
        var needViews = changed.Where(c => !previous.TryGetValue(c.Id, out var old) || !SameGeometry(old, c)).ToList();
        var newViews = ComputeViews(needViews, before.Index, options, null, cancellationToken);
        foreach (var id in removed)
        {
            views.Remove(id);
        }

        foreach (var view in newViews)
        {
            views[view.CameraId] = view;
        }

        var viewMap = views.ToImmutable();
        ImmutableDictionary<string, IReadOnlyList<Finding>> cameraFindings;
        if (zonesChanged)
        {
            cameraFindings = Findings(rules, plan.Cameras, viewMap, options, null, cancellationToken);
        }
        else
        {
            var builder = before.CameraFindingMap.ToBuilder();
            builder.RemoveRange(removed);
            foreach (var (id, findings) in Findings(rules, changed, viewMap, options, null, cancellationToken))
            {
                builder[id] = findings;
            }

            cameraFindings = builder.ToImmutable();
        }

        // Plan-level findings: only the changed cameras are asked again, only the groups they touch rebuilt.
        var planLevel = zonesChanged || before.PlanLevel is null ? PlanLevel(rules, plan.Cameras, viewMap, null, cancellationToken)
            : changed.Count > 0 || removed.Count > 0 ? rules!.PlanLevel(before.PlanLevel, changed, removed, viewMap, cancellationToken)
            : before.PlanLevel;
        var mosaic = newViews.Count > 0 || removed.Count > 0
            ? before.Mosaic.Apply(removed, newViews, options.Coverage.MaxDegreeOfParallelism, null, cancellationToken)
            : before.Mosaic;
        return new WorkspaceSnapshot(plan, viewMap, cameraFindings, planLevel, mosaic, before.Index, rules, before.Version + 1);
    }

    /// <summary>Whether two cameras see the same ground: same position and optics (attributes such as operator do not matter).</summary>
    private static bool SameGeometry(Camera a, Camera b) => a.X.Equals(b.X) && a.Y.Equals(b.Y) && a.Optics == b.Optics;

    // The rules see the plan's buildings too (dwelling facades at window heights, the camera's mount).
    private static RuleSession? Session(Plan plan, WorkspaceOptions options) =>
        options.Pack is null ? null : new RuleSession(options.Pack, plan.Zones, options.Rules! with { Buildings = plan.Buildings.Count > 0 ? plan.Buildings : null });

    private static IReadOnlyList<CameraView> ComputeViews(
        IReadOnlyList<Camera> cameras, CoverageIndex index, WorkspaceOptions options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        if (cameras.Count == 0)
        {
            return [];
        }

        progress?.Report(new WorkspaceProgress("views", 0, cameras.Count));
        return CoverageEngine.ComputeViews(
            cameras, index, options.Coverage, done => progress?.Report(new WorkspaceProgress("views", done, cameras.Count)), cancellationToken);
    }

    internal static ImmutableDictionary<string, IReadOnlyList<Finding>> Findings(
        RuleSession? rules,
        IReadOnlyList<Camera> cameras,
        IReadOnlyDictionary<string, CameraView> views,
        WorkspaceOptions options,
        IProgress<WorkspaceProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (rules is null || cameras.Count == 0)
        {
            return ImmutableDictionary<string, IReadOnlyList<Finding>>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var results = new IReadOnlyList<Finding>[cameras.Count];
        var done = 0;
        progress?.Report(new WorkspaceProgress("findings", 0, cameras.Count));
        void One(int i)
        {
            results[i] = rules.CameraFindings(cameras[i], views[cameras[i].Id]);
            progress?.Report(new WorkspaceProgress("findings", Interlocked.Increment(ref done), cameras.Count));
        }

        if (cameras.Count > 1 && options.Coverage.Parallel)
        {
            Parallel.For(0, cameras.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Coverage.MaxDegreeOfParallelism, CancellationToken = cancellationToken }, One);
        }
        else
        {
            for (var i = 0; i < cameras.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                One(i);
            }
        }

        return ImmutableDictionary.CreateRange(StringComparer.Ordinal, cameras.Select((c, i) => KeyValuePair.Create(c.Id, results[i])));
    }

    internal static PlanLevelFindings? PlanLevel(
        RuleSession? rules,
        IReadOnlyList<Camera> cameras,
        IReadOnlyDictionary<string, CameraView> views,
        IProgress<WorkspaceProgress>? progress,
        CancellationToken cancellationToken)
    {
        if (rules is null)
        {
            return null;
        }

        progress?.Report(new WorkspaceProgress("plan-findings", 0, 1));
        var findings = rules.PlanLevel(cameras, views, cancellationToken);
        progress?.Report(new WorkspaceProgress("plan-findings", 1, 1));
        return findings;
    }

    private static CoverageMosaic Mosaic(IReadOnlyList<CameraView> views, WorkspaceOptions options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        progress?.Report(new WorkspaceProgress("coverage", 0, 0));
        var tiles = progress is null ? null : new Progress<int>(done => progress.Report(new WorkspaceProgress("coverage", done, 0)));
        return CoverageMosaic.Build(views, options.TileSizeM, options.Coverage.MaxDegreeOfParallelism, tiles, cancellationToken);
    }
}
