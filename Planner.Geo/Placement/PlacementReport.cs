using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Placement;

/// <summary>One proposed camera: the candidate unchanged, its rank, marginal and cumulative gain (demand weight), the
/// cumulative share of all demand covered (fixed cameras included, in [0, 1]), and its privacy mask area (m², 0 = none).</summary>
public sealed record PlacedCamera(Camera Camera, int Rank, double Gain, double Cumulative, double CumulativeShare, double MaskAreaM2);

/// <summary>
/// The outcome of <see cref="PlacementPlanner.Run"/>: what was screened, what was chosen and how good it provably is.
/// Weights are demand weights. <see cref="RulesNotAssessed"/> is null when the rules were assessed, else the reason they
/// were not (no rule pack, no zones): the layout is then not a legal all-clear.
/// </summary>
public sealed record PlacementReport(
    DoriLevel Level,
    int CandidateCount,
    IReadOnlyList<CandidateStatus> Screen,
    int DemandCount,
    PlacementSolution Solution,
    IReadOnlyList<PlacedCamera> Placed,
    double BackupWeight,
    string? RulesNotAssessed)
{
    public int Kept => Screen.Count(s => s.Kept);

    public int Dropped => Screen.Count(s => s.Judged && !s.Kept);

    /// <summary>Candidates that see no demand at the level: never choosable, so not judged by the rules.</summary>
    public int NotJudged => Screen.Count(s => !s.Judged);

    public int Masked => Screen.Count(s => s.Kept && s.NeedsMask);

    /// <summary>Dropped candidates per failed rule id (a candidate failing two rules counts under both).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> DroppedByRule =>
        [.. Screen.Where(s => s.Judged && !s.Kept).SelectMany(s => s.FailedRules).GroupBy(r => r, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))];

    public double TotalWeight => Solution.TotalWeight;

    public double FixedWeight => Solution.FixedWeight;

    /// <summary>Demand weight seen by at least one camera after placement (fixed cameras included).</summary>
    public double SeenWeight { get; init; }

    /// <summary>The backup weight W the objective used (0 = plain covering; see <see cref="MaxCoverage"/>).</summary>
    public double BackupObjective { get; init; }

    /// <summary>Share of all demand seen after placement (fixed cameras included), in [0, 1].</summary>
    public double CoveredShare => TotalWeight <= 0 ? 0 : SeenWeight / TotalWeight;
}
