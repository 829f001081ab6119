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

    /// <summary>Plain greedy on the backup objective (a second camera on a point adds <paramref name="backup"/> of its weight).</summary>
    public static (List<int> Chosen, double Value) RunBackup(CoverageSets sets, int k, double backup)
    {
        var count = new byte[sets.DemandCount];
        var weights = sets.Weights.ToArray();
        var taken = new bool[sets.CandidateCount];
        var chosen = new List<int>();
        var value = 0.0;
        while (chosen.Count < k)
        {
            var (best, bestGain) = (-1, 0.0);
            for (var c = 0; c < sets.CandidateCount; c++)
            {
                if (taken[c])
                {
                    continue;
                }

                var g = 0.0;
                foreach (var d in sets.Of(c))
                {
                    g += count[d] == 0 ? weights[d] : count[d] == 1 ? backup * weights[d] : 0;
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
            taken[best] = true;
            value += bestGain;
            foreach (var d in sets.Of(best))
            {
                count[d] = (byte)Math.Min(2, count[d] + 1);
            }
        }

        return (chosen, value);
    }
}
