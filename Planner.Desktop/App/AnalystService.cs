using System.Diagnostics;
using System.Text.Json;
using Planner.Geo;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App;

/// <summary>The analyst's question: which incidents, on which grid (cell size and kernel bandwidth in metres, plan CRS).</summary>
internal sealed record AnalystQuery(IncidentFilter Filter, double CellM, double BandwidthM)
{
    /// <summary>Also compute emerging hot spots over calendar slices of <see cref="Slices"/>.</summary>
    public bool Emerging { get; init; }

    public SliceUnit Slices { get; init; } = SliceUnit.Quarter;
}

/// <summary>
/// One answer: the incidents the filter kept, the Gi* grid over them (null when no incident matched: not assessed),
/// and the crime-weighted coverage of the plan's cameras at <see cref="PlanVersion"/> (null until
/// <see cref="AnalystService.FiguresAsync"/> has added it: the map's layers do not wait for the figures).
/// </summary>
internal sealed record AnalystResult(
    AnalystQuery Query,
    int Generation,
    long PlanVersion,
    int Used,
    int Total,
    HotspotResult? Hotspots,
    CoverageStatistics? Stats,
    string? NotAssessed,
    TimeSpan Elapsed)
{
    /// <summary>Emerging hot spots on the same grid (null when not asked for or not assessed; then see <see cref="EmergingNotAssessed"/>).</summary>
    public EmergingResult? Emerging { get; init; }

    public string? EmergingNotAssessed { get; init; }

    /// <summary>Where the time went, in ms: filter, hotspots (grid, KDE, Gi*, FDR), emerging, coverage figures.</summary>
    public (double Filter, double Hotspots, double Emerging, double Coverage) PhaseMs { get; init; }

    /// <summary>The workspace's hotspot run this answer shows (the incidents the filter kept, the grid), for the figures.</summary>
    internal required HotspotRun Run { get; init; }

    /// <summary>The plan state the run was taken from (for the figures).</summary>
    internal Planner.Geo.Workspace.WorkspaceSnapshot? Snapshot { get; init; }
}

/// <summary>
/// The analyst's computations over the plan session, made on the server: the map fetches only the hot and cold cells
/// inside its view (<see cref="WriteCells"/>), never the whole grid.
/// </summary>
internal sealed class AnalystService
{
    private readonly PlanSession session;
    private int generation;
    private IncidentIndex? incidentIndex;
    private OffenceList? offences;

    public AnalystService(PlanSession session)
    {
        this.session = Guard.NotNull(session, "session");

        // Cells of another plan must not be drawn over the plan just opened: the panel recomputes on reload.
        session.Reopened += () => Latest = null;
    }

    /// <summary>The latest answer (what the hotspot layer draws); null before the first.</summary>
    public AnalystResult? Latest { get; private set; }

