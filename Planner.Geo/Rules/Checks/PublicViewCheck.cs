namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>public_view_outside_exceptions</c> (DK-01, DK-11): the part of a camera's real view on public_area that lies
/// outside the envelopes of every exception rule that applies to the camera is reported with that part as geometry.
/// The finding is an assumption when any exception envelope with an assumed parameter exists for the camera (a
/// different value would move the line).
/// </summary>
internal sealed class PublicViewCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("public_view_outside_exceptions", [], ["outside_exceptions"], ["area_m2", "public_area_m2"])
    {
        UsesExceptions = true,
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            if (context.PublicOutsideExceptions(rule, camera) is { } view && context.Significant(view.Outside))
            {
                yield return context.Make(
                    rule,
                    "outside_exceptions",
                    camera,
                    Conditions.Values(("area_m2", view.Outside.Area), ("public_area_m2", view.PublicPart.Area)),
                    view.Outside,
                    "offending_view",
                    view.Assumed.Concat(rule.Parameters.Where(p => p.IsAssumption)));
            }
        }
    }
}
