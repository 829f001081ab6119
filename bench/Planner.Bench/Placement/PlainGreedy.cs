using Planner.Geo.Placement;

namespace Planner.Bench.Placement;

/// <summary>The reference: plain greedy, every candidate's gain re-evaluated in every round (k · n evaluations).</summary>
internal static class PlainGreedy
{
    public static (List<int> Chosen, double Value) Run(CoverageSets sets, int k)
    {
        var covered = new bool[sets.DemandCount];
        var weights = sets.Weights.ToArray();
        var chosen = new List<int>();
        var value = 0.0;
        while (chosen.Count < k)
        {
            var (best, bestGain) = (-1, 0.0);
            for (var c = 0; c < sets.CandidateCount; c++)
            {
                var g = 0.0;
                foreach (var d in sets.Of(c))
                {
                    if (!covered[d])
                    {
                        g += weights[d];
                    }
                }

                if (g > bestGain)
                {
                    (best, bestGain) = (c, g);
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
            value += bestGain;
            foreach (var d in sets.Of(best))
            {
                covered[d] = true;
            }
        }

        return (chosen, value);
    }
}
