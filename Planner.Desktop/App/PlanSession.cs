using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App;

/// <summary>
/// The one plan the app works on: its workspace (every edit goes through it), where it is stored (null for the bundled
/// sample until it is saved), the camera catalogue and which cameras are proposed. Every browser window of the app
/// shares it; <see cref="Changed"/> tells them about each applied edit, undo and redo, and <see cref="Reopened"/> that the
/// session switched to another plan (<see cref="OpenAsync(IPlanStore, IDisposable?, CancellationToken)"/>).
/// </summary>
internal sealed class PlanSession : IDisposable
{
    private readonly Lock switching = new();
    private HashSet<string> existingIds;
    private WorkspaceSnapshot saved;
    private IDisposable? storeOwner;

    private PlanSession(PlanWorkspace workspace, IPlanStore? store, CameraCatalogue catalogue, IReadOnlyList<string> warnings)
    {
        Workspace = workspace;
        Store = store;
        Catalogue = catalogue;
        Warnings = warnings;
        existingIds = [.. workspace.Plan.Cameras.Select(c => c.Id)];
        saved = workspace.Current;
    }

    /// <summary>Raised after every applied edit, undo or redo (on the thread that made it).</summary>
    public event Action<WorkspaceChange>? Changed;

    /// <summary>Raised after the session switched to another plan: every window reloads its panels and map.</summary>
    public event Action? Reopened;

    /// <summary>Raised after a successful save, with the store's description.</summary>
    public event Action<string>? Saved;

    /// <summary>The open plan's workspace; replaced (the old one disposed) when another plan is opened.</summary>
    public PlanWorkspace Workspace { get; private set; }

    /// <summary>Where the plan is saved; null while it is the unsaved bundled sample.</summary>
    public IPlanStore? Store { get; private set; }

    public CameraCatalogue Catalogue { get; }

    /// <summary>Warnings of the reader that loaded the plan.</summary>
    public IReadOnlyList<string> Warnings { get; private set; }

    public WorkspaceSnapshot Current => Workspace.Current;

    /// <summary>True when the current state is not the one opened or last saved (undo back to it counts as saved).</summary>
    public bool Unsaved => !ReferenceEquals(Current, saved);

    /// <summary>
    /// A camera is <em>existing</em> when it was in the plan as opened and <em>proposed</em> when it was added in this
    /// session (the plan model has no status field yet, so a saved and reopened plan shows all its cameras as existing).
    /// </summary>
    public bool IsProposed(string cameraId) => !existingIds.Contains(cameraId);

