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

    /// <summary>
    /// The findings of <paramref name="cameras"/> (ids unique, each with a view in <paramref name="views"/>): every camera
    /// joins the state without cameras, through the same path as an edit.
    /// </summary>
    internal static PlanLevelFindings Build(
        RuleSession session,
        IReadOnlyList<(RuleDefinition Rule, IPlanLevelCheck Check)> checks,
        RuleContext context,
        IReadOnlyList<Camera> cameras,
        IReadOnlyDictionary<string, CameraView> views,
        CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var camera in cameras)
        {
            if (!views.ContainsKey(camera.Id))
            {
                throw new ArgumentException($"no view was given for camera {camera.Id}", nameof(views));
            }

            if (!ids.Add(camera.Id))
            {
                throw new ArgumentException($"camera {camera.Id} is given twice", nameof(cameras));
            }
        }

        var none = new PlanLevelFindings(
            session,
            ImmutableDictionary.Create<string, Member>(StringComparer.Ordinal),
            [.. checks.Select(_ => RuleState.Of(ImmutableSortedDictionary.Create<string, GroupState>(StringComparer.Ordinal)))],
            []);
        return none.Next(checks, context, cameras, [], views, cancellationToken);
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

        // Per rule and group key: the ids that leave, the cameras that join or stay with a new record, and whether the
        // group's findings must be rebuilt (someone left or joined, or a staying member shows differently).
        var moves = checks.Select(_ => new Dictionary<string, Moves>(StringComparer.Ordinal)).ToArray();
        Moves At(int r, string group)
        {
            if (!moves[r].TryGetValue(group, out var m))
            {
                moves[r][group] = m = new Moves();
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
                        At(r, group).Leave(id);
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
                    // Kept with its new record either way, so a later rebuild of the group never sees a stale one.
                    At(r, after).Stay(camera, checks[r].Check.Changes((old!.Camera, old.View), (now.Camera, now.View)));
                    continue;
                }

                if (before is not null)
                {
                    At(r, before).Leave(camera.Id);
                }

                if (after is not null)
                {
                    At(r, after).Join(camera);
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
            var rebuilt = false;
            foreach (var (key, m) in moves[r])
            {
                var old = groups.TryGetValue(key, out var group) ? group : null;
                var cameras = (old?.Cameras ?? ImmutableSortedDictionary.Create<string, Camera>(StringComparer.Ordinal)).RemoveRange(m.Leaving).SetItems(m.Cameras);
                if (cameras.IsEmpty)
                {
                    groups.Remove(key);
                    rebuilt = true;
                }
                else if (m.Rebuild || old is null)
                {
                    groups[key] = Group(checks[r], context, key, cameras);
                    rebuilt = true;
                }
                else
                {
                    groups[key] = old with { Cameras = cameras };
                }
            }

            states[r] = rebuilt ? RuleState.Of(groups.ToImmutable()) : rules[r] with { Groups = groups.ToImmutable() };
            any |= rebuilt;
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
        (RuleDefinition Rule, IPlanLevelCheck Check) check, RuleContext context, string key, ImmutableSortedDictionary<string, Camera> cameras) =>
        new(cameras, [.. check.Check.GroupFindings(context, check.Rule, key, [.. cameras.Values])]);

    // RuleSession's order: by rule id (ordinal), rules with equal ids in pack order.
    private static IReadOnlyList<Finding> Combine(IReadOnlyList<(RuleDefinition Rule, IPlanLevelCheck Check)> checks, ImmutableArray<RuleState> states) =>
        [.. Enumerable.Range(0, checks.Count).OrderBy(r => checks[r].Rule.Id, StringComparer.Ordinal).ThenBy(r => r).SelectMany(r => states[r].Findings)];

    /// <summary>One camera as the plan-level rules saw it: its record, its view and its group per rule (null: none).</summary>
    private sealed record Member(Camera Camera, CameraView View, string?[] Groups);

    /// <summary>One group's members (current records by id, ordinal) and findings.</summary>
    private sealed record GroupState(ImmutableSortedDictionary<string, Camera> Cameras, IReadOnlyList<Finding> Findings);

    /// <summary>What one edit does to one group.</summary>
    private sealed class Moves
    {
        public List<string> Leaving { get; } = [];

        public List<KeyValuePair<string, Camera>> Cameras { get; } = [];

        public bool Rebuild { get; private set; }

        public void Leave(string id)
        {
            Leaving.Add(id);
            Rebuild = true;
        }

        public void Join(Camera camera)
        {
            Cameras.Add(KeyValuePair.Create(camera.Id, camera));
            Rebuild = true;
        }

        public void Stay(Camera camera, bool shows)
        {
            Cameras.Add(KeyValuePair.Create(camera.Id, camera));
            Rebuild |= shows;
        }
    }

    /// <summary>One rule's groups by key (ordinal) and their findings in that order.</summary>
    private sealed record RuleState(ImmutableSortedDictionary<string, GroupState> Groups, IReadOnlyList<Finding> Findings)
    {
        public static RuleState Of(ImmutableSortedDictionary<string, GroupState> groups) => new(groups, [.. groups.Values.SelectMany(g => g.Findings)]);
    }
}
