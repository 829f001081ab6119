namespace Planner.Geo.Rules;

/// <summary>
/// Where a rule parameter's value comes from. Contract names: fixed_by_law, assumption, method.
/// </summary>
public enum ParameterBasis
{
    /// <summary>The law states the number (status V in the reference).</summary>
    FixedByLaw,

    /// <summary>
    /// The law leaves the value open; it rests on a secondary source (S) or a belief (B). Every finding whose outcome
    /// depends on it is flagged as an assumption and its message says so.
    /// </summary>
    Assumption,

    /// <summary>
    /// A drawing choice of the tool that shapes proposed geometry only (e.g. spacing of proposed sign points); it never
    /// decides whether a rule is broken, so it does not make a finding uncertain.
    /// </summary>
    Method,
}
