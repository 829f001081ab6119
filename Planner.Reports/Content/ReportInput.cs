using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>
/// Everything a proposal is made from. The plan is required; the engine results are optional, and a section whose
/// result is missing is left out of the document (the cover lists what was left out) rather than shown with
/// made-up content. <see cref="GeneratedAt"/> is the report's clock (a parameter, so output is reproducible).
/// </summary>
public sealed record ReportInput(Plan Plan, ReportLanguage Language, DateTimeOffset GeneratedAt)
{
    /// <summary>SHA-256 of the plan file the user named, if the plan came from one.</summary>
    public FileHash? PlanFile { get; init; }

    /// <summary>Occluded views per camera from the coverage engine (same order as the plan's cameras).</summary>
    public IReadOnlyList<CameraView>? Views { get; init; }

    public HotspotSummary? Hotspots { get; init; }

    /// <summary>
    /// The incidents the analysis sections use (hotspots, incidents covered, hour-of-week, maps): the plan's incidents
    /// passing <see cref="IncidentFilter"/>. Null = all of the plan's incidents. The cover and the layer hashes always
    /// describe the whole plan.
    /// </summary>
    public IReadOnlyList<Incident>? FilteredIncidents { get; init; }

    /// <summary>The incident filter in words ("2024-01-01..2024-06-30, hours 20-04"); empty = no filter.</summary>
    public string IncidentFilter { get; init; } = "";

    /// <summary>The incidents the analysis sections use (see <see cref="FilteredIncidents"/>).</summary>
    public IReadOnlyList<Incident> Incidents => FilteredIncidents ?? Plan.Incidents;

    public ComplianceResult? Compliance { get; init; }

    /// <summary>Height above ground, metres, at which the views and DORI levels were computed (0 = feet on the ground, 1.6 = faces).</summary>
    public double TargetHeightM { get; init; }

    /// <summary>The municipality's case number (sagsnr.) printed on the cover and in the sign-off block; null = left blank to fill in.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>Above this many cameras the per-camera part is a compact table with a map atlas (full sections only on request).</summary>
    public int CompactAbove { get; init; } = ReportLimits.CompactAbove;

    /// <summary>Print the full per-camera sections even above <see cref="CompactAbove"/>.</summary>
    public bool FullCameraSections { get; init; }

    /// <summary>True when the per-camera part is the compact table and atlas.</summary>
    public bool Compact => Plan.Cameras.Count > CompactAbove && !FullCameraSections;
}

/// <summary>Size thresholds of the proposal.</summary>
public static class ReportLimits
{
    /// <summary>Plans with more cameras than this get the compact camera table and map atlas by default.</summary>
    public const int CompactAbove = 100;
}

/// <summary>A file's name and SHA-256 (lower-case hex).</summary>
public readonly record struct FileHash(string Name, string Sha256);

/// <summary>A hotspot analysis: its parameters (for the method statement) and its cells.</summary>
public sealed record HotspotSummary
{
    public required string Kernel { get; init; }

    public required double BandwidthM { get; init; }

    public required double CellM { get; init; }

    public required double BandM { get; init; }

    /// <summary>The false discovery rate procedure and levels, e.g. "Benjamini–Hochberg at 0.10 / 0.05 / 0.01".</summary>
    public required string Fdr { get; init; }

    public required int IncidentsUsed { get; init; }

    /// <summary>Number of cells in the whole grid (the Gi* statistic runs over all of them).</summary>
    public int GridCells { get; init; }

    /// <summary>A line describing the incident filter (dates, offences, hours), or empty for all incidents.</summary>
    public string Filter { get; init; } = "";

    public required IReadOnlyList<HotspotCell> Cells { get; init; }
}

/// <summary>Severity of a finding (contract: fail, warn, info).</summary>
public enum FindingSeverity
{
    Fail,
    Warn,
    Info,
}

/// <summary>
/// One finding of the rule engine, as the report shows it: camera (null = plan-level), rule, severity, message in the
/// report's language, citation, whether it rests on an assumed parameter, and optional geometry.
/// </summary>
public sealed record ReportFinding(string? CameraId, string RuleId, FindingSeverity Severity, string Message, string Citation)
{
    public bool RestsOnAssumption { get; init; }

