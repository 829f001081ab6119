namespace Planner.Geo.Placement;

/// <summary>
/// How the rule screen judged one candidate: <see cref="Kept"/>, or dropped with the ids of the rules it would fail
/// (a privacy-mask requirement does not drop a candidate: the mask is subtracted from its view and its area carried,
/// m²). A candidate whose view holds no demand point at the level cannot be chosen and is not judged
/// (<see cref="Judged"/> false, <see cref="Kept"/> false). <see cref="Candidate"/> is the index in the candidate list.
/// </summary>
public readonly record struct CandidateStatus(int Candidate, bool Judged, bool Kept, IReadOnlyList<string> FailedRules, double MaskAreaM2)
{
    public bool NeedsMask => MaskAreaM2 > 0;
}
