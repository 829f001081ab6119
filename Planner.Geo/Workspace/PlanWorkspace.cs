using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Workspace;

/// <summary>
/// A long-lived workspace over one plan: owns the coverage index (rebuilt only when buildings change), the views by
/// camera id (recomputed only when a camera's position or optics change), the rule session (zone unions, buffers and
/// public parts cached per zones layer), each camera's findings, the plan-level findings and the plan-wide coverage
/// mosaic (only the tiles an edited view touches are recombined). Edits are values (<see cref="PlanEdit"/>);
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
    private volatile WorkspaceSnapshot current;

    private PlanWorkspace(WorkspaceOptions options, WorkspaceSnapshot current)
    {
        Options = options;
        this.current = current;
    }

    public WorkspaceOptions Options { get; }

    /// <summary>The coverage index of the current buildings (for computing views of cameras not in the plan, e.g. candidates).</summary>
    public CoverageIndex Index => current.Index;

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

    /// <summary>
    /// As <see cref="Open"/>; <paramref name="progress"/> gets (step, done, total) reports for the steps "index", "views",
    /// "findings", "plan-findings" and "coverage". Cancelling throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public static Task<PlanWorkspace> OpenAsync(
        Plan plan, WorkspaceOptions? options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options = Validated(options);
        return Task.Run(() => new PlanWorkspace(options, WorkspaceState.Build(plan, options, progress, cancellationToken)), cancellationToken);
    }

    /// <summary>Opens a workspace over the plan a store loads (the store's errors pass through; its load warnings are not kept).</summary>
    public static async Task<PlanWorkspace> OpenAsync(
        Stores.IPlanStore store, WorkspaceOptions? options, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        progress?.Report(new WorkspaceProgress("load", 0, 1));
        var loaded = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(new WorkspaceProgress("load", 1, 1));
        return await OpenAsync(loaded.Plan, options, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies one edit; throws <see cref="DomainRuleException"/> (state unchanged) when the edit is invalid.</summary>
    public WorkspaceChange Apply(PlanEdit edit)
    {
        // Computed on the caller's thread: no hand-off to the thread pool for the common small edit.
        ArgumentNullException.ThrowIfNull(edit);
        gate.Wait();
        try
        {
            var before = current;
            return Commit(edit, before, WorkspaceState.Next(before, edit, Options, CancellationToken.None));
        }
        finally
        {
            gate.Release();
        }
    }

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
            var after = await Task.Run(() => WorkspaceState.Next(before, edit, Options, cancellationToken), cancellationToken).ConfigureAwait(false);
            return Commit(edit, before, after);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// What the workspace would compute for a camera that is not applied (e.g. an optimiser's candidate): its view against
    /// the current buildings and its own findings against the current zones (empty without a rule pack).
    /// </summary>
    public (CameraView View, IReadOnlyList<Rules.Finding> Findings) Preview(Camera camera)
    {
        ArgumentNullException.ThrowIfNull(camera);
        var snapshot = current;
        var view = CoverageEngine.ComputeView(camera, snapshot.Index, Options.Coverage);
        return (view, snapshot.Rules?.CameraFindings(camera, view) ?? []);
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

            return WorkspaceDiff.Between(before, after);
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

            return WorkspaceDiff.Between(before, after);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private WorkspaceChange Commit(PlanEdit edit, WorkspaceSnapshot before, WorkspaceSnapshot after)
    {
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

        return WorkspaceDiff.Between(before, after);
    }

    private static WorkspaceOptions Validated(WorkspaceOptions? options)
    {
        options ??= new WorkspaceOptions();
        Guard.That(options.Pack is null || options.Rules is not null, "rules", "rule options are required when a rule pack is given");
        Guard.NonNegative(options.Coverage.TargetHeightM, "target_height_m");
        Guard.Positive(options.TileSizeM, "tile_size_m");
        return options;
    }
}
