using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

public sealed partial class PlanWorkspace
{
    /// <summary>
    /// Re-checks the current plan with assumed rule parameters changed (<see cref="RulePackOverrides.Apply"/>): every
    /// camera's findings on its current view and the plan-level findings, with the pack's other values, then compares
    /// them with the current findings. The workspace is not changed (no edit, no undo step). Throws
    /// <see cref="DomainRuleException"/> without a rule pack or for an override the pack refuses.
    /// </summary>
    public Task<WhatIfResult> WhatIfAsync(IReadOnlyList<ParameterOverride> overrides, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var snapshot = current;
        var published = Options.Pack ?? throw new DomainRuleException("rule_pack", "the plan is checked without a rule pack, so there is nothing to change in a what-if");
        var pack = RulePackOverrides.Apply(published, overrides);
        var kept = overrides.ToList();
        return Task.Run(() => WhatIf(snapshot, published, pack, kept, cancellationToken), cancellationToken);
    }

    private WhatIfResult WhatIf(WorkspaceSnapshot snapshot, RulePack published, RulePack pack, IReadOnlyList<ParameterOverride> overrides, CancellationToken cancellationToken)
    {
        var rules = snapshot.Rules!.WithPack(pack);
        var cameraFindings = WorkspaceState.Findings(rules, snapshot.Plan.Cameras, snapshot.ViewMap, Options, null, cancellationToken);
        var planFindings = rules.PlanLevel(snapshot.Plan.Cameras, snapshot.ViewMap, cancellationToken).Findings;
        var added = new List<(FindingKey, Finding)>();
        var removedKeys = new List<FindingKey>();
        foreach (var camera in snapshot.Plan.Cameras)
        {
            WorkspaceDiff.Compare(snapshot.CameraFindings(camera.Id), cameraFindings[camera.Id], added, removedKeys);
        }

        WorkspaceDiff.Compare(snapshot.PlanFindings, planFindings, added, removedKeys);
        var before = snapshot.Findings;
        var beforeByKey = FindingKey.Of(before).Zip(before).ToDictionary(t => t.First, t => t.Second);
        var removed = removedKeys.Select(k => (k, beforeByKey[k])).ToList();
        return new WhatIfResult(snapshot, published, overrides, RuleSession.Combine(cameraFindings, planFindings), added, removed);
    }
}
