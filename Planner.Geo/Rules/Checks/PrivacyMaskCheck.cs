using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>privacy_mask</c> (DK-18, UK ICO masking): homes in a camera's real view must be masked, whoever runs the camera
/// (a housing organisation's camera must not film its own tenants' windows either; only a private person's own home is
/// left out). Two parts, both through the real
/// (occluded) view: the ground of dwelling zones in view (gardens, or dwellings not drawn as buildings), and the
/// facades of dwellings seen at window heights up to the camera's height (<see cref="DwellingFacades"/>; optional
/// parameters <c>window_min_m</c> 1.5, <c>window_step_m</c> 3, <c>min_facade_m</c> 1, <c>mask_depth_m</c> 1). The
/// finding's geometry is the proposed mask: the dwelling ground in view plus a strip behind each seen facade.
/// Without buildings the facades cannot be looked at: a camera within reach of a dwelling is then reported
/// <c>not_assessed</c>, never passed.
/// </summary>
internal sealed class PrivacyMaskCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("privacy_mask", [], ["mask_required"], ["area_m2", "zones", "facade_m", "dwellings", "heights"])
    {
        OptionalOutcomes = ["not_assessed"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var dwellings = context.Zones.Where(z => z.Kind == ZoneKind.Dwelling).ToList();
        if (dwellings.Count == 0)
        {
            yield break;
        }

        var allDwellings = context.ZonesOf(ZoneKind.Dwelling);
        var windowMin = rule.ValueOr("window_min_m", 1.5);
        var windowStep = rule.ValueOr("window_step_m", 3);
        var minFacade = rule.ValueOr("min_facade_m", 1);
        var depth = rule.ValueOr("mask_depth_m", 1);
        var assumed = rule.Parameters.Where(p => p.IsAssumption).ToList();
        foreach (var camera in context.Applicable(rule))
        {
            var view = context.View(camera).Visible;
            var others = OwnHomeLeftOut(camera) ? dwellings.Where(z => z.OperatorId != camera.OperatorId).ToList() : dwellings;
            var ground = GeoOps.Intersection(view, OwnHomeLeftOut(camera) ? GeoOps.Union(others.Select(z => z.Area)) : allDwellings);
            var groundZones = context.Significant(ground)
                ? others.Where(z => context.Significant(GeoOps.Intersection(view, z.Area))).Select(z => z.Id).ToList()
                : [];
            if (context.Buildings is null)
            {
                var point = GeoOps.Factory.CreatePoint(camera.Location);
                var nearby = dwellings.Where(z => z.Area.Distance(point) <= camera.Optics.RangeM).Select(z => z.Id).Order(StringComparer.Ordinal).ToList();
                if (nearby.Count > 0 && rule.Outcomes.ContainsKey("not_assessed"))
                {
                    yield return context.Make(rule, "not_assessed", camera, Conditions.Values(("dwellings", nearby.Count), ("zones", nearby)), assumed: assumed);
                }
            }

            var seen = context.SeenDwellings(camera, windowMin, windowStep, minFacade)
                .Where(d => !OwnHomeLeftOut(camera) || d.Zone.OperatorId != camera.OperatorId)
                .ToList();
            if (!context.Significant(ground) && seen.Count == 0)
            {
                continue;
            }

            var mask = GeoOps.Union(seen.Select(s => DwellingFacades.Mask(s, depth)).Append(ground));
            var zoneIds = groundZones.Concat(seen.Select(s => s.Zone.Id)).Distinct().Order(StringComparer.Ordinal).ToList();
            var heights = DwellingFacades.WindowHeights(camera.Optics.HeightM, windowMin, windowStep);
            var heightRange = heights.Count == 0 ? MessageValue.Missing : MessageValue.OfRange(heights[0], heights[^1], "m");
            yield return context.Make(
                rule,
                "mask_required",
                camera,
                Conditions.Values(
                    ("area_m2", ground.IsEmpty ? 0.0 : ground.Area),
                    ("zones", zoneIds),
                    ("facade_m", seen.Sum(s => s.FacadeM)),
                    ("dwellings", zoneIds.Count),
                    ("heights", heightRange)),
                mask,
                "privacy_mask",
                assumed);
        }
    }

    /// <summary>
    /// A private person's own home and garden (a dwelling zone with the camera's operator_id) is not someone else's
    /// place; every other operator's "own" dwellings are its tenants' or residents' homes and count.
    /// </summary>
    private static bool OwnHomeLeftOut(Camera camera) => camera.Operator == OperatorType.Private && camera.OperatorId is not null;
}
