using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>takeover_layer</c> (DK-17): the cameras of the rule's operator types that the police could take over with a
/// court order — every one not mounted inside a dwelling zone (homes are excluded) — as one plan-level layer.
/// </summary>
internal sealed class TakeoverCheck : IPlanLevelCheck
{
    public CheckSpec Spec { get; } = new("takeover_layer", [], ["eligible"], ["count", "cameras"]);

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var dwellings = context.ZonesOf(ZoneKind.Dwelling);
        var cameras = context.Applicable(rule)
            .Where(c => dwellings.IsEmpty || !context.Covers(dwellings, c))
            .ToList();
        return CameraListFinding.For(context, rule, "eligible", cameras);
    }
}
