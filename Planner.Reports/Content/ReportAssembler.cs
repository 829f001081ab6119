using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;
using Planner.Geo.Hotspots;
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
        using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions { Pack = options.Pack, Rules = rules });
        var views = workspace.Current.ViewsInPlanOrder;
        return new ReportInput(plan, language, generatedAt)
        {
            PlanFile = planPath is null ? null : LayerHasher.HashFile(planPath),
            Views = views,
            Hotspots = plan.Incidents.Count == 0 ? null : Hotspots(plan, options),
            Compliance = options.Pack is null ? null : Compliance(plan, workspace.Current.Findings, options.Pack, language),
        };
    }

    public static HotspotSummary Hotspots(Plan plan, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var result = HotspotAnalysis.Run(plan.Incidents, new HotspotOptions(options.CellM, options.BandwidthM));
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

    public static ComplianceResult Compliance(Plan plan, IReadOnlyList<CameraView> views, RulePack pack, ReportLanguage language, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(pack);
        var findings = RuleEngine.Evaluate(pack, plan.Cameras, views, plan.Zones, new RuleEngineOptions { Today = CopenhagenTime.DateOf(generatedAt), Language = language.Code(), Buildings = plan.Buildings.Count > 0 ? plan.Buildings : null });
        return Compliance(plan, findings, pack, language);
    }

    /// <summary>The compliance section from findings already evaluated (e.g. by the plan workspace).</summary>
    public static ComplianceResult Compliance(Plan plan, IReadOnlyList<Finding> findings, RulePack pack, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(pack);
        var lang = language.Code();
        var assumptions = new List<LegalAssumption>();
        foreach (var p in findings.SelectMany(f => f.AssumedParameters).DistinctBy(p => (p.RuleId, p.Name)).OrderBy(p => p.RuleId, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var unit = p.Unit switch { "m2" => "m²", "count" => "", _ => p.Unit };
            var value = (p.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " " + unit).TrimEnd();
            assumptions.Add(new LegalAssumption(p.RuleId, p.Name, value, $"[{p.Status}] {p.Reasoning}", pack.Find(p.RuleId)?.Source.Citation ?? ""));
        }

        foreach (var ruleId in findings.Where(f => f.RuleUnconfirmed).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal))
        {
            var rule = pack.Find(ruleId)!;
            assumptions.Add(new LegalAssumption(ruleId, rule.Title.Get(lang), $"[{rule.Status}]", rule.StatusNote?.Get(lang) ?? "", rule.Source.Citation));
        }

        var dpia = findings.Where(f => f.Outcome == "dpia_required").ToList();
        return new ComplianceResult
        {
            RulePackName = pack.Name,
            RulePackVersion = pack.Version,
            RulePackHash = pack.Sha256,
            Findings = findings.Select(ToReport).ToList(),
            Assumptions = assumptions,
            DpiaRequired = dpia.Count > 0,
            DpiaReason = string.Join(" ", dpia.Select(f => f.Message)),
            PolcamDue = findings.Where(f => f.Outcome == "registration_required" && f.CameraId is not null).Select(f => f.CameraId!).Distinct().ToList(),
            UncheckedCameras = plan.Cameras.Where(c => c.Operator is null).Select(c => c.Id).ToList(),
        };
    }

    private static ReportFinding ToReport(Finding f) => new(f.CameraId, f.RuleId, f.Severity switch
    {
        Severity.Fail => FindingSeverity.Fail,
        Severity.Warn => FindingSeverity.Warn,
        _ => FindingSeverity.Info,
    }, f.Message, f.Citation)
    {
        RestsOnAssumption = f.Assumption,
        Mask = f.GeometryRole == "privacy_mask" ? f.Geometry : null,
        SignPoints = f.GeometryRole == "sign_points" && f.Geometry is { } g ? g.Coordinates.Select(c => new Coordinate(c.X, c.Y)).ToList() : [],
    };
}
