namespace Planner.Geo.Rules;

/// <summary>
/// The legal source of a rule: the law, its section (with the sign, e.g. "§ 2 a" or "principle 6"), subsection
/// ("stk. 1") and item ("nr. 3") where given, the consolidated act and the amending acts, a web address, and the
/// citation string printed in findings (e.g. "tv-overvågningsloven § 2 a, jf. LBK nr 182 af 24/02/2023").
/// </summary>
public sealed record LegalSource(
    string Law,
    string Section,
    string? Subsection,
    string? Item,
    string? ConsolidatedAct,
    IReadOnlyList<string> AmendedBy,
    string Url,
    string Citation);
