using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Rules;

/// <summary>
/// A rule pack evaluated over one zones layer in two parts, for incremental use (the plan workspace, the optimiser):
/// <see cref="CameraFindings"/> runs every check on a one-camera context, <see cref="PlanFindings"/> runs the plan-level
/// checks (<see cref="IPlanLevelCheck"/>) on the whole plan, and <see cref="PlanLevel(IReadOnlyList{Camera}, IReadOnlyDictionary{string, CameraView}, CancellationToken)"/>
/// gives the same findings kept per camera and finding group, for updates that cost what an edit changes. All share one
/// <see cref="ZoneLayerCache"/>, so zone unions, buffers and each view's public part are computed once. <see cref="Combine"/> puts the parts in
/// <see cref="RuleEngine.Evaluate(RulePack, IReadOnlyList{Camera}, IReadOnlyList{CameraView}, IReadOnlyList{Zone}, RuleEngineOptions)"/>'s
/// order, with the same findings. Thread-safe.
/// </summary>
public sealed class RuleSession
{
    private readonly (RuleDefinition Rule, IRuleCheck Check)[] rules;
    private readonly (RuleDefinition Rule, IPlanLevelCheck Check)[] planChecks;
    private readonly ZoneLayerCache cache;

    public RuleSession(RulePack pack, IReadOnlyList<Zone> zones, RuleEngineOptions options)
        : this(pack, zones, options, null)
    {
    }

    private RuleSession(RulePack pack, IReadOnlyList<Zone> zones, RuleEngineOptions options, ZoneLayerCache? cache)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(zones);
        ArgumentNullException.ThrowIfNull(options);
        if (!pack.Languages.Contains(options.Language))
        {
            throw new DomainRuleException("lang", $"lang must be one of {string.Join(", ", pack.Languages)}");
        }

        Pack = pack;
        Zones = zones;
        Options = options;
        this.cache = cache ?? new ZoneLayerCache(zones);
        rules = [.. pack.Rules.Select(r => (r, CheckRegistry.Get(r.Check) ?? throw new InvalidOperationException($"rule {r.Id}: unknown check {r.Check}")))];
        planChecks = [.. rules.Where(r => r.Check is IPlanLevelCheck).Select(r => (r.Rule, (IPlanLevelCheck)r.Check))];
    }

    public RulePack Pack { get; }

    public IReadOnlyList<Zone> Zones { get; }

    public RuleEngineOptions Options { get; }

    /// <summary>
    /// The same zones layer and options checked against <paramref name="pack"/> (e.g. a what-if with changed assumed
    /// parameters). The zone unions and public parts cached so far are shared: they do not depend on the pack's values.
    /// </summary>
    public RuleSession WithPack(RulePack pack) => new(pack, Zones, Options, cache);

    /// <summary>The camera's own findings (camera id set), by rule id (ordinal), each rule's in its check's order.</summary>
    public IReadOnlyList<Finding> CameraFindings(Camera camera, CameraView view)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(view);
        var context = new RuleContext(Pack, [camera], [view], cache, Options);
        var findings = new List<Finding>();
        foreach (var (rule, check) in rules)
        {
            findings.AddRange(check.Evaluate(context, rule).Where(f => f.CameraId is not null));
        }

        return Sorted(findings);
    }

    /// <summary>The plan-level findings (no camera id) of the plan-level checks, by rule id (ordinal).</summary>
    public IReadOnlyList<Finding> PlanFindings(IReadOnlyList<Camera> cameras, IReadOnlyList<CameraView> views, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(views);
        return PlanLevel(cameras, views.ToDictionary(v => v.CameraId, StringComparer.Ordinal), cancellationToken).Findings;
    }

    /// <summary>
    /// The plan-level findings of <paramref name="cameras"/>, kept for incremental updates (see <see cref="PlanLevelFindings"/>).
    /// <paramref name="views"/> holds at least each camera's view by camera id; it is read, not copied.
    /// </summary>
    public PlanLevelFindings PlanLevel(IReadOnlyList<Camera> cameras, IReadOnlyDictionary<string, CameraView> views, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        ArgumentNullException.ThrowIfNull(views);
        var context = new RuleContext(Pack, [], views, cache, Options);
        return PlanLevelFindings.Build(this, planChecks, context, cameras, views, cancellationToken);
    }

    /// <summary>
    /// <paramref name="before"/> after an edit: <paramref name="changed"/> holds the cameras added or changed (record or
    /// view), <paramref name="removed"/> the ids of cameras deleted, <paramref name="views"/> at least the view of every
    /// camera now in the plan, by camera id. Only the changed cameras are asked and only the groups they join, leave or
    /// show differently are rebuilt; the findings equal <see cref="PlanLevel(IReadOnlyList{Camera}, IReadOnlyDictionary{string, CameraView}, CancellationToken)"/>
    /// of the edited plan. <paramref name="before"/> must come from this session (same pack, zones and options).
    /// </summary>
    public PlanLevelFindings PlanLevel(
        PlanLevelFindings before,
        IReadOnlyList<Camera> changed,
        IReadOnlyCollection<string> removed,
        IReadOnlyDictionary<string, CameraView> views,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(views);
        if (!ReferenceEquals(before.Session, this))
        {
            throw new ArgumentException("plan-level findings can only be updated by the session that computed them", nameof(before));
        }

        var context = new RuleContext(Pack, changed, views, cache, Options);
        return before.Next(planChecks, context, changed, removed, views, cancellationToken);
    }

    /// <summary>
    /// All findings in the engine's order: camera findings by camera id (ordinal), then plan-level findings.
    /// <paramref name="byCamera"/> holds each camera's <see cref="CameraFindings"/>.
    /// </summary>
    public static IReadOnlyList<Finding> Combine(IEnumerable<KeyValuePair<string, IReadOnlyList<Finding>>> byCamera, IReadOnlyList<Finding> plan)
    {
        ArgumentNullException.ThrowIfNull(byCamera);
        ArgumentNullException.ThrowIfNull(plan);
        var all = new List<Finding>();
        foreach (var (_, findings) in byCamera.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            all.AddRange(findings);
        }

        all.AddRange(plan);
        return all;
    }

    private static List<Finding> Sorted(List<Finding> findings) =>
        [.. findings.Select((f, i) => (f, i)).OrderBy(t => t.f.RuleId, StringComparer.Ordinal).ThenBy(t => t.i).Select(t => t.f)];
}
