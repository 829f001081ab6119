using Planner.Geo.Incidents;
using Planner.Geo.Model;

namespace Planner.Geo.Workspace;

/// <summary>
/// The incidents an analysis uses: those of the plan that pass <see cref="Filter"/>, in input order, out of
/// <see cref="Read"/> read (more than the plan holds when a loader already dropped non-matching rows while reading).
/// Coordinates in the plan's working CRS (metres).
/// </summary>
public sealed record IncidentSelection
{
    internal IncidentSelection(IncidentFilter filter, int read, IReadOnlyList<Incident> used, TimeSpan elapsed)
    {
        Filter = filter;
        Read = read;
        Used = used;
        Elapsed = elapsed;
    }

    public IncidentFilter Filter { get; }

    /// <summary>Incidents read before filtering.</summary>
    public int Read { get; }

    public IReadOnlyList<Incident> Used { get; }

    /// <summary>Wall-clock time of the filtering (for "where the time went" displays; not part of the result's meaning).</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>Why nothing can be analysed (no incident read, or none left after the filter); null when some are used.</summary>
    public string? NotAssessed => Used.Count > 0 ? null
        : Read == 0 ? "the plan has no incidents"
        : "no incident matches the filter";
}
