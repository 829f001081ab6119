using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Planner.Geo;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using Planner.Geo.Placement;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App.Optimise;

/// <summary>
/// The app's Optimise action over the plan session: runs <see cref="PlacementPlanner"/> through the session's workspace
/// (candidate views and findings come from it; the plan is not changed) off the UI thread with progress and
/// cancellation, keeps the proposals still open, and turns an accepted one into a camera of the plan through one
/// workspace edit (undoable like any edit). Existing cameras are never moved: proposals are only ever added.
/// </summary>
internal sealed class OptimiseService(PlanSession session)
{
    private readonly Lock gate = new();
    private List<PlacedCamera> open = [];
    private int accepted;
    private int rejected;

    // The proposals belong to the plan open when they were computed; opening another plan makes them foreign.
    private PlanWorkspace? runWorkspace;

    /// <summary>Raised when the run or the open proposals change.</summary>
    public event Action? Changed;

    /// <summary>The last finished run; null before the first.</summary>
    public OptimiseRun? Latest { get; private set; }

    /// <summary>Proposals of the last run not yet accepted or rejected, in rank order.</summary>
    public IReadOnlyList<PlacedCamera> Open
    {
        get
        {
            lock (gate)
            {
                return [.. open];
            }
        }
    }

    public int Accepted => accepted;

    public int Rejected => rejected;

    /// <summary>True when the plan has changed since the last run (its gains were computed for another layout).</summary>
    public bool Stale => Latest is { } run && (run.PlanVersion != session.Current.Version || !ReferenceEquals(runWorkspace, session.Workspace));

