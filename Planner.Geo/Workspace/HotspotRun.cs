using Planner.Geo.Hotspots;

namespace Planner.Geo.Workspace;

/// <summary>
/// One hotspot analysis of a plan's incidents: the selection the filter made and the contract's Gi* grid over it
/// (<see cref="Grid"/> null — not assessed, see <see cref="NotAssessed"/> — when the selection is empty).
/// </summary>
public sealed record HotspotRun
{
    internal HotspotRun(IncidentSelection incidents, HotspotOptions options, HotspotResult? grid, TimeSpan elapsed)
    {
        Incidents = incidents;
        Options = options;
        Grid = grid;
        Elapsed = elapsed;
    }

    public IncidentSelection Incidents { get; }

    public HotspotOptions Options { get; }

    public HotspotResult? Grid { get; }

    /// <summary>Wall-clock time of the grid, KDE, Gi* and FDR (filtering excluded; see <see cref="IncidentSelection.Elapsed"/>).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Why there is no grid; null when there is one.</summary>
    public string? NotAssessed => Incidents.NotAssessed is { } why ? why + ": hot and cold cells not assessed" : null;

    /// <summary>Centres of the significant hot cells (hot90, hot95, hot99), working CRS metres; empty without a grid.</summary>
    public IReadOnlyList<(double X, double Y)> HotCellCentres() =>
        Grid is null ? [] : [.. Grid.HotCells().Select(c => (c.X, c.Y))];
}
