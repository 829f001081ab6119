using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Workspace;

namespace Planner.Geo.Placement;

/// <summary>
/// Placement on a plan workspace: the plan's cameras are fixed (what they see at the level is covered before any
/// candidate counts; they are never moved or removed); candidates get their views from the workspace's coverage
/// index and are screened by its rule pack (those whose view holds demand at the level: no other can be chosen) — a
/// candidate with a <c>fail</c> finding other than a privacy mask is dropped; one needing a privacy mask keeps the view minus the mask and carries the mask. Then coverage sets at the
/// level (a demand point covered when inside or on the view), <see cref="MaxCoverage.Solve"/>, and the report.
/// Working CRS metres throughout.
/// </summary>
public static class PlacementPlanner
{
    public const string MaskRole = "privacy_mask";

    public static PlacementReport Run(
        PlanWorkspace workspace,
        IReadOnlyList<Camera> candidates,
        IReadOnlyList<DemandPoint> demand,
        PlacementRequest request,
        IProgress<WorkspaceProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(demand);
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = workspace.Current;
        var existing = snapshot.Plan.Cameras.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            Guard.That(!existing.Contains(c.Id), "id", $"candidate id {c.Id} is already a camera of the plan; candidate ids must be new");
            Guard.That(seen.Add(c.Id), "id", $"candidate id {c.Id} appears twice; candidate ids must be unique");
        }

        progress?.Report(new WorkspaceProgress("candidate views", 0, candidates.Count));
        var views = workspace.CandidateViews(candidates, done => progress?.Report(new WorkspaceProgress("candidate views", done, candidates.Count)), cancellationToken);
        // Only candidates that see some demand can ever be chosen; only they are judged by the rules (the costly part).
        var raw = CoverageSets.Build([.. views.Select(v => v[request.Level])], demand);
        var seeing = Enumerable.Range(0, candidates.Count).Where(i => raw.Of(i).Length > 0).ToList();
        progress?.Report(new WorkspaceProgress("candidate rules", 0, seeing.Count));
        var judged = workspace.CandidateFindings([.. seeing.Select(i => candidates[i])], [.. seeing.Select(i => views[i])], cancellationToken);
        var screen = new CandidateStatus[candidates.Count];
        var areas = new Geometry[candidates.Count];
        var empty = views.Count > 0 ? views[0].Visible.Factory.CreatePolygon() : new GeometryFactory().CreatePolygon();
        for (var i = 0; i < candidates.Count; i++)
        {
            screen[i] = new CandidateStatus(i, false, false, [], 0);
            areas[i] = empty;
        }

        for (var j = 0; j < seeing.Count; j++)
        {
            var i = seeing[j];
            var failed = judged[j].Where(f => f.Severity == Severity.Fail && f.GeometryRole != MaskRole)
                .Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var masks = judged[j].Where(f => f.GeometryRole == MaskRole && f.Geometry is { IsEmpty: false }).Select(f => f.Geometry!).ToList();
            var mask = masks.Count == 0 ? null : GeoOps.Union(masks);
            screen[i] = new CandidateStatus(i, true, failed.Count == 0, failed, mask?.Area ?? 0);
            var area = views[i][request.Level];
            areas[i] = failed.Count > 0 ? empty : mask is null ? area : GeoOps.Difference(area, mask);
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new WorkspaceProgress("coverage sets", 0, candidates.Count));
        var sets = CoverageSets.Build(areas, demand);
        var fixedSets = CoverageSets.Build([.. snapshot.ViewsInPlanOrder.Select(v => v[request.Level])], demand);
        var covered = new bool[demand.Count];
        var fixedCount = new int[demand.Count];
        for (var c = 0; c < fixedSets.CandidateCount; c++)
        {
            foreach (var d in fixedSets.Of(c))
            {
                covered[d] = true;
                fixedCount[d]++;
            }
        }

        var options = new PlacementOptions
        {
            K = request.K,
            Budget = request.Budget,
            Costs = request.Budget is null ? null : Costs(candidates, screen, request),
            Covered = covered,
            CoveredTwice = [.. fixedCount.Select(n => n >= 2)],
            Backup = request.Backup,
            Swap = request.Swap,
        };
        progress?.Report(new WorkspaceProgress("optimise", 0, 1));
        var solution = MaxCoverage.Solve(sets, options);
        var total = sets.TotalWeight;

        // Shares are of demand weight seen at all (≥ 1 camera), walked step by step: with a backup objective the gains
        // are in objective units and are not shares of demand.
        var seenWeight = solution.FixedWeight;
        var placed = new List<PlacedCamera>(solution.Steps.Count);
        foreach (var s in solution.Steps)
        {
            foreach (var d in sets.Of(s.Candidate))
            {
                if (fixedCount[d] == 0)
                {
                    seenWeight += demand[d].Weight;
                }

                fixedCount[d]++;
            }

            placed.Add(new PlacedCamera(candidates[s.Candidate], s.Rank, s.Gain, s.Cumulative,
                total <= 0 ? 0 : seenWeight / total, screen[s.Candidate].MaskAreaM2));
        }

        var backup = 0.0;
        for (var d = 0; d < demand.Count; d++)
        {
            if (fixedCount[d] >= 2)
            {
                backup += demand[d].Weight;
            }
        }

        return new PlacementReport(request.Level, candidates.Count, screen, demand.Count, solution, placed, backup, NotAssessed(workspace, snapshot.Plan))
        {
            SeenWeight = seenWeight,
            BackupObjective = request.Backup,
        };
    }

    private static string? NotAssessed(PlanWorkspace workspace, Plan plan) =>
        workspace.Options.Pack is null ? "no rule pack was given"
        : plan.Zones.Count == 0 ? "the plan has no zones, so no view could be judged against public areas, dwellings or envelopes"
        : null;

    private static double[] Costs(IReadOnlyList<Camera> candidates, CandidateStatus[] screen, PlacementRequest request)
    {
        Guard.NonNegative(request.MaskCost, "mask_cost");
        var costs = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            var id = candidates[i].Id;
            if (request.Costs is null || !request.Costs.TryGetValue(id, out var cost))
            {
                throw new DomainRuleException("cost", $"candidate {id} has no cost; a cost budget needs a cost for every candidate");
            }

            costs[i] = Guard.Positive(cost, "cost") + (screen[i].NeedsMask ? request.MaskCost : 0);
        }

        return costs;
    }
}
