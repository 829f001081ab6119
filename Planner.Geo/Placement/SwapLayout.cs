namespace Planner.Geo.Placement;

/// <summary>
/// The layout a swap pass improves: which candidates are chosen (<see cref="Taken"/>, and the caller's list of them)
/// and how many chosen candidates cover each demand point (<see cref="Count"/>); <see cref="Swap"/> keeps the three in step.
/// </summary>
internal sealed class SwapLayout
{
    private readonly CoverageSets sets;
    private readonly List<int> chosen;

    public SwapLayout(CoverageSets sets, List<int> chosen)
    {
        this.sets = sets;
        this.chosen = chosen;
        Count = new int[sets.DemandCount];
        Taken = new bool[sets.CandidateCount];
        foreach (var c in chosen)
        {
            Taken[c] = true;
            foreach (var d in sets.Of(c))
            {
                Count[d]++;
            }
        }
    }

    /// <summary>Chosen candidates covering each demand point (fixed cameras not included).</summary>
    public int[] Count { get; }

    public bool[] Taken { get; }

    /// <summary>Replaces chosen candidate <paramref name="leaving"/> by <paramref name="entering"/> in place in the chosen list.</summary>
    public void Swap(int leaving, int entering)
    {
        foreach (var d in sets.Of(leaving))
        {
            Count[d]--;
        }

        foreach (var d in sets.Of(entering))
        {
            Count[d]++;
        }

        Taken[leaving] = false;
        Taken[entering] = true;
        chosen[chosen.IndexOf(leaving)] = entering;
    }
}
