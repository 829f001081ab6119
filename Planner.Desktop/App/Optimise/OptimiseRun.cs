using Planner.Geo.Placement;

namespace Planner.Desktop.App.Optimise;

/// <summary>
/// A finished Optimise run: the report of <see cref="PlacementPlanner.Run"/>, where the candidates came from, how
/// many incidents the demand was made from, and the plan version the gains were computed for (they are marginal gains
/// over the cameras of that version; after an edit they are stale until the run is repeated).
/// </summary>
internal sealed record OptimiseRun(
    OptimiseQuery Query,
    PlacementReport Report,
    string CandidateSource,
    IReadOnlyList<string> Warnings,
    int IncidentsUsed,
    int CameraCount,
    long PlanVersion,
    DateTimeOffset At,
    TimeSpan Elapsed);
