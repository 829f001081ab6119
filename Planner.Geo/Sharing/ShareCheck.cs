using Planner.Geo.Rules;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Sharing;

/// <summary>
/// Decides a sharing request against the pack's <c>share_request</c> rule (DK-16), condition by condition:
/// <list type="number">
/// <item>property_crime: a property crime that is not trivial — robbery (røveri) always; otherwise the amount must be
/// over <c>property_threshold_dkk</c> (the 2017 proposal's example "over e.g. 1,000 kr"; an assumption);</item>
/// <item>reported: reported to the police on the day of the offence at the latest (calendar day in the offence's own
/// offset);</item>
/// <item>repeat: concrete reasons given to expect repeat offending against the circle of businesses;</item>
/// <item>closed_system: sharing in a closed system with limited access;</item>
/// <item>permission: Datatilsynet has given permission.</item>
/// </list>
/// </summary>
public static class ShareCheck
{
    public static ShareDecision Decide(RulePack pack, ShareRequest request, string language)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(request);
        if (!pack.Languages.Contains(language))
        {
            throw new DomainRuleException("lang", $"lang must be one of {string.Join(", ", pack.Languages)}");
        }

        var rule = pack.Rules.FirstOrDefault(r => r.Check == "share_request")
            ?? throw new InputException(pack.SourceFile, null, "rules", "expected a rule with check share_request (the image-sharing conditions)");
        var threshold = rule.Parameter("property_threshold_dkk");
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["offence"] = request.Offence,
            ["amount_dkk"] = request.AmountDkk,
            ["occurred"] = request.OccurredAt.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture),
            ["reported_at"] = request.ReportedAt?.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture),
            ["reasons"] = request.RepeatReasons,
            ["reference"] = request.PermissionReference,
            ["property_threshold_dkk"] = threshold.Value,
            ["today"] = null,
            ["camera"] = null,
        };
        foreach (var p in rule.Parameters)
        {
            values[p.Name] = p.Value;
        }

        var isRobbery = request.Offence.Trim().ToLowerInvariant() is "robbery" or "røveri";
        var propertyMet = request.PropertyCrime && (isRobbery || (request.AmountDkk is { } amount && (double)amount > threshold.Value));
        var thresholdUsed = request.PropertyCrime && !isRobbery && threshold.IsAssumption;
        var reportedMet = request.ReportedAt is { } reported
            && DateOnly.FromDateTime(reported.ToOffset(request.OccurredAt.Offset).DateTime) <= DateOnly.FromDateTime(request.OccurredAt.DateTime);
        var repeatMet = request.RepeatOffendingExpected && !string.IsNullOrWhiteSpace(request.RepeatReasons);
        var conditions = new List<ShareCondition>
        {
            Condition(pack, rule, "property_crime", propertyMet, values, language, thresholdUsed ? [threshold] : []),
            Condition(pack, rule, "reported", reportedMet, values, language, []),
            Condition(pack, rule, "repeat", repeatMet, values, language, []),
            Condition(pack, rule, "closed_system", request.ClosedSystem, values, language, []),
            Condition(pack, rule, "permission", request.DatatilsynetPermission, values, language, []),
        };
        var allowed = conditions.All(c => c.Met);
        var verdict = MessageTemplate.Fill(rule.Outcomes[allowed ? "allowed" : "refused"].Message.Get(language), values, language);
        return new ShareDecision(rule.Id, allowed, verdict, rule.Source.Citation, rule.Source.Url, conditions);
    }

    private static ShareCondition Condition(RulePack pack, RuleDefinition rule, string key, bool met, Dictionary<string, object?> values, string language, IReadOnlyList<RuleParameter> assumed)
    {
        System.Diagnostics.Debug.Assert(ShareRequestCheck.ConditionKeys.Contains(key), "condition keys match the check's spec");
        var message = MessageTemplate.Fill(rule.Outcomes[key + (met ? "_met" : "_not_met")].Message.Get(language), values, language);
        foreach (var p in assumed)
        {
            message += " " + MessageTemplate.Fill(
                pack.AssumptionNote.Get(language),
                new Dictionary<string, object?> { ["rule"] = p.RuleId, ["name"] = p.Name, ["value"] = p.Value, ["unit"] = p.Unit },
                language);
        }

        return new ShareCondition(key, met, message, assumed.Count > 0, assumed);
    }
}
