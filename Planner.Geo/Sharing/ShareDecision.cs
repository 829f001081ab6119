namespace Planner.Geo.Sharing;

/// <summary>One condition of § 4 c stk. 2–3 and whether the request meets it, with the message in the chosen language.</summary>
public sealed record ShareCondition(string Key, bool Met, string Message, bool Assumption, IReadOnlyList<Rules.RuleParameter> AssumedParameters)
{
    /// <summary>True when the condition is neither met nor failed: it needs a concrete assessment (e.g. whether an offence is trivial).</summary>
    public bool Undecided { get; init; }
}

/// <summary>The verdict on a sharing request: allowed only when every condition is met.</summary>
public sealed record ShareDecision(
    string RuleId,
    bool Allowed,
    string Message,
    string Citation,
    string SourceUrl,
    IReadOnlyList<ShareCondition> Conditions)
{
    /// <summary>allowed, assessment_needed (only a concrete assessment of triviality is open) or refused.</summary>
    public string Verdict { get; init; } = Allowed ? "allowed" : "refused";

    /// <summary>The code of <see cref="OffenceCatalogue"/> the request's offence matched, or null.</summary>
    public string? OffenceCode { get; init; }

    /// <summary>True when the verdict rests on an assumed parameter (the property-crime threshold).</summary>
    public bool Assumption => Conditions.Any(c => c.Assumption);
}