    /// <summary>Opens the bundled sample or a GeoPackage plan with the Danish rule pack (English texts).</summary>
    public static async Task<PlanSession> OpenAsync(Plan? sample, string? planPath, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(sample, planPath, cancellationToken).ConfigureAwait(false);
        return await loaded.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the plan, the rule pack and the camera catalogue (bad input throws <see cref="InputException"/> here, before
    /// anything is served); <see cref="LoadedPlan.OpenAsync"/> then computes the workspace, which takes longer.
    /// </summary>
    public static async Task<LoadedPlan> LoadAsync(Plan? sample, string? planPath, CancellationToken cancellationToken)
    {
        IPlanStore? store = null;
        Plan plan;
        IReadOnlyList<string> warnings = [];
        if (planPath is not null)
        {
            if (!File.Exists(planPath))
            {
                throw new InputException(planPath, null, null, "the plan file does not exist");
            }

            store = new GeoPackageFileStore(Path.GetFullPath(planPath));
            var read = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
            (plan, warnings) = (read.Plan, read.Warnings);
        }
        else
        {
            plan = Guard.NotNull(sample, "plan");
        }

        var pack = RulePackLoader.Load(RulePackLocator.Find());
        var catalogue = CameraCatalogueLoader.LoadDirectory(null);
        var options = new WorkspaceOptions
        {
            Pack = pack,
            Rules = new RuleEngineOptions { Today = CopenhagenTime.Today(), Language = "en" },
        };
        return new LoadedPlan(plan, store, catalogue, warnings, options);
    }

    /// <summary>A plan read and checked, its workspace not computed yet.</summary>
    internal sealed record LoadedPlan(Plan Plan, IPlanStore? Store, CameraCatalogue Catalogue, IReadOnlyList<string> Warnings, WorkspaceOptions Options)
    {
        public async Task<PlanSession> OpenAsync(CancellationToken cancellationToken)
        {
            var workspace = await PlanWorkspace.OpenAsync(Plan, Options, null, cancellationToken).ConfigureAwait(false);
            return new PlanSession(workspace, Store, Catalogue, Warnings);
        }
    }

    /// <summary>
    /// Switches the session to the plan in <paramref name="store"/> (read and checked first: bad input throws
    /// <see cref="InputException"/> and the current plan stays open), with the same rule pack and options. The previous
    /// workspace is disposed, undo history starts afresh and <see cref="Reopened"/> is raised. <paramref name="owner"/>
    /// (e.g. a database connection the store uses) is disposed when the session closes or switches again.
    /// </summary>
    public async Task OpenAsync(IPlanStore store, IDisposable? owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var read = await store.LoadAsync(cancellationToken).ConfigureAwait(false);
        var workspace = await PlanWorkspace.OpenAsync(read.Plan, Workspace.Options, null, cancellationToken).ConfigureAwait(false);
        PlanWorkspace old;
        IDisposable? oldOwner;
        lock (switching)
        {
            old = Workspace;
            oldOwner = storeOwner;
            Workspace = workspace;
            Store = store;
            storeOwner = owner;
            Warnings = read.Warnings;
            existingIds = [.. workspace.Plan.Cameras.Select(c => c.Id)];
            saved = workspace.Current;
        }

        Reopened?.Invoke();
        old.Dispose();
        oldOwner?.Dispose();
    }

    /// <summary>Applies an edit; a <see cref="DomainRuleException"/> leaves the plan as it was and is rethrown for the UI.</summary>
    public async Task<WorkspaceChange> ApplyAsync(PlanEdit edit, CancellationToken cancellationToken = default)
    {
        var change = await Workspace.ApplyAsync(edit, cancellationToken).ConfigureAwait(false);
        Changed?.Invoke(change);
        return change;
    }

    public async Task<WorkspaceChange?> UndoAsync(CancellationToken cancellationToken = default)
    {
        var change = await Workspace.UndoAsync(cancellationToken).ConfigureAwait(false);
        if (change is not null)
        {
            Changed?.Invoke(change);
        }

        return change;
    }

    public async Task<WorkspaceChange?> RedoAsync(CancellationToken cancellationToken = default)
    {
        var change = await Workspace.RedoAsync(cancellationToken).ConfigureAwait(false);
        if (change is not null)
        {
            Changed?.Invoke(change);
        }

        return change;
    }

    /// <summary>
    /// Saves the current plan atomically through a <see cref="GeoPackageFileStore"/> (a failure leaves the previous
    /// file intact). <paramref name="path"/> null = the file the plan came from.
    /// </summary>
    public async Task<string> SaveAsync(string? path, CancellationToken cancellationToken = default)
    {
        if (path is not null)
        {
            Guard.That(path.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase), "path", "a plan file name must end in .gpkg");
        }

        var store = path is null ? Store : new GeoPackageFileStore(Path.GetFullPath(path));
        if (store is null)
        {
            throw new DomainRuleException("path", "the sample has no file yet: give a path ending in .gpkg to save it");
        }

        var snapshot = Current;
        await store.SaveAsync(snapshot.Plan, cancellationToken).ConfigureAwait(false);
        if (!ReferenceEquals(store, Store))
        {
            Store = store;
            storeOwner?.Dispose();
            storeOwner = null;
        }

        saved = snapshot;
        Saved?.Invoke(store.Description);
        return store.Description;
    }

    /// <summary>
    /// Views of cameras as edited but not yet applied, from the workspace's coverage index of the current buildings
    /// (the same computation the workspace makes for an edited camera), by camera id.
    /// </summary>
    public IReadOnlyDictionary<string, CameraView> PreviewViews(IReadOnlyList<Camera> cameras)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        var index = Workspace.Index;
        return cameras.ToDictionary(c => c.Id, c => CoverageEngine.ComputeView(c, index, Workspace.Options.Coverage), StringComparer.Ordinal);
    }

    /// <summary>A camera id not used in the plan: <paramref name="prefix"/> followed by the smallest free number.</summary>
    public string NextCameraId(string prefix = "new-")
    {
        var used = Current.Plan.Cameras.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var n = 1; ; n++)
        {
            var id = prefix + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!used.Contains(id))
            {
                return id;
            }
        }
    }

    public void Dispose()
    {
        Workspace.Dispose();
        storeOwner?.Dispose();
    }
}
