using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>permit</c> (DK-07): a camera of the rule's operator types whose real view reaches public_area and that names a
/// permit: valid (not expired on the injected date) → the permit excuses its whole view (envelope) and an info
/// finding; expired or without an expiry date → reported; longer than <c>max_permit_years</c> from today → reported.
/// Cameras without a permit are left to the rule they would break (DK-01). Only a police permit excuses; a permit from
/// anyone else is reported <c>issuer_not_police</c> (optional outcome) and gives no envelope.
/// </summary>
internal sealed class PermitCheck : IEnvelopeCheck
{
    public CheckSpec Spec { get; } = new("permit", ["max_permit_years"], ["permit_valid", "permit_expired", "expiry_unknown"], ["permit", "expires", "area_m2", "issuer"])
    {
        OptionalOutcomes = ["permit_too_long", "issuer_not_police"],
    };

    public Geometry? Envelope(RuleContext context, RuleDefinition rule, Camera camera) =>
        rule.AppliesToOperator(camera.Operator) && PermitStatus.Of(camera, context.Today) == PermitState.Valid && !PermitIssuer.IsNotPolice(camera)
            ? context.View(camera).Visible
            : null;

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            var publicPart = context.PublicPart(camera);
            var state = PermitStatus.Of(camera, context.Today);
            if (state == PermitState.None || !context.Significant(publicPart))
            {
                continue;
            }

            var values = Conditions.Values(("permit", camera.Permit), ("expires", camera.PermitExpires), ("area_m2", publicPart.Area), ("issuer", PermitIssuer.Name(camera)));
            var notPolice = PermitIssuer.IsNotPolice(camera) && rule.Outcomes.ContainsKey("issuer_not_police");
            if (!(notPolice && state == PermitState.Valid))
            {
                yield return context.Make(rule, PermitStatus.Outcome(state), camera, values, publicPart, "public_view");
            }

            if (PermitStatus.TooLong(camera, context.Today, rule.Value("max_permit_years")) && rule.Outcomes.ContainsKey("permit_too_long"))
            {
                yield return context.Make(rule, "permit_too_long", camera, values);
            }

            if (notPolice)
            {
                yield return context.Make(rule, "issuer_not_police", camera, values);
            }
        }
    }
}
