using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>sign_required</c> (DK-13, DK-13b): a camera of the rule's operator types whose real view reaches public_area
/// outside its exception envelopes (e.g. DK-05 live view of its own entrance needs no sign) must be signposted; the
/// finding proposes sign points (MultiPoint) by <see cref="SignPoints"/> on the view boundary where it crosses the
/// public area outside the exception envelopes. A camera whose public view breaks a rule of the pack that forbids it
/// (DK-01, DK-11), or cannot be assessed against it, gets no sign proposal: a sign cures nothing there.
/// </summary>
internal sealed class SignCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("sign_required", ["min_entry_m", "sign_spacing_m"], ["sign_required"], ["points", "area_m2"])
    {
        UsesExceptions = true,
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            if (context.PublicOutsideExceptions(rule, camera) is not { } view || !context.Significant(view.Outside) || Unlawful(context, camera))
            {
                continue;
            }

            var publicOutside = GeoOps.Difference(context.ZonesOf(ZoneKind.PublicArea), view.Envelope);
            var points = SignPoints.Propose(context.View(camera).Visible, publicOutside, rule.Value("min_entry_m"), rule.Value("sign_spacing_m"));
            var geometry = GeoOps.Factory.CreateMultiPoint([.. points]);
            yield return context.Make(
                rule,
                "sign_required",
                camera,
                Conditions.Values(("points", points.Count), ("area_m2", view.Outside.Area)),
                geometry,
                "sign_points",
                view.Assumed.Concat(rule.Parameters.Where(p => p.IsAssumption)));
        }
    }

    /// <summary>
    /// True when a rule of the pack that forbids public view (DK-01, DK-11) finds public view outside its exceptions for
    /// the camera, or cannot assess it: a sign cures nothing there (that rule's finding advises reducing the view or
    /// masking), and a live-view camera within its own-entrance exception needs none (§ 3 stk. 2).
    /// </summary>
    private static bool Unlawful(RuleContext context, Camera camera) =>
        context.Pack.Rules
            .Where(r => r.Check == "public_view_outside_exceptions" && r.AppliesToOperator(camera.Operator))
            .Any(r => context.PublicOutsideExceptions(r, camera) is { } v && context.Significant(v.Outside));
}
