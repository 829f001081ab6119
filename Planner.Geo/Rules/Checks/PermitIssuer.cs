using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// Who issued a camera's permit. § 2 stk. 2 (housing) and stk. 4 permits come from the police; the issuer is read from
/// <c>permit_issuer</c>, else from the permit text itself (e.g. "Midt- og Vestjyllands Politi, tilladelse 2023-041").
/// </summary>
internal static class PermitIssuer
{
    /// <summary>
    /// True when a permit_issuer is stated and does not name the police ("politi", "police"), or, without one, when the
    /// permit text names another issuer ("kommune", "council", "municipality"). An unstated issuer is not held against
    /// the permit: § 2 stk. 2 and 4 permits are police permits by definition.
    /// </summary>
    public static bool IsNotPolice(Camera camera) =>
        camera.PermitIssuer is { } issuer
            ? !NamesPolice(issuer)
            : camera.Permit is { } permit && !NamesPolice(permit)
                && (permit.Contains("kommune", StringComparison.OrdinalIgnoreCase)
                    || permit.Contains("council", StringComparison.OrdinalIgnoreCase)
                    || permit.Contains("municipality", StringComparison.OrdinalIgnoreCase));

    private static bool NamesPolice(string text) =>
        text.Contains("politi", StringComparison.OrdinalIgnoreCase) || text.Contains("police", StringComparison.OrdinalIgnoreCase);

    /// <summary>The issuer to name in a message: the stated issuer, else the permit text.</summary>
    public static string? Name(Camera camera) => camera.PermitIssuer ?? camera.Permit;
}
