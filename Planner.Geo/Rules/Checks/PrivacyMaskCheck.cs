using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>privacy_mask</c> (DK-18, UK ICO masking): the part of a camera's real (occluded) view on dwelling zones that are
/// not its own operator's (a dwelling without operator_id is someone else's) must be masked; the finding's geometry is
/// that mask polygon. A dwelling hidden behind a building is not in the real view, so it is not flagged.
/// </summary>
internal sealed class PrivacyMaskCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("privacy_mask", [], ["mask_required"], ["area_m2", "zones"]);

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            var view = context.View(camera).Visible;
            var mask = GeoOps.Intersection(view, context.OthersZonesOf(camera, ZoneKind.Dwelling));
            if (!context.Significant(mask))
            {
                continue;
            }

            var zoneIds = context.Zones
                .Where(z => z.Kind == ZoneKind.Dwelling && (z.OperatorId is null || z.OperatorId != camera.OperatorId))
                .Where(z => context.Significant(GeoOps.Intersection(view, z.Area)))
                .Select(z => z.Id)
                .Order(StringComparer.Ordinal)
                .ToList();
            yield return context.Make(
                rule,
                "mask_required",
                camera,
                Conditions.Values(("area_m2", mask.Area), ("zones", zoneIds)),
                mask,
                "privacy_mask",
                rule.Parameters.Where(p => p.IsAssumption));
        }
    }
}
