using System.Diagnostics;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Model;

namespace Planner.Geo.Workspace;

/// <summary>
/// The one hotspot pipeline of the workspace — filter the plan's incidents, then the contract's grid, KDE, Gi* and FDR
/// over those used (<see cref="HotspotAnalysis"/>) — shared by <c>hotspots</c>, <c>stats</c>, <c>optimise</c> and the
/// app's analyst. It needs no camera views, so a plan of incidents only (or a verb that only wants hot spots) never
/// pays for opening a <see cref="PlanWorkspace"/>; <see cref="CrimeWeighted"/> adds a workspace's views when the
/// coverage of the cameras is wanted. Working CRS of the plan, metres.
/// </summary>
public static class PlanHotspots
{
    /// <summary>
    /// The plan's incidents that pass <paramref name="filter"/>, in input order; <paramref name="read"/> counts the
    /// incidents before filtering when a loader already dropped some (default: the plan's own count).
    /// </summary>
    public static IncidentSelection Select(Plan plan, IncidentFilter filter, int? read = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(filter);
        Guard.That(read is null || read >= plan.Incidents.Count, "incidents_read", "the incidents read must be at least the incidents the plan holds");
        var watch = Stopwatch.StartNew();
        var used = filter.Apply(plan.Incidents);
        return new IncidentSelection(filter, read ?? plan.Incidents.Count, used, watch.Elapsed);
    }

    /// <summary>The grid over a selection; not assessed (no grid) when the selection is empty.</summary>
    public static HotspotRun Run(IncidentSelection incidents, HotspotOptions options)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(options);
        var watch = Stopwatch.StartNew();
        var grid = incidents.Used.Count == 0 ? null : HotspotAnalysis.Run(incidents.Used, options);
        return new HotspotRun(incidents, options, grid, watch.Elapsed);
    }

    /// <summary><see cref="Select"/> then <see cref="Run(IncidentSelection, HotspotOptions)"/>.</summary>
    public static HotspotRun Run(Plan plan, IncidentFilter filter, HotspotOptions options, int? read = null) =>
        Run(Select(plan, filter, read), options);

    /// <summary>
    /// Crime-weighted coverage of the snapshot's cameras over a run: its incidents and hot cells seen per DORI level,
    /// per camera and in total, and the hour-of-week profiles per zone (<see cref="CrimeWeightedCoverage"/>).
    /// </summary>
    public static CoverageStatistics CrimeWeighted(WorkspaceSnapshot snapshot, HotspotRun run)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(run);
        return CrimeWeightedCoverage.Compute(snapshot.ViewsInPlanOrder, run.Incidents.Used, run.HotCellCentres(), snapshot.Plan.Zones);
    }
}
