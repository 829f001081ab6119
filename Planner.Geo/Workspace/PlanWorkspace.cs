using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// A long-lived workspace over one plan: owns the coverage index (rebuilt only when buildings change), the views by
/// camera id, the findings of the rule pack and the plan-wide coverage. Edits are values (<see cref="PlanEdit"/>);
/// <see cref="ApplyAsync"/> returns what changed. Edits are applied one at a time; readers use <see cref="Current"/>,
/// an immutable snapshot, so concurrent reads never see a half-applied edit. Undo/redo restore exact snapshots.
/// Geometry in the plan's working CRS (EPSG <see cref="Plan.Epsg"/>, metres).
/// </summary>
public sealed partial class PlanWorkspace : IDisposable
{
    private const int MaxUndo = 500;

    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<(PlanEdit Edit, WorkspaceSnapshot Before)> undo = [];
    private readonly List<(PlanEdit Edit, WorkspaceSnapshot After)> redo = [];
    private CoverageIndex index;
    private IReadOnlyList<Building> indexedBuildings;
    private volatile WorkspaceSnapshot current;

    private PlanWorkspace(WorkspaceOptions options, CoverageIndex index, IReadOnlyList<Building> indexedBuildings, WorkspaceSnapshot current)
    {
        Options = options;
        this.index = index;
        this.indexedBuildings = indexedBuildings;
        this.current = current;
    }

    public WorkspaceOptions Options { get; }

    /// <summary>The coverage index of the current buildings (for computing views of cameras not in the plan, e.g. candidates).</summary>
    public CoverageIndex Index => index;

    /// <summary>The current state; never half an edit.</summary>
    public WorkspaceSnapshot Current => current;

    public Plan Plan => current.Plan;

    public bool CanUndo
    {
        get
        {
            lock (undo)
            {
                return undo.Count > 0;
            }
        }
    }

    public bool CanRedo
    {
        get
        {
            lock (undo)
            {
                return redo.Count > 0;
            }
        }
    }

    /// <summary>The edits applied so far and not undone, oldest first.</summary>
    public IReadOnlyList<PlanEdit> History
    {
        get
        {
            lock (undo)
            {
                return [.. undo.Select(u => u.Edit)];
            }
        }
    }

