namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>public_view_outside_exceptions</c> (DK-01, DK-11): the part of a camera's real view on public_area that lies
/// outside the envelopes of every exception rule that applies to the camera is reported with that part as geometry.
/// Where an exception's zone is missing at the building the camera hangs on (no entrance zone of its operator there,
/// see <see cref="ZoneEnvelopeCheck.StandIn"/>), the public view that zone could excuse is reported
/// <c>not_assessed</c> (naming the zone kinds to add), and only the rest <c>outside_exceptions</c>: a gap in the data is
/// neither a violation nor an all-clear. A finding is an assumption when any exception envelope with an assumed
/// parameter exists for the camera (a different value would move the line).
/// </summary>
internal sealed class PublicViewCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("public_view_outside_exceptions", [], ["outside_exceptions"], ["area_m2", "public_area_m2", "zones", "rules", "sections"])
    {
        UsesExceptions = true,
        OptionalOutcomes = ["not_assessed"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        foreach (var camera in context.Applicable(rule))
        {
            if (context.PublicOutsideExceptions(rule, camera) is not { } view || !context.Significant(view.Outside))
            {
                continue;
            }

            var sections = rule.Exceptions
                .Select(context.Pack.Find)
                .Where(r => r is not null && r.AppliesToOperator(camera.Operator))
                .Select(r => r!.Source.Section)
                .Distinct()
                .ToList();
            var assumed = view.Assumed.Concat(rule.Parameters.Where(p => p.IsAssumption)).ToList();
            var unassessed = view.MissingFor.Count > 0 && rule.Outcomes.ContainsKey("not_assessed");
            var breaking = unassessed ? view.Breaking : view.Outside;
            if (context.Significant(breaking))
            {
                yield return context.Make(
                    rule,
                    "outside_exceptions",
                    camera,
                    Conditions.Values(("area_m2", breaking.Area), ("public_area_m2", view.PublicPart.Area), ("sections", sections)),
                    breaking,
                    "offending_view",
                    assumed);
            }

            if (unassessed && context.Significant(view.Unassessed))
            {
                yield return context.Make(
                    rule,
                    "not_assessed",
                    camera,
                    Conditions.Values(
                        ("area_m2", view.Unassessed.Area),
                        ("public_area_m2", view.PublicPart.Area),
                        ("zones", view.MissingFor.SelectMany(r => r.Zones).Select(z => Model.ZoneKinds.ToContractName(z)).Distinct().ToList()),
                        ("rules", view.MissingFor.Select(r => r.Id).ToList()),
                        ("sections", sections)),
                    view.Unassessed,
                    "unassessed_view",
                    assumed);
            }
        }
    }
}
