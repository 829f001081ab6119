using Planner.Geo.Rules;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Sharing;

/// <summary>
/// Decides a sharing request against the pack's <c>share_request</c> rule (DK-16), condition by condition:
/// <list type="number">
/// <item>property_crime: a property crime that is not trivial. The offence is matched against the coded list of
/// <see cref="OffenceCatalogue"/> (Danish and English names; "groft røveri" is robbery); robbery is never trivial;
/// otherwise an amount over <c>property_threshold_dkk</c> (the 2017 proposal's example "over e.g. 1,000 kr"; an
/// assumption) is not trivial, and at or below it — or without an amount — only that assumption stands in the way, so
/// the condition is undecided ("needs a concrete assessment", outcome <c>property_crime_assess</c>), never "not met";</item>
/// <item>reported: reported to the police on the day of the offence at the latest (calendar day in the offence's own
/// offset);</item>
/// <item>repeat: concrete reasons given to expect repeat offending against the circle of businesses;</item>
/// <item>closed_system: sharing in a closed system with limited access;</item>
/// <item>permission: Datatilsynet has given permission.</item>
/// </list>
/// Verdict: <c>allowed</c> when every condition is met, <c>assessment_needed</c> when the only open condition is the
/// undecided triviality, else <c>refused</c>; a verdict resting on the assumed threshold carries its note.
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

        var code = OffenceCatalogue.Match(request.Offence);
        values["offence_name"] = code is null ? request.Offence : language == "da" ? code.Danish : code.English;
        var isProperty = code?.PropertyCrime ?? request.PropertyCrime;
        var overThreshold = request.AmountDkk is { } amount && (double)amount > threshold.Value;
        var canAssess = rule.Outcomes.ContainsKey("property_crime_assess") && rule.Outcomes.ContainsKey("assessment_needed");

        // Only the assumed threshold stands between the request and "not trivial": the law says "ikke bagatelagtig",
        // not an amount, so that needs a concrete assessment rather than a refusal.
        var propertyUndecided = isProperty && code?.NeverTrivial != true && !overThreshold && threshold.IsAssumption && canAssess;
        var propertyMet = isProperty && (code?.NeverTrivial == true || overThreshold);
        var thresholdUsed = isProperty && code?.NeverTrivial != true && threshold.IsAssumption;
        var reportedMet = request.ReportedAt is { } reported
            && DateOnly.FromDateTime(reported.ToOffset(request.OccurredAt.Offset).DateTime) <= DateOnly.FromDateTime(request.OccurredAt.DateTime);
        var repeatMet = request.RepeatOffendingExpected && !string.IsNullOrWhiteSpace(request.RepeatReasons);
        var conditions = new List<ShareCondition>
        {
            propertyUndecided
                ? Condition(pack, rule, "property_crime", false, values, language, [threshold], "property_crime_assess")
                : Condition(pack, rule, "property_crime", propertyMet, values, language, thresholdUsed ? [threshold] : []),
            Condition(pack, rule, "reported", reportedMet, values, language, []),
            Condition(pack, rule, "repeat", repeatMet, values, language, []),
            Condition(pack, rule, "closed_system", request.ClosedSystem, values, language, []),
            Condition(pack, rule, "permission", request.DatatilsynetPermission, values, language, []),
        };
        var allowed = conditions.All(c => c.Met);
        var verdictKey = allowed ? "allowed" : conditions.All(c => c.Met || c.Undecided) ? "assessment_needed" : "refused";
        var verdict = WithNotes(pack, MessageTemplate.Fill(rule.Outcomes[verdictKey].Message.Get(language), values, language), thresholdUsed ? [threshold] : [], language);
        return new ShareDecision(rule.Id, allowed, verdict, rule.Source.Citation, rule.Source.Url, conditions)
        {
            Verdict = verdictKey,
            OffenceCode = code?.Code,
        };
    }

    private static ShareCondition Condition(
        RulePack pack, RuleDefinition rule, string key, bool met, Dictionary<string, object?> values, string language, IReadOnlyList<RuleParameter> assumed, string? outcome = null)
    {
        System.Diagnostics.Debug.Assert(ShareRequestCheck.ConditionKeys.Contains(key), "condition keys match the check's spec");
        var message = WithNotes(pack, MessageTemplate.Fill(rule.Outcomes[outcome ?? key + (met ? "_met" : "_not_met")].Message.Get(language), values, language), assumed, language);
        return new ShareCondition(key, met, message, assumed.Count > 0, [.. assumed.Select(p => p.In(language))]) { Undecided = outcome is not null };
    }

    private static string WithNotes(RulePack pack, string message, IReadOnlyList<RuleParameter> assumed, string language)
    {
        foreach (var p in assumed)
        {
            message += " " + MessageTemplate.Fill(
                pack.AssumptionNote.Get(language),
                new Dictionary<string, object?> { ["rule"] = p.RuleId, ["name"] = p.Name, ["value"] = p.Value, ["unit"] = UnitNames.Display(p.Unit, language) },
                language);
        }

        return message;
    }
}
