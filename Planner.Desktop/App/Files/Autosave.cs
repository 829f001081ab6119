using Planner.Geo;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App.Files;

/// <summary>A recovery file with edits newer than the plan, offered for restoring; <see cref="Written"/> in local time.</summary>
internal sealed record RecoveryOffer(string Path, DateTime Written);

/// <summary>
/// Writes the session's unsaved edits to a recovery GeoPackage (<see cref="RecoveryFiles"/>) on the
/// <see cref="AutosaveSchedule"/>, atomically (a temporary file renamed into place), and removes it after a clean save
/// or when the app stops with nothing unsaved. On start, and after opening another plan, a recovery file newer than
/// the plan is <see cref="Offer"/>ed; until the user restores or discards it, nothing overwrites it.
/// </summary>
internal sealed class Autosave : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(200);
    private readonly PlanSession session;
    private readonly string appData;
    private readonly AutosaveSchedule schedule;
    private readonly SemaphoreSlim io = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Lock gate = new();
    private DateTime? firstPending;
    private DateTime lastEdit;
    private WorkspaceSnapshot? written;
    private Task? loop;

    public Autosave(PlanSession session)
        : this(session, RecoveryFiles.AppDataFolder(), AutosaveSchedule.Default)
    {
    }

    internal Autosave(PlanSession session, string appData, AutosaveSchedule schedule)
    {
        this.session = Guard.NotNull(session, "session");
        this.appData = appData;
        this.schedule = schedule;
        RecoveryPath = RecoveryFiles.PathFor(session.Store, appData);
        Offer = FindOffer();
        session.Changed += OnChanged;
        session.Saved += OnSaved;
        session.Reopened += OnReopened;
    }

    /// <summary>Raised when <see cref="Offer"/> or <see cref="LastWritten"/> changes.</summary>
    public event Action? StateChanged;

    /// <summary>Where the current plan's unsaved edits are written.</summary>
    public string RecoveryPath { get; private set; }

    /// <summary>A recovery file waiting for the user's choice; null when there is none.</summary>
    public RecoveryOffer? Offer { get; private set; }

    /// <summary>When the recovery file was last written (local time); null when it holds nothing of this session.</summary>
    public DateTime? LastWritten { get; private set; }

    /// <summary>The last write's failure as one line (e.g. a read-only folder); null after a successful write.</summary>
    public string? LastError { get; private set; }

    /// <summary>Starts the background timer (idempotent).</summary>
    public void Start()
    {
        lock (gate)
        {
            loop ??= Task.Run(LoopAsync);
        }
    }

    /// <summary>Writes now if anything is due at <paramref name="utcNow"/>; true when a recovery file was written or removed.</summary>
    public async Task<bool> TickAsync(DateTime utcNow)
    {
        lock (gate)
        {
            if (firstPending is not { } first || Offer is not null || utcNow < schedule.Due(first, lastEdit))
            {
                return false;
            }

            firstPending = null;
        }

        return await WriteNowAsync().ConfigureAwait(false);
    }

    /// <summary>Brings the recovery file up to date with the session: written when there are unsaved edits, removed when there are none.</summary>
    public async Task<bool> WriteNowAsync()
    {
        await io.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Offer is not null)
            {
                return false;
            }

            var snapshot = session.Current;
            var path = RecoveryPath;
            if (!session.Unsaved)
            {
                RecoveryFiles.Remove(path);
                written = null;
                LastWritten = null;
                return true;
            }

            if (ReferenceEquals(snapshot, written))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await Task.Run(() => GeoPackagePlanStore.Write(path, snapshot.Plan)).ConfigureAwait(false);
            written = snapshot;
            LastWritten = DateTime.Now;
            LastError = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputException)
        {
            LastError = "autosave failed: " + ex.Message;
        }
        finally
        {
            io.Release();
        }

        StateChanged?.Invoke();
        return true;
    }

    /// <summary>Applies the offered recovery file's plan to the session as one edit (undoable, unsaved); returns a one-line summary.</summary>
    public async Task<string> RestoreAsync(CancellationToken cancellationToken = default)
    {
        var offer = Offer ?? throw new DomainRuleException("recovery", "there is no recovery file to restore");
        var recovered = await new GeoPackageFileStore(offer.Path).LoadAsync(cancellationToken).ConfigureAwait(false);
        var edit = LayerImport.Become(session.Current.Plan, recovered.Plan);
        Offer = null;
        if (edit is not null)
        {
            await session.ApplyAsync(edit, cancellationToken).ConfigureAwait(false);
        }

        StateChanged?.Invoke();
        return edit is null
            ? $"the recovery file {offer.Path} holds the same plan as the file; nothing to restore"
            : $"restored the unsaved edits of {offer.Written:HH:mm} from {offer.Path}; Save to keep them in the plan";
    }

    /// <summary>Moves the offered recovery file aside (kept, renamed) and returns where it went.</summary>
    public string Discard()
    {
        var offer = Offer ?? throw new DomainRuleException("recovery", "there is no recovery file to discard");
        io.Wait();
        try
        {
            var aside = RecoveryFiles.SetAside(offer.Path, DateTime.Now);
            Offer = null;
            return aside;
        }
        finally
        {
            io.Release();
            StateChanged?.Invoke();
        }
    }

    /// <summary>
    /// For a clean exit: stops the timer; with unsaved edits the recovery file is brought up to date (they are offered
    /// at the next start) and its path returned; with none it is removed and null returned.
    /// </summary>
    public async Task<string?> StopAsync()
    {
        await stop.CancelAsync().ConfigureAwait(false);
        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        if (Offer is not null)
        {
            return null;
        }

        await WriteNowAsync().ConfigureAwait(false);
        return session.Unsaved && LastError is null ? RecoveryPath : null;
    }

    public void Dispose()
    {
        session.Changed -= OnChanged;
        session.Saved -= OnSaved;
        session.Reopened -= OnReopened;
        stop.Cancel();
        stop.Dispose();
    }

    private async Task LoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Tick, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await TickAsync(DateTime.UtcNow).ConfigureAwait(false);
        }
    }

    private RecoveryOffer? FindOffer()
    {
        var plan = session.Store is GeoPackageFileStore file ? file.Path : null;
        return RecoveryFiles.IsOffered(RecoveryPath, plan) ? new RecoveryOffer(RecoveryPath, File.GetLastWriteTime(RecoveryPath)) : null;
    }

    private void OnChanged(WorkspaceChange change)
    {
        var now = DateTime.UtcNow;
        lock (gate)
        {
            firstPending ??= now;
            lastEdit = now;
        }
    }

    // After a save the edits are in the plan: the recovery file goes (and a save-as moves where later ones are written).
    private void OnSaved(string description) => Switch(offerAgain: false);

    // Opening another plan discards this one's edits (the user confirmed); the new plan may have a recovery file of its own.
    private void OnReopened() => Switch(offerAgain: true);

    private void Switch(bool offerAgain)
    {
        io.Wait();
        try
        {
            if (Offer is null)
            {
                RecoveryFiles.Remove(RecoveryPath);
            }

            lock (gate)
            {
                firstPending = null;
            }

            written = null;
            LastWritten = null;
            RecoveryPath = RecoveryFiles.PathFor(session.Store, appData);
            if (offerAgain)
            {
                Offer = FindOffer();
            }
            else if (Offer is not null && Offer.Path == RecoveryPath)
            {
                // Saving over the plan while a recovery was offered: the offer stays, but it is no longer newer than the plan.
                Offer = FindOffer();
            }
        }
        catch (IOException ex)
        {
            LastError = "autosave: " + ex.Message;
        }
        finally
        {
            io.Release();
        }

        StateChanged?.Invoke();
    }
}
