using System.Collections.Immutable;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// One consistent state of a workspace: the plan, every camera's view (by camera id), the findings (camera findings
/// by camera id then rule id, then plan-level findings; the order of <see cref="RuleEngine"/>), the plan's coverage
/// figures and the plan-wide coverage. Immutable; readers hold a snapshot while edits produce the next one, so a read
/// never sees half an edit. <see cref="Findings"/> and <see cref="Coverage"/> are assembled on first use (the parts
/// they are made of are computed with the snapshot). Geometry in the plan's working CRS, metres.
/// </summary>
public sealed class WorkspaceSnapshot
{
    private readonly Lazy<IReadOnlyList<Finding>> findings;
    private readonly Lazy<PlanCoverage> coverage;

    internal WorkspaceSnapshot(
        Plan plan,
        ImmutableDictionary<string, CameraView> views,
        ImmutableDictionary<string, IReadOnlyList<Finding>> cameraFindings,
        PlanLevelFindings? planLevel,
        CoverageMosaic mosaic,
        CoverageIndex index,
        RuleSession? rules,
        long version)
    {
        Plan = plan;
        ViewMap = views;
        CameraFindingMap = cameraFindings;
        PlanLevel = planLevel;
        var planFindings = planLevel?.Findings ?? [];
        PlanFindings = planFindings;
        Mosaic = mosaic;
        Index = index;
        Rules = rules;
        Version = version;
        Figures = PlanFigures.From(mosaic, plan.Cameras.Count);
        findings = new(() => RuleSession.Combine(cameraFindings, planFindings));
        coverage = new(() => mosaic.ToPlanCoverage(plan.Zones));
    }

    public Plan Plan { get; }

    /// <summary>Every camera's view by camera id.</summary>
    public IReadOnlyDictionary<string, CameraView> Views => ViewMap;

    /// <summary>All findings in the rule engine's order (empty without a rule pack).</summary>
    public IReadOnlyList<Finding> Findings => findings.Value;

    /// <summary>Findings without a camera (DPIA per controller, registration and takeover lists, checklists).</summary>
    public IReadOnlyList<Finding> PlanFindings { get; }

    /// <summary>Plan-wide coverage: merged unions per level, overlap, per-zone figures (assembled on first use).</summary>
    public PlanCoverage Coverage => coverage.Value;

    /// <summary>The plan-wide coverage partitioned in tiles, from which <see cref="Figures"/> and <see cref="Coverage"/> come.</summary>
    public CoverageMosaic Mosaic { get; }

    /// <summary>The coverage index of this state's buildings.</summary>
    public CoverageIndex Index { get; }

    /// <summary>Increases by one with every applied edit.</summary>
    public long Version { get; }

    public PlanFigures Figures { get; }

    /// <summary>Views in the plan's camera order.</summary>
    public IReadOnlyList<CameraView> ViewsInPlanOrder => [.. Plan.Cameras.Select(c => ViewMap[c.Id])];

    internal ImmutableDictionary<string, CameraView> ViewMap { get; }

    internal ImmutableDictionary<string, IReadOnlyList<Finding>> CameraFindingMap { get; }

    internal RuleSession? Rules { get; }

    /// <summary>The plan-level findings with what updates them incrementally; null without a rule pack.</summary>
    internal PlanLevelFindings? PlanLevel { get; }

    /// <summary>The camera's own findings (empty when it has none or there is no rule pack).</summary>
    public IReadOnlyList<Finding> CameraFindings(string cameraId) => CameraFindingMap.GetValueOrDefault(cameraId) ?? [];
}