    /// <summary>
    /// Filters the plan's incidents and runs the grid, KDE, Gi* (and emerging hot spots when asked) — what the map draws;
    /// the coverage figures follow with <see cref="FiguresAsync"/>. Bad options throw <see cref="DomainRuleException"/>.
    /// </summary>
    public async Task<AnalystResult> ComputeAsync(AnalystQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var options = new HotspotOptions(query.CellM, query.BandwidthM);
        var snapshot = session.Current;
        var result = await Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var plan = snapshot.Plan;
            var run = PlanHotspots.Run(plan, query.Filter, options);
            var used = run.Incidents.Used;
            var hotspots = run.Grid;
            var filterMs = run.Incidents.Elapsed.TotalMilliseconds;
            var hotspotMs = run.Elapsed.TotalMilliseconds;
            EmergingResult? emerging = null;
            string? emergingNotAssessed = null;
            if (query.Emerging && hotspots is not null)
            {
                try
                {
                    emerging = EmergingHotspots.Compute(used, options, query.Slices);
                }
                catch (DomainRuleException ex)
                {
                    emergingNotAssessed = "emerging hot spots not assessed: " + ex.Message;
                }
            }

            var emergingMs = watch.Elapsed.TotalMilliseconds - filterMs - hotspotMs;
            return new AnalystResult(query, Interlocked.Increment(ref generation), snapshot.Version, used.Count, plan.Incidents.Count,
                hotspots, null, run.NotAssessed, watch.Elapsed)
            {
                Emerging = emerging,
                EmergingNotAssessed = emergingNotAssessed,
                PhaseMs = (filterMs, hotspotMs, emergingMs, 0),
                Run = run,
                Snapshot = snapshot,
            };
        }, cancellationToken).ConfigureAwait(false);
        Latest = result;
        return result;
    }

    /// <summary>
    /// The answer with the crime-weighted coverage of the plan's cameras added: incidents and hot cells seen per DORI
    /// level, each camera's marginal gain, the hour-of-week matrices.
    /// </summary>
    public async Task<AnalystResult> FiguresAsync(AnalystResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Stats is not null)
        {
            return result;
        }

        var snapshot = result.Snapshot ?? session.Current;
        var full = await Task.Run(() =>
        {
            var watch = Stopwatch.StartNew();
            var stats = PlanHotspots.CrimeWeighted(snapshot, result.Run);
            return result with { Stats = stats, PhaseMs = result.PhaseMs with { Coverage = watch.Elapsed.TotalMilliseconds } };
        }, cancellationToken).ConfigureAwait(false);
        if (ReferenceEquals(Latest, result))
        {
            Latest = full;
        }

        return full;
    }

    /// <summary>
    /// The hot and cold cells of the latest answer whose squares meet <paramref name="query"/>'s extent, as a GeoJSON
    /// FeatureCollection of squares (plan CRS, metres) with properties <c>class</c> (hot99 … cold99), <c>z</c>, <c>p</c>
    /// and <c>count</c>. Cells of class none are left out.
    /// </summary>
    public void WriteCells(Utf8JsonWriter w, MapQuery query)
    {
        var latest = Latest;
        var h = latest?.Hotspots;
        Analysis.CellSquare.WriteCollection(w, latest?.Generation ?? 0, h?.Grid, query.Extent, k => h!.Classes[k] != HotspotClass.None, (p, k) =>
        {
            p.WriteString("class", h!.Classes[k].ToContractName());
            p.WriteNumber("z", Math.Round(h.Z[k], 3));
            p.WriteNumber("p", Math.Round(h.P[k], 5));
            p.WriteNumber("count", h.Counts[k]);
        });
    }

    /// <summary>
    /// The band-choice helper over the latest grid: global Moran's I of the cell counts at 10 distance bands from 2 to
    /// 20 cells (metres); null when there is no grid yet. The suggestion is the first significant peak, else the
    /// distance of the largest z.
    /// </summary>
    public Task<BandChoice?> SuggestBandAsync(CancellationToken cancellationToken = default)
    {
        var latest = Latest?.Hotspots;
        if (latest is null)
        {
            return Task.FromResult<BandChoice?>(null);
        }

        var cell = latest.Grid.CellSize;
        return Task.Run(() => (BandChoice?)BandSelection.Choose(latest.Grid, latest.Counts, 2 * cell, 2 * cell, 10), cancellationToken);
    }

    /// <summary>The plan's incident with this id (first of that id), or null; the lookup is built once per incidents layer.</summary>
    public Incident? FindIncident(string id)
    {
        var list = session.Current.Plan.Incidents;
        var index = incidentIndex;
        if (index is null || !ReferenceEquals(index.Source, list))
        {
            var byId = new Dictionary<string, Incident>(list.Count, StringComparer.Ordinal);
            foreach (var i in list)
            {
                byId.TryAdd(i.Id, i);
            }

            index = new IncidentIndex(list, byId);
            incidentIndex = index;
        }

        return index.ById.GetValueOrDefault(id);
    }

    // A reference, so readers on other threads see either the old or the new index whole.
    private sealed record IncidentIndex(IReadOnlyList<Incident> Source, Dictionary<string, Incident> ById);

    /// <summary>
    /// The offences of the plan's incidents (trimmed, distinct, ordinal order) for the filters' multi-selects; listed
    /// once per incidents layer, not on every render of a panel.
    /// </summary>
    public IReadOnlyList<string> Offences()
    {
        var list = session.Current.Plan.Incidents;
        var known = offences;
        if (known is null || !ReferenceEquals(known.Source, list))
        {
            known = new OffenceList(list, [.. list.Select(i => i.Offence.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)]);
            offences = known;
        }

        return known.Offences;
    }

    private sealed record OffenceList(IReadOnlyList<Incident> Source, IReadOnlyList<string> Offences);
}