    /// <summary>The rule's title in the report's language ("" when not known).</summary>
    public string RuleTitle { get; init; } = "";

    /// <summary>Key of the rule outcome (e.g. "outside_area", "within_envelope"), "" when not known.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>The part of the view that breaks the rule (working CRS), drawn hatched red on the camera's map.</summary>
    public Geometry? Offending { get; init; }

    /// <summary>The part of the view a rule's exception covers (working CRS): the camera's lawful basis on the ground.</summary>
    public Geometry? Excused { get; init; }

    /// <summary>Cameras a plan-level finding concerns.</summary>
    public IReadOnlyList<string> CameraIds { get; init; } = [];

    /// <summary>A privacy mask this finding asks for (working CRS).</summary>
    public Geometry? Mask { get; init; }

    /// <summary>Proposed sign positions (working CRS).</summary>
    public IReadOnlyList<Coordinate> SignPoints { get; init; } = [];
}

/// <summary>
/// One parameter of the rule pack as the assumptions table shows it: the rule, the parameter's contract name, its value
/// and unit (pack units: m, m2, days, years, dkk, count), where the value comes from (fixed_by_law, assumption, method),
/// the reference's status mark (V, S, B), the pack's reasoning, the rule's citation, and how many findings rest on it.
/// </summary>
public sealed record LegalAssumption(string RuleId, string Parameter, double Value, string Unit, string Basis, string Status, string Reasoning, string Citation)
{
    public int FindingsUsing { get; init; }

    public bool IsAssumption => Basis == "assumption";
}

/// <summary>A rule of the pack that the reference does not mark V (read in the source): its findings all rest on it.</summary>
public sealed record UnconfirmedRule(string RuleId, string Title, string Status, string Note, string Citation)
{
    public int FindingsUsing { get; init; }
}

/// <summary>The rule engine's result for a plan.</summary>
public sealed record ComplianceResult
{
    public required string RulePackName { get; init; }

    public required string RulePackVersion { get; init; }

    /// <summary>Content hash of the rule pack as the engine reports it.</summary>
    public required string RulePackHash { get; init; }

    public required IReadOnlyList<ReportFinding> Findings { get; init; }

    /// <summary>Every parameter of the pack (not only those a finding used), in pack order.</summary>
    public required IReadOnlyList<LegalAssumption> Assumptions { get; init; }

    /// <summary>Rules of the pack not marked V.</summary>
    public IReadOnlyList<UnconfirmedRule> UnconfirmedRules { get; init; } = [];

    /// <summary>Short id of the pack (e.g. "dk").</summary>
    public string PackId { get; init; } = "";

    /// <summary>Jurisdiction of the pack (e.g. "DK", "GB").</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>The distinct laws the pack cites (law names as the pack gives them).</summary>
    public IReadOnlyList<string> Laws { get; init; } = [];

    /// <summary>The consolidated acts the pack cites (legal status the check rests on).</summary>
    public IReadOnlyList<string> ConsolidatedActs { get; init; } = [];

    /// <summary>Number of rules in the pack.</summary>
    public int RuleCount { get; init; }

    /// <summary>Whether a DPIA (GDPR art. 35) is required, with the engine's reason.</summary>
    public required bool DpiaRequired { get; init; }

    public string DpiaReason { get; init; } = "";

    /// <summary>Whether the pack has a registration rule (the Danish POLCAM register); other packs print no POLCAM line.</summary>
    public bool HasRegistration { get; init; }

    /// <summary>Whether the pack is Danish (jurisdiction DK): only then do camera sections speak of § 2 a council decisions.</summary>
    public bool IsDanish => Jurisdiction.StartsWith("DK", StringComparison.OrdinalIgnoreCase);

    /// <summary>Cameras that must be registered in POLCAM.</summary>
    public required IReadOnlyList<string> PolcamDue { get; init; }

    /// <summary>Cameras no rule could be applied to (no operator type).</summary>
    public IReadOnlyList<string> UncheckedCameras { get; init; } = [];
}
