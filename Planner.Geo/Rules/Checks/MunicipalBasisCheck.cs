using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>municipal_basis</c> (DK-08, § 2 a): the envelope is the rule's zones (e.g. residential_area) buffered by
/// <c>buffer_m</c>, but only a <em>possible</em> basis: § 2 a needs a decision of the municipal council, the purpose of
/// promoting tryghed, and a discussion with the police. Per camera whose public view reaches the envelope:
/// <c>purpose_not_basis</c> (its purpose_category is set and is not tryghed — general crime prevention alone is no
/// § 2 a basis, and the camera gets no envelope, so DK-11 reports the view), <c>condition_not_met</c> (police not
/// consulted; the envelope still bounds the area), <c>prerequisites_missing</c> (council decision or purpose category
/// not stated, listing the missing fields), else <c>within_envelope</c>, worded as a condition, never a conclusion.
/// </summary>
internal sealed class MunicipalBasisCheck : IEnvelopeCheck
{
    public CheckSpec Spec { get; } = new(
        "municipal_basis",
        ["buffer_m"],
        ["within_envelope", "condition_not_met", "prerequisites_missing", "purpose_not_basis"],
        ["area_m2", "missing", "decision_ref", "decision_date", "purpose_category"])
    {
        Fields = ["zones"],
    };

    public Geometry? Envelope(RuleContext context, RuleDefinition rule, Camera camera)
    {
        if (!rule.AppliesToOperator(camera.Operator) || PurposeRulesOut(camera))
        {
            return null;
        }

        var zones = context.ZonesOf([.. rule.Zones]);
        return zones.IsEmpty ? null : GeoOps.Buffer(zones, rule.Value("buffer_m"));
    }

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var assumed = rule.Parameters.Where(p => p.IsAssumption).ToList();
        var envelope = GeoOps.Buffer(context.ZonesOf([.. rule.Zones]), rule.Value("buffer_m"));
        foreach (var camera in context.Applicable(rule))
        {
            var inside = GeoOps.Intersection(context.PublicPart(camera), envelope);
            if (!context.Significant(inside))
            {
                continue;
            }

            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(camera.CouncilDecisionRef))
            {
                missing.Add("council_decision_ref");
            }

            if (camera.CouncilDecisionDate is null)
            {
                missing.Add("council_decision_date");
            }

            if (camera.PurposeCategory is null)
            {
                missing.Add("purpose_category");
            }

            var values = Conditions.Values(
                ("area_m2", inside.Area),
                ("missing", missing),
                ("decision_ref", camera.CouncilDecisionRef),
                ("decision_date", camera.CouncilDecisionDate),
                ("purpose_category", camera.PurposeCategory?.ToContractName()));
            var (outcome, role) = PurposeRulesOut(camera) ? ("purpose_not_basis", "public_view")
                : camera.PoliceConsulted != true ? ("condition_not_met", "offending_view")
                : missing.Count > 0 ? ("prerequisites_missing", "public_view")
                : ("within_envelope", "excused_view");
            yield return context.Make(rule, outcome, camera, values, inside, role, assumed);
        }
    }

    /// <summary>A stated purpose other than tryghed: § 2 a cannot be the basis.</summary>
    private static bool PurposeRulesOut(Camera camera) => camera.PurposeCategory is { } c && c != PurposeCategory.Tryghed;
}
