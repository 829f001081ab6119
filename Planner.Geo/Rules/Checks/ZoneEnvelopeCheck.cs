using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>zone_envelope</c> (DK-02, DK-04, DK-05, DK-08, DK-09, DK-10): the envelope is the union of the rule's zone kinds
/// (only the camera operator's own when <c>own_zones</c>) buffered by <c>buffer_m</c>. A camera whose public view
/// reaches the envelope is reported <c>within_envelope</c> when its camera condition holds; when it does not hold and the
/// rule defines <c>condition_not_met</c> (e.g. DK-08: police not consulted), that is reported instead and the envelope
/// still bounds the area (the failing condition is this rule's finding, not another's). Without that outcome a camera
/// failing the condition gets no envelope (e.g. DK-05 for a recording camera).
/// </summary>
internal sealed class ZoneEnvelopeCheck : IEnvelopeCheck
{
    public CheckSpec Spec { get; } = new("zone_envelope", ["buffer_m"], ["within_envelope"], ["area_m2"])
    {
        OptionalOutcomes = ["condition_not_met"],
        Fields = ["zones"],
        Conditions = [CameraCondition.None, CameraCondition.Recording, CameraCondition.NotRecording, CameraCondition.PoliceConsulted],
    };

    public Geometry? Envelope(RuleContext context, RuleDefinition rule, Camera camera)
    {
        if (!rule.AppliesToOperator(camera.Operator))
        {
            return null;
        }

        if (!rule.CameraCondition.Holds(camera, context) && !rule.Outcomes.ContainsKey("condition_not_met"))
        {
            return null;
        }

        var zones = OwnZones(context, rule, camera);
        return zones.IsEmpty ? null : GeoOps.Buffer(zones, rule.Value("buffer_m"));
    }

    /// <summary>
    /// For an own-zone rule (DK-04, DK-05, DK-10) whose zone is missing where the camera hangs: the camera hangs on a
    /// building (mount rule) and its operator has no zone of the rule's kinds within <c>buffer_m</c> of it. The
    /// building's footprint buffered by <c>buffer_m</c> then stands in for the envelope the missing zone would give:
    /// public view inside it "could not be assessed", never a violation or an all-clear. Null when nothing is missing.
    /// </summary>
    public Geometry? StandIn(RuleContext context, RuleDefinition rule, Camera camera)
    {
        if (!rule.OwnZones || !rule.AppliesToOperator(camera.Operator)
            || (!rule.CameraCondition.Holds(camera, context) && !rule.Outcomes.ContainsKey("condition_not_met"))
            || context.Mount(camera) is not { } mount)
        {
            return null;
        }

        var buffer = rule.Value("buffer_m");
        // Any zone of the kinds counts as present here, listed business type or not: a business of a type the law does
        // not list has its entrance mapped and simply gets no envelope.
        var own = rule.OwnZones ? context.OwnZonesOf(camera, [.. rule.Zones]) : context.ZonesOf([.. rule.Zones]);
        return !own.IsEmpty && own.Distance(GeoOps.Factory.CreatePoint(camera.Location)) <= buffer + DwellingFacades.MountM
            ? null
            : GeoOps.Buffer(mount.Footprint, buffer);
    }

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            var publicPart = context.PublicPart(camera);
            if (!context.Significant(publicPart))
            {
                continue;
            }

            var zones = OwnZones(context, rule, camera);
            var inside = GeoOps.Intersection(publicPart, GeoOps.Buffer(zones, rule.Value("buffer_m")));
            if (!context.Significant(inside))
            {
                continue;
            }

            var assumed = rule.Parameters.Where(p => p.IsAssumption);
            var values = Conditions.Values(("area_m2", inside.Area));
            if (rule.CameraCondition.Holds(camera, context))
            {
                yield return context.Make(rule, "within_envelope", camera, values, inside, "excused_view", assumed);
            }
            else if (rule.Outcomes.ContainsKey("condition_not_met"))
            {
                yield return context.Make(rule, "condition_not_met", camera, values, inside, "offending_view", assumed);
            }
        }
    }

    /// <summary>The rule's zones for the camera: its operator's own (with <c>own_zones</c>) or everyone's; with
    /// <c>listed_business_types</c> only zones whose business type § 2 stk. 1 nr. 3 lists (or whose type is not stated).</summary>
    private static Geometry OwnZones(RuleContext context, RuleDefinition rule, Camera camera) =>
        !rule.ListedBusinessTypesOnly
            ? rule.OwnZones ? context.OwnZonesOf(camera, [.. rule.Zones]) : context.ZonesOf([.. rule.Zones])
            : GeoOps.Union(context.Zones
                .Where(z => rule.Zones.Contains(z.Kind) && (!rule.OwnZones || z.OperatorId is null || z.OperatorId == camera.OperatorId))
                .Where(z => z.BusinessType is not { } t || t.IsListedInLaw())
                .Select(z => z.Area));
}
