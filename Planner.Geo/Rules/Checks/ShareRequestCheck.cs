namespace Planner.Geo.Rules.Checks;

/// <summary>
/// <c>share_request</c> (DK-16): not a camera check — it judges a request to share images between businesses
/// (<see cref="Sharing.ShareCheck"/>, <c>planner share-check</c>). Here it only declares what the rule must hold:
/// the property-crime threshold and a met / not-met message per condition plus the verdict.
/// </summary>
internal sealed class ShareRequestCheck : IRuleCheck
{
    public static readonly IReadOnlyList<string> ConditionKeys = ["property_crime", "reported", "repeat", "closed_system", "permission"];

    public CheckSpec Spec { get; } = new(
        "share_request",
        ["property_threshold_dkk"],
        [.. ConditionKeys.SelectMany(k => new[] { k + "_met", k + "_not_met" }), "allowed", "refused"],
        ["offence", "offence_name", "amount_dkk", "occurred", "reported_at", "reasons", "reference"])
    {
        OptionalOutcomes = ["property_crime_assess", "assessment_needed"],
    };

    public IEnumerable<Finding> Evaluate(RuleContext context, RuleDefinition rule) => [];
}
