using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Rules;

/// <summary>
/// Evaluates cameras, their real (occluded) views and zones against a rule pack. Geometry in the working CRS, metres.
/// Findings come in a deterministic order: camera findings by camera id then rule id (ordinal), then plan-level
/// findings by rule id; findings of one camera and rule keep the check's order.
/// </summary>
public static class RuleEngine
{
    /// <summary>Evaluates with given views: one per camera (e.g. from <see cref="CoverageEngine.ComputeViews(IReadOnlyList{Camera}, IReadOnlyList{Building}, CoverageOptions?)"/>), matched by camera id.</summary>
    public static IReadOnlyList<Finding> Evaluate(
        RulePack pack,
        IReadOnlyList<Camera> cameras,
        IReadOnlyList<CameraView> views,
        IReadOnlyList<Zone> zones,
        RuleEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(options);
        if (!pack.Languages.Contains(options.Language))
        {
            throw new DomainRuleException("lang", $"lang must be one of {string.Join(", ", pack.Languages)}");
        }

        var context = new RuleContext(pack, cameras, views, zones, options);
        var findings = new List<Finding>();
        foreach (var rule in pack.Rules)
        {
            var check = CheckRegistry.Get(rule.Check) ?? throw new InvalidOperationException($"rule {rule.Id}: unknown check {rule.Check}");
            findings.AddRange(check.Evaluate(context, rule));
        }

        return [.. findings
            .Select((f, i) => (f, i))
            .OrderBy(t => t.f.CameraId is null ? 1 : 0)
            .ThenBy(t => t.f.CameraId ?? "", StringComparer.Ordinal)
            .ThenBy(t => t.f.RuleId, StringComparer.Ordinal)
            .ThenBy(t => t.i)
            .Select(t => t.f)];
    }

    /// <summary>Convenience: computes the views with the coverage engine, then evaluates.</summary>
    public static IReadOnlyList<Finding> Evaluate(RulePack pack, Plan plan, RuleEngineOptions options, CoverageOptions? coverage = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var views = CoverageEngine.ComputeViews(plan.Cameras, plan.Buildings, coverage);
        // As the workspace does: a plan without buildings has no facades to test, so DK-18 says "not assessed" rather
        // than finding nothing on an empty layer.
        return Evaluate(pack, plan.Cameras, views, plan.Zones, options.Buildings is null && plan.Buildings.Count > 0 ? options with { Buildings = plan.Buildings } : options);
    }
}