    /// <summary>Opens a workspace: builds the index, computes every view, the findings and the plan-wide coverage.</summary>
    public static PlanWorkspace Open(Plan plan, WorkspaceOptions? options = null) =>
        OpenAsync(plan, options, null, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>As <see cref="Open"/>; <paramref name="progress"/> gets (step, done, total) reports.</summary>
    public static Task<PlanWorkspace> OpenAsync(
        Plan plan, WorkspaceOptions? options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= new WorkspaceOptions();
        Guard.That(options.Pack is null || options.Rules is not null, "rules", "rule options are required when a rule pack is given");
        Guard.NonNegative(options.Coverage.TargetHeightM, "target_height_m");
        return Task.Run(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new WorkspaceProgress("index", 0, plan.Buildings.Count));
            var index = CoverageIndex.Build(plan.Buildings);
            var views = ComputeViews(plan.Cameras, index, options, progress, cancellationToken);
            var snapshot = Evaluate(plan, views, options, 0, progress, cancellationToken);
            return new PlanWorkspace(options, index, plan.Buildings, snapshot);
        }, cancellationToken);
    }

    /// <summary>Applies one edit; throws <see cref="DomainRuleException"/> (state unchanged) when the edit is invalid.</summary>
    public WorkspaceChange Apply(PlanEdit edit) => ApplyAsync(edit, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>
    /// Applies one edit and returns what changed. Cancelling leaves the workspace at the state before the edit.
    /// </summary>
    public async Task<WorkspaceChange> ApplyAsync(PlanEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edit);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = current;
            var after = await Task.Run(() => Next(before, edit, cancellationToken), cancellationToken).ConfigureAwait(false);
            lock (undo)
            {
                undo.Add((edit, before));
                if (undo.Count > MaxUndo)
                {
                    undo.RemoveAt(0);
                }

                redo.Clear();
                current = after;
            }

            return Diff(before, after);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Returns to the exact state before the last applied edit; null when there is nothing to undo.</summary>
    public async Task<WorkspaceChange?> UndoAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            WorkspaceSnapshot before;
            WorkspaceSnapshot after;
            lock (undo)
            {
                if (undo.Count == 0)
                {
                    return null;
                }

                var (edit, previous) = undo[^1];
                undo.RemoveAt(undo.Count - 1);
                before = current;
                redo.Add((edit, before));
                after = previous;
                current = after;
            }

            SyncIndex(after.Plan.Buildings);
            return Diff(before, after);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Re-applies the last undone edit; null when there is nothing to redo.</summary>
    public async Task<WorkspaceChange?> RedoAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            WorkspaceSnapshot before;
            WorkspaceSnapshot after;
            lock (undo)
            {
                if (redo.Count == 0)
                {
                    return null;
                }

                var (edit, next) = redo[^1];
                redo.RemoveAt(redo.Count - 1);
                before = current;
                undo.Add((edit, before));
                after = next;
                current = after;
            }

            SyncIndex(after.Plan.Buildings);
            return Diff(before, after);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private WorkspaceSnapshot Next(WorkspaceSnapshot before, PlanEdit edit, CancellationToken cancellationToken)
    {
        var plan = PlanEdits.ApplyTo(before.Plan, edit);
        var buildingsChanged = !ReferenceEquals(plan.Buildings, before.Plan.Buildings);
        Dictionary<string, CameraView> views;
        if (buildingsChanged)
        {
            SyncIndex(plan.Buildings);
            views = ComputeViews(plan.Cameras, index, Options, null, cancellationToken);
        }
        else
        {
            views = new Dictionary<string, CameraView>(StringComparer.Ordinal);
            var previous = before.Plan.Cameras.ToDictionary(c => c.Id, StringComparer.Ordinal);
            foreach (var camera in plan.Cameras)
            {
                cancellationToken.ThrowIfCancellationRequested();
                views[camera.Id] = previous.TryGetValue(camera.Id, out var old) && old == camera
                    ? before.Views[camera.Id]
                    : CoverageEngine.ComputeView(camera, index, Options.Coverage);
            }
        }

        return Evaluate(plan, views, Options, before.Version + 1, null, cancellationToken);
    }

    private void SyncIndex(IReadOnlyList<Building> buildings)
    {
        if (!ReferenceEquals(buildings, indexedBuildings))
        {
            index = CoverageIndex.Build(buildings);
            indexedBuildings = buildings;
        }
    }

    private static Dictionary<string, CameraView> ComputeViews(
        IReadOnlyList<Camera> cameras, CoverageIndex index, WorkspaceOptions options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var list = CoverageEngine.ComputeViews(cameras, index, options.Coverage, done => progress?.Report(new WorkspaceProgress("views", done, cameras.Count)));
        cancellationToken.ThrowIfCancellationRequested();
        return list.ToDictionary(v => v.CameraId, StringComparer.Ordinal);
    }

    private static WorkspaceSnapshot Evaluate(
        Plan plan, Dictionary<string, CameraView> views, WorkspaceOptions options, long version, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        var ordered = plan.Cameras.Select(c => views[c.Id]).ToList();
        progress?.Report(new WorkspaceProgress("findings", 0, plan.Cameras.Count));
        IReadOnlyList<Finding> findings = options.Pack is null
            ? []
            : RuleEngine.Evaluate(options.Pack, plan.Cameras, ordered, plan.Zones, options.Rules!);
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WorkspaceProgress("coverage", 0, plan.Cameras.Count));
        var coverage = PlanCoverage.Compute(ordered, plan.Zones);
        cancellationToken.ThrowIfCancellationRequested();
        return new WorkspaceSnapshot(plan, views, findings, coverage, version);
    }

    private static WorkspaceChange Diff(WorkspaceSnapshot before, WorkspaceSnapshot after)
    {
        var views = new Dictionary<string, CameraView?>(StringComparer.Ordinal);
        foreach (var (id, view) in after.Views)
        {
            if (!before.Views.TryGetValue(id, out var previousView) || !ReferenceEquals(previousView, view))
            {
                views[id] = view;
            }
        }

        foreach (var id in before.Views.Keys.Where(id => !after.Views.ContainsKey(id)))
        {
            views[id] = null;
        }

        var beforeKeys = FindingKey.Of(before.Findings);
        var afterKeys = FindingKey.Of(after.Findings);
        var old = beforeKeys.Zip(before.Findings).ToDictionary(t => t.First, t => t.Second);
        var now = afterKeys.Zip(after.Findings).ToDictionary(t => t.First, t => t.Second);
        var added = now.Where(kv => !old.TryGetValue(kv.Key, out var f) || !SameFinding(f, kv.Value)).Select(kv => (kv.Key, kv.Value)).ToList();
        var removed = old.Where(kv => !now.TryGetValue(kv.Key, out var f) || !SameFinding(f, kv.Value)).Select(kv => kv.Key).ToList();
        return new WorkspaceChange(before, after, views, added, removed);
    }

    private static bool SameFinding(Finding a, Finding b) =>
        ReferenceEquals(a, b)
        || (a.Message == b.Message && a.Severity == b.Severity && a.AreaM2 == b.AreaM2
            && (a.Geometry is null ? b.Geometry is null : b.Geometry is not null && a.Geometry.EqualsExact(b.Geometry)));
}