    /// <summary>
    /// Generates or reads the candidates, builds the demand and runs the optimiser. Bad settings throw
    /// <see cref="DomainRuleException"/> or <see cref="InputException"/> with the rule; the previous run is kept then.
    /// </summary>
    public async Task<OptimiseRun> RunAsync(OptimiseQuery query, IProgress<WorkspaceProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        Guard.Positive(query.K, "k");
        var result = await Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var workspace = session.Workspace;
            var snapshot = workspace.Current;
            var plan = snapshot.Plan;
            progress?.Report(new WorkspaceProgress("candidates", 0, 1));
            var candidates = query.CandidatesPath is { } path
                ? CandidateSource.FromFile(path, plan, null)
                : CandidateSource.Generate(plan, session.Catalogue, query.Generate);
            cancellationToken.ThrowIfCancellationRequested();
            var selection = PlanHotspots.Select(plan, query.Filter);
            var used = selection.Used;
            if (used.Count == 0)
            {
                throw new DomainRuleException("incidents", "no incident of the plan matches the filter, so there is no demand to cover");
            }

            var demand = query.Demand switch
            {
                DemandKind.Incidents => Demand.FromIncidents(used, query.Weights),
                DemandKind.Kde => Demand.FromKde(PlanHotspots.Run(selection, new HotspotOptions(query.CellM, query.BandwidthM)).Grid!),
                _ => Demand.FromHotCells(PlanHotspots.Run(selection, new HotspotOptions(query.CellM, query.BandwidthM)).Grid!),
            };
            if (demand.Count == 0)
            {
                throw new DomainRuleException("demand", $"no significant hot cell among {used.Count} incidents; use incidents as demand");
            }

            var report = PlacementPlanner.Run(workspace, candidates.Candidates, demand,
                new PlacementRequest { Level = query.Level, K = query.K, Backup = query.Backup }, progress, cancellationToken);
            return (Run: new OptimiseRun(query, report, candidates.Source, candidates.Warnings, used.Count, plan.Cameras.Count,
                snapshot.Version, DateTimeOffset.Now, watch.Elapsed), Workspace: workspace);
        }, cancellationToken).ConfigureAwait(false);
        var run = result.Run;
        lock (gate)
        {
            runWorkspace = result.Workspace;
            Latest = run;
            open = [.. run.Report.Placed];
            accepted = 0;
            rejected = 0;
        }

        Changed?.Invoke();
        return run;
    }

    /// <summary>Adds the proposal to the plan as a camera (one undoable edit) and takes it off the list.</summary>
    public async Task AcceptAsync(string id, CancellationToken cancellationToken = default)
    {
        var p = Take(id);
        await AddAsync([p], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds every open proposal as one edit (one undo step).</summary>
    public async Task AcceptAllAsync(CancellationToken cancellationToken = default)
    {
        List<PlacedCamera> all;
        lock (gate)
        {
            all = open;
            open = [];
        }

        if (all.Count > 0)
        {
            await AddAsync(all, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes the proposal off the list; the plan is not changed.</summary>
    public void Reject(string id)
    {
        Take(id);
        Interlocked.Increment(ref rejected);
        Changed?.Invoke();
    }

    /// <summary>
    /// The open proposals as a GeoJSON FeatureCollection (working CRS, metres): per proposal a Point (<c>kind</c>
    /// "camera", <c>rank</c>, <c>gain</c>, <c>heading_deg</c>) and its view at the run's level (<c>kind</c> "view").
    /// </summary>
    public string MapJson()
    {
        var proposals = Open;
        var level = Latest?.Report.Level ?? Geo.Coverage.DoriLevel.Recognise;
        var views = session.PreviewViews([.. proposals.Select(p => p.Camera)]);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WritePropertyName("features");
            w.WriteStartArray();
            foreach (var p in proposals)
            {
                var factory = views[p.Camera.Id].Visible.Factory;
                Feature(w, p, "view", views[p.Camera.Id][level]);
                Feature(w, p, "camera", factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(p.Camera.X, p.Camera.Y)));
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Feature(Utf8JsonWriter w, PlacedCamera p, string kind, NetTopologySuite.Geometries.Geometry g)
    {
        if (g.IsEmpty)
        {
            return;
        }

        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", kind + ":" + p.Camera.Id);
        GeoJsonFeatureWriter.WriteGeometry(w, g);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        w.WriteString("kind", kind);
        w.WriteString("camera_id", p.Camera.Id);
        w.WriteNumber("rank", p.Rank);
        w.WriteString("gain", p.Gain.ToString("0.##", CultureInfo.InvariantCulture));
        w.WriteNumber("heading_deg", p.Camera.Optics.HeadingDeg);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private PlacedCamera Take(string id)
    {
        lock (gate)
        {
            var i = open.FindIndex(p => p.Camera.Id == id);
            Guard.That(i >= 0, "id", $"proposal {id} is not open (accepted or rejected already, or from an earlier run)");
            var p = open[i];
            open.RemoveAt(i);
            return p;
        }
    }

    private async Task AddAsync(List<PlacedCamera> proposals, CancellationToken cancellationToken)
    {
        if (!ReferenceEquals(runWorkspace, session.Workspace))
        {
            Restore(proposals);
            throw new DomainRuleException("plan", "these proposals were computed for another plan; re-run Optimise on the plan now open");
        }

        var taken = session.Current.Plan.Cameras.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var clash = proposals.FirstOrDefault(p => taken.Contains(p.Camera.Id));
        if (clash is not null)
        {
            Restore(proposals);
            throw new DomainRuleException("id", $"the plan already has a camera {clash.Camera.Id}; re-run Optimise");
        }

        try
        {
            await session.ApplyAsync(PlanEdit.All([.. proposals.Select(p => PlanEdit.Add(p.Camera))]), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Restore(proposals);
            throw;
        }

        Interlocked.Add(ref accepted, proposals.Count);
        Changed?.Invoke();
    }

    private void Restore(List<PlacedCamera> proposals)
    {
        lock (gate)
        {
            open = [.. open.Concat(proposals).OrderBy(p => p.Rank)];
        }

        Changed?.Invoke();
    }
}
