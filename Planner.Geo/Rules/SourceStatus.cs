namespace Planner.Geo.Rules;

/// <summary>
/// Status marks of the legal reference: <see cref="V"/> read in the source named; <see cref="S"/> stated by a
/// secondary source only; <see cref="B"/> believed, not confirmed.
/// </summary>
public enum SourceStatus
{
    V,
    S,
    B,
}
