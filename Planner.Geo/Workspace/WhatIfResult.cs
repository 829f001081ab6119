using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// The plan of <see cref="Baseline"/> checked with some assumed rule parameters changed (<see cref="Overrides"/>), next
/// to what the published pack gives: every finding under the what-if in the rule engine's order, and which findings it
/// added or removed by stable <see cref="FindingKey"/> (a finding whose message, severity, area or geometry changed is
/// both removed and added, as in <see cref="WorkspaceChange"/>). A what-if never changes the workspace: it is not an
/// edit, is not undone, and its findings must not be reported as the published pack's.
/// </summary>
public sealed class WhatIfResult
{
    private readonly HashSet<FindingKey> addedKeys;

    internal WhatIfResult(
        WorkspaceSnapshot baseline,
        RulePack pack,
        IReadOnlyList<ParameterOverride> overrides,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<(FindingKey Key, Finding Finding)> added,
        IReadOnlyList<(FindingKey Key, Finding Finding)> removed)
    {
        Baseline = baseline;
        Pack = pack;
        Overrides = overrides;
        Findings = findings;
        Added = added;
        Removed = removed;
        addedKeys = [.. added.Select(a => a.Key)];
        Keys = FindingKey.Of(findings);
    }

    /// <summary>The state checked; its <see cref="WorkspaceSnapshot.Findings"/> are the published pack's.</summary>
    public WorkspaceSnapshot Baseline { get; }

    /// <summary>The published pack the overrides apply to.</summary>
    public RulePack Pack { get; }

    public IReadOnlyList<ParameterOverride> Overrides { get; }

    /// <summary>All findings under the what-if, in the rule engine's order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The stable key of each of <see cref="Findings"/>, same order.</summary>
    public IReadOnlyList<FindingKey> Keys { get; }

    /// <summary>Findings the what-if gives that the published pack does not (or gives differently).</summary>
    public IReadOnlyList<(FindingKey Key, Finding Finding)> Added { get; }

    /// <summary>The published pack's findings the what-if no longer gives (or gives differently), as the pack gave them.</summary>
    public IReadOnlyList<(FindingKey Key, Finding Finding)> Removed { get; }

    /// <summary>True when the finding with this key is new or different under the what-if.</summary>
    public bool Changed(FindingKey key) => addedKeys.Contains(key);

    /// <summary>The published value of an overridden parameter.</summary>
    public double PublishedValue(ParameterOverride o) => Pack.Find(o.RuleId)!.Value(o.Name);
}
