using System.Collections.Immutable;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Rules;

/// <summary>
/// The plan-level findings of a <see cref="RuleSession"/> (DPIA per controller, registration and takeover lists,
/// checklists), kept for incremental use. Per camera, keyed by its record and view (both immutable), it holds the
/// plan-level group the camera counts in for each plan-level rule (<see cref="IPlanLevelCheck.Group"/>); per rule and
/// group, the members by id and the group's findings. <see cref="RuleSession.PlanLevel(PlanLevelFindings, IReadOnlyList{Camera}, IReadOnlyCollection{string}, IReadOnlyDictionary{string, CameraView}, CancellationToken)"/>
/// asks only the changed cameras and rebuilds only the groups a camera joined or left, or whose finding it shows
/// differently (a list's positions, a DPIA's public views); every other group keeps its finding objects, and
/// <see cref="Findings"/> stays the same list when no group changed. The findings equal
/// <see cref="RuleSession.PlanFindings"/> (and <see cref="RuleEngine"/>'s plan-level findings) of the same cameras and
/// views. Immutable.
/// </summary>
public sealed class PlanLevelFindings
{
    private readonly ImmutableDictionary<string, Member> members;
    private readonly ImmutableArray<RuleState> rules;

    private PlanLevelFindings(RuleSession session, ImmutableDictionary<string, Member> members, ImmutableArray<RuleState> rules, IReadOnlyList<Finding> findings)
    {
        Session = session;
        this.members = members;
        this.rules = rules;
        Findings = findings;
    }

    /// <summary>The plan-level findings (no camera id), by rule id (ordinal), each rule's groups by key (ordinal).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The session (pack, zones layer, options) the findings belong to.</summary>
    public RuleSession Session { get; }

    /// <summary>How many cameras the state covers.</summary>
    public int CameraCount => members.Count;

    internal static PlanLevelFindings Build(
        RuleSession session,
        IReadOnlyList<(RuleDefinition Rule, IPlanLevelCheck Check)> checks,
        RuleContext context,
        IReadOnlyList<Camera> cameras,
        IReadOnlyDictionary<string, CameraView> views,
        CancellationToken cancellationToken)
    {
        var byId = ImmutableDictionary.CreateBuilder<string, Member>(StringComparer.Ordinal);
        var buckets = checks.Select(_ => new Dictionary<string, List<string>>(StringComparer.Ordinal)).ToArray();
        foreach (var camera in cameras)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var member = Ask(checks, context, camera, views.TryGetValue(camera.Id, out var view) ? view : throw new ArgumentException($"no view was given for camera {camera.Id}", nameof(views)));
            byId.Add(camera.Id, member);
            for (var r = 0; r < checks.Count; r++)
            {
                if (member.Groups[r] is { } group)
                {
                    if (!buckets[r].TryGetValue(group, out var ids))
                    {
                        buckets[r][group] = ids = [];
                    }

                    ids.Add(camera.Id);
                }
            }
        }

        var all = byId.ToImmutable();
        var states = ImmutableArray.CreateBuilder<RuleState>(checks.Count);
        for (var r = 0; r < checks.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var groups = ImmutableSortedDictionary.CreateBuilder<string, GroupState>(StringComparer.Ordinal);
            foreach (var (key, ids) in buckets[r])
            {
                groups[key] = Group(checks[r], context, all, key, ImmutableSortedSet.CreateRange(StringComparer.Ordinal, ids));
            }

            states.Add(RuleState.Of(groups.ToImmutable()));
        }

