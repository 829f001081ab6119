namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>quality_level</c> (UK principle 11, effective evidential use): a recording camera of the rule's operator types
/// whose real view at the rule's DORI <c>level</c> covers less than <c>min_area_m2</c> is reported.
/// </summary>
internal sealed class QualityLevelCheck : IRuleCheck
{
    public CheckSpec Spec { get; } = new("quality_level", ["min_area_m2"], ["insufficient"], ["level", "area_m2"])
    {
        Fields = ["level"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule)
    {
        var level = rule.Level!.Value;
        foreach (var camera in context.Applicable(rule))
        {
            if (camera.Recording == false)
            {
                continue;
            }

            var area = context.View(camera)[level].Area;
            if (area < rule.Value("min_area_m2"))
            {
                yield return context.Make(
                    rule,
                    "insufficient",
                    camera,
                    Conditions.Values(("level", level.ToString().ToLowerInvariant()), ("area_m2", area)),
                    assumed: rule.Parameters.Where(p => p.IsAssumption));
            }
        }
    }
}
