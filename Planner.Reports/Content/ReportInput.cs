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

    public ComplianceResult? Compliance { get; init; }
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

    /// <summary>A privacy mask this finding asks for (working CRS).</summary>
    public Geometry? Mask { get; init; }

    /// <summary>Proposed sign positions (working CRS).</summary>
    public IReadOnlyList<Coordinate> SignPoints { get; init; } = [];
}

/// <summary>A parameter the law leaves open, as the rule pack assumes it.</summary>
public sealed record LegalAssumption(string RuleId, string Parameter, string Value, string Reasoning, string Citation);

/// <summary>The rule engine's result for a plan.</summary>
public sealed record ComplianceResult
{
    public required string RulePackName { get; init; }

    public required string RulePackVersion { get; init; }

    /// <summary>Content hash of the rule pack as the engine reports it.</summary>
    public required string RulePackHash { get; init; }

    public required IReadOnlyList<ReportFinding> Findings { get; init; }

    public required IReadOnlyList<LegalAssumption> Assumptions { get; init; }

    /// <summary>Whether a DPIA (GDPR art. 35) is required, with the engine's reason.</summary>
    public required bool DpiaRequired { get; init; }

    public string DpiaReason { get; init; } = "";

    /// <summary>Cameras that must be registered in POLCAM.</summary>
    public required IReadOnlyList<string> PolcamDue { get; init; }

    /// <summary>Cameras no rule could be applied to (no operator type).</summary>
    public IReadOnlyList<string> UncheckedCameras { get; init; } = [];
}