        var built = states.MoveToImmutable();
        return new PlanLevelFindings(session, all, built, Combine(checks, built));
    }

    internal PlanLevelFindings Next(
        IReadOnlyList<(RuleDefinition Rule, IPlanLevelCheck Check)> checks,
        RuleContext context,
        IReadOnlyList<Camera> changed,
        IReadOnlyCollection<string> removed,
        IReadOnlyDictionary<string, CameraView> views,
        CancellationToken cancellationToken)
    {
        var byId = members.ToBuilder();

        // Per rule: group key → the ids that leave it and join it, and whether a staying member shows differently.
        var moves = checks.Select(_ => new Dictionary<string, (List<string> Out, List<string> In)>(StringComparer.Ordinal)).ToArray();
        (List<string> Out, List<string> In) Moves(int r, string group)
        {
            if (!moves[r].TryGetValue(group, out var m))
            {
                moves[r][group] = m = ([], []);
            }

            return m;
        }

        foreach (var id in removed)
        {
            if (byId.TryGetValue(id, out var old))
            {
                byId.Remove(id);
                for (var r = 0; r < checks.Count; r++)
                {
                    if (old.Groups[r] is { } group)
                    {
                        Moves(r, group).Out.Add(id);
                    }
                }
            }
        }

        foreach (var camera in changed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = Ask(checks, context, camera, views[camera.Id]);
            var had = byId.TryGetValue(camera.Id, out var old);
            byId[camera.Id] = now;
            for (var r = 0; r < checks.Count; r++)
            {
                var before = had ? old!.Groups[r] : null;
                var after = now.Groups[r];
                if (before is not null && after is not null && string.Equals(before, after, StringComparison.Ordinal))
                {
                    if (checks[r].Check.Changes((old!.Camera, old.View), (now.Camera, now.View)))
                    {
                        _ = Moves(r, after);
                    }

                    continue;
                }

                if (before is not null)
                {
                    Moves(r, before).Out.Add(camera.Id);
                }

                if (after is not null)
                {
                    Moves(r, after).In.Add(camera.Id);
                }
            }
        }

        var all = byId.ToImmutable();
        var states = rules.ToBuilder();
        var any = false;
        for (var r = 0; r < checks.Count; r++)
        {
            if (moves[r].Count == 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var groups = rules[r].Groups.ToBuilder();
            foreach (var (key, (leaving, joining)) in moves[r])
            {
                var ids = groups.TryGetValue(key, out var group) ? group.Ids : ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
                ids = ids.Except(leaving).Union(joining);
                if (ids.IsEmpty)
                {
                    groups.Remove(key);
                }
                else
                {
                    groups[key] = Group(checks[r], context, all, key, ids);
                }
            }

            states[r] = RuleState.Of(groups.ToImmutable());
            any = true;
        }

        var next = states.MoveToImmutable();
        return new PlanLevelFindings(Session, all, next, any ? Combine(checks, next) : Findings);
    }

    private static Member Ask(IReadOnlyList<(RuleDefinition Rule, IPlanLevelCheck Check)> checks, RuleContext context, Camera camera, CameraView view)
    {
        var groups = new string?[checks.Count];
        for (var r = 0; r < checks.Count; r++)
        {
            groups[r] = checks[r].Check.Group(context, checks[r].Rule, camera);
        }

        return new Member(camera, view, groups);
    }

    private static GroupState Group(
        (RuleDefinition Rule, IPlanLevelCheck Check) check, RuleContext context, ImmutableDictionary<string, Member> all, string key, ImmutableSortedSet<string> ids) =>
        new(ids, [.. check.Check.GroupFindings(context, check.Rule, key, [.. ids.Select(id => all[id].Camera)])]);

    // RuleSession's order: by rule id (ordinal), rules with equal ids in pack order.
    private static IReadOnlyList<Finding> Combine(IReadOnlyList<(RuleDefinition Rule, IPlanLevelCheck Check)> checks, ImmutableArray<RuleState> states) =>
        [.. Enumerable.Range(0, checks.Count).OrderBy(r => checks[r].Rule.Id, StringComparer.Ordinal).ThenBy(r => r).SelectMany(r => states[r].Findings)];

    /// <summary>One camera as the plan-level rules saw it: its record, its view and its group per rule (null: none).</summary>
    private sealed record Member(Camera Camera, CameraView View, string?[] Groups);

    /// <summary>One group's members (ids, ordinal) and findings.</summary>
    private sealed record GroupState(ImmutableSortedSet<string> Ids, IReadOnlyList<Finding> Findings);

    /// <summary>One rule's groups by key (ordinal) and their findings in that order.</summary>
    private sealed record RuleState(ImmutableSortedDictionary<string, GroupState> Groups, IReadOnlyList<Finding> Findings)
    {
        public static RuleState Of(ImmutableSortedDictionary<string, GroupState> groups) => new(groups, [.. groups.Values.SelectMany(g => g.Findings)]);
    }
}
