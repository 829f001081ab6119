using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Workspace;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>What to run for a proposal: the rule pack (null = no rule check) and the hotspot grid parameters.</summary>
public sealed record ReportOptions
{
    public RulePack? Pack { get; init; }

    /// <summary>Hotspot grid cell, metres (working CRS).</summary>
    public double CellM { get; init; } = 25;

    /// <summary>Kernel radius, metres; also the Gi* band.</summary>
    public double BandwidthM { get; init; } = 100;

    /// <summary>Height above ground of the target, metres: the views and DORI levels are computed for it (1.6 = faces).</summary>
    public double TargetHeightM { get; init; }

    /// <summary>The municipality's case number (sagsnr.); null leaves the field blank to fill in.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>Full per-camera sections even for large plans.</summary>
    public bool FullCameraSections { get; init; }

    /// <summary>
    /// Which of the plan's incidents the analysis sections use (hotspots, incidents covered, hour-of-week, maps); the
    /// document states the filter and the count it leaves.
    /// </summary>
    public IncidentFilter Incidents { get; init; } = IncidentFilter.All;
}

/// <summary>
/// Runs the engines a proposal needs over a plan — coverage (occluded views), hotspots (quartic KDE, Gi*, FDR) when the
/// plan has incidents, and the rule engine when a pack is given — and turns their results into a <see cref="ReportInput"/>.
/// Permits and footage are judged against the report date in Copenhagen.
/// </summary>
public static class ReportAssembler
{
    public static ReportInput Assemble(Plan plan, ReportLanguage language, DateTimeOffset generatedAt, string? planPath = null, ReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= new ReportOptions();

        // One pipeline: views and findings come from the plan workspace, as in every verb and the app.
        var rules = new RuleEngineOptions { Today = CopenhagenTime.DateOf(generatedAt), Language = language.Code() };
        using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions
        {
            Pack = options.Pack,
            Rules = rules,
            Coverage = new CoverageOptions { TargetHeightM = options.TargetHeightM },
        });
        return FromResults(plan, language, generatedAt, workspace.Current.ViewsInPlanOrder, options.Pack is null ? null : workspace.Current.Findings, options, planPath);
    }

    /// <summary>
    /// The seam for the plan workspace: a proposal from results computed elsewhere — the views (plan camera order, at
    /// <see cref="ReportOptions.TargetHeightM"/>) and the rule findings of <see cref="ReportOptions.Pack"/> (null = no
    /// rule check). Only the hotspot grid is computed here.
    /// </summary>
    public static ReportInput FromResults(Plan plan, ReportLanguage language, DateTimeOffset generatedAt, IReadOnlyList<CameraView> views,
        IReadOnlyList<Finding>? findings, ReportOptions options, string? planPath = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(options);
        var filtered = options.Incidents.IsAll ? null : PlanHotspots.Select(plan, options.Incidents).Used;
        var incidents = filtered ?? plan.Incidents;
        var filterText = filtered is null ? "" : options.Incidents.ToString();
        return new ReportInput(plan, language, generatedAt)
        {
            FilteredIncidents = filtered,
            IncidentFilter = filterText,
            TargetHeightM = options.TargetHeightM,
            CaseNumber = string.IsNullOrWhiteSpace(options.CaseNumber) ? null : options.CaseNumber.Trim(),
            FullCameraSections = options.FullCameraSections,
            PlanFile = planPath is null ? null : LayerHasher.HashFile(planPath),
            Views = views,
            Hotspots = incidents.Count == 0 ? null : Hotspots(incidents, options) with { Filter = filterText },
            Compliance = options.Pack is null || findings is null ? null : Compliance(plan, findings, options.Pack, language),
        };
    }

    public static HotspotSummary Hotspots(Plan plan, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Hotspots(plan.Incidents, options);
    }

    /// <summary>The hotspot grid of <paramref name="incidents"/> (working CRS of their plan) as the proposal shows it.</summary>
    public static HotspotSummary Hotspots(IReadOnlyList<Incident> incidents, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(options);
        var result = HotspotAnalysis.Run(incidents, new HotspotOptions(options.CellM, options.BandwidthM));
        var grid = result.Grid;
        var cells = new List<HotspotCell>();
        for (var i = 0; i < result.Classes.Length; i++)
        {
            if (result.Density[i] > 0 || result.Classes[i] != HotspotClass.None)
            {
                cells.Add(new HotspotCell(grid.CentreX(i % grid.Cols), grid.CentreY(i / grid.Cols), grid.CellSize, result.Density[i], result.Classes[i].ToContractName()));
            }
        }

        return new HotspotSummary
        {
            Kernel = result.Options.Kernel == KdeKernel.Quartic ? "quartic" : "Gaussian",
            BandwidthM = result.Options.Bandwidth,
            CellM = result.Options.CellSize,
            BandM = result.Options.EffectiveBand,
            Fdr = "Benjamini–Hochberg (q = 0.10 / 0.05 / 0.01)",
            IncidentsUsed = result.IncidentCount,
            GridCells = grid.CellCount,
            Cells = cells,
        };
    }

    public static ComplianceResult Compliance(Plan plan, IReadOnlyList<Finding> findings, RulePack pack, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(pack);
        var lang = language.Code();
        var assumptions = new List<LegalAssumption>();
        var unconfirmed = new List<UnconfirmedRule>();
        foreach (var rule in pack.Rules)
        {
            foreach (var p in rule.Parameters)
            {
                var using_ = findings.Count(f => f.AssumedParameters.Any(a => a.RuleId == rule.Id && a.Name == p.Name));
                assumptions.Add(new LegalAssumption(rule.Id, p.Name, p.Value, p.Unit, BasisName(p.Basis), p.Status.ToString(), p.Reasoning, rule.Source.Citation)
                {
                    FindingsUsing = using_,
                });
            }

            if (rule.Status != SourceStatus.V)
            {
                unconfirmed.Add(new UnconfirmedRule(rule.Id, rule.Title.Get(lang), rule.Status.ToString(), rule.StatusNote?.Get(lang) ?? "", rule.Source.Citation)
                {
                    FindingsUsing = findings.Count(f => f.RuleId == rule.Id && f.RuleUnconfirmed),
                });
            }
        }

        var dpia = findings.Where(f => f.Outcome == "dpia_required").ToList();
        return new ComplianceResult
        {
            RulePackName = pack.Name,
            RulePackVersion = pack.Version,
            RulePackHash = pack.Sha256,
            PackId = pack.PackId,
            Jurisdiction = pack.Jurisdiction,
            RuleCount = pack.Rules.Count,
            HasRegistration = pack.Rules.Any(r => r.Check == "registration"),
            Laws = pack.Rules.SelectMany(r => r.Source.Law.Split("; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ConsolidatedActs = pack.Rules.Select(r => r.Source.ConsolidatedAct).OfType<string>().Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            Findings = findings.Select(f => ToReport(f, FindingWording.Message(f, language))).ToList(),
            Assumptions = assumptions,
            UnconfirmedRules = unconfirmed,
            DpiaRequired = dpia.Count > 0,
            DpiaReason = string.Join(" ", dpia.Select(f => FindingWording.Message(f, language))),
            PolcamDue = findings.Where(f => f.Outcome == "registration_required" && f.CameraId is not null).Select(f => f.CameraId!).Distinct().ToList(),
            UncheckedCameras = plan.Cameras.Where(c => c.Operator is null).Select(c => c.Id).ToList(),
        };
    }

    private static ReportFinding ToReport(Finding f, string message) => new(f.CameraId, f.RuleId, f.Severity switch
    {
        Severity.Fail => FindingSeverity.Fail,
        Severity.Warn => FindingSeverity.Warn,
        _ => FindingSeverity.Info,
    }, message, f.Citation)
    {
        RestsOnAssumption = f.Assumption,
        RuleTitle = f.RuleTitle,
        Outcome = f.Outcome,
        CameraIds = f.CameraIds,
        Offending = f.GeometryRole == "offending_view" ? f.Geometry : null,
        Excused = f.GeometryRole == "excused_view" ? f.Geometry : null,
        Mask = f.GeometryRole == "privacy_mask" ? f.Geometry : null,
        SignPoints = f.GeometryRole == "sign_points" && f.Geometry is { } g ? g.Coordinates.Select(c => new Coordinate(c.X, c.Y)).ToList() : [],
    };

    private static string BasisName(ParameterBasis basis) => basis switch
    {
        ParameterBasis.FixedByLaw => "fixed_by_law",
        ParameterBasis.Assumption => "assumption",
        _ => "method",
    };
}
