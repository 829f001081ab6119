namespace Planner.Geo.Placement;

/// <summary>
/// The swap pass of <see cref="MaxCoverage"/> for the backup objective (W &gt; 0; see there): per round the best exchange
/// of a chosen candidate i for an unchosen j while the value grows. The exact change is δ(j | S − i) − loss(i); by
/// monotonicity f(S − i + j) ≤ f(S + j), so it is at most δ(j | S), and candidates are tried in decreasing δ(j | S)
/// until that bound cannot beat the best exchange found. Counts per demand point are fixed (0–2) plus chosen (exact).
/// </summary>
internal static class BackupSwap
{
    public static int Run(CoverageSets sets, byte[] fixedCount, double backup, double[] costs, double budget, List<int> chosen, int maxRounds, BoundTracker bound)
    {
        var n = sets.CandidateCount;
        var weights = sets.Weights;
        var layout = new SwapLayout(sets, chosen);
        var (count, taken) = (layout.Count, layout.Taken);

        var delta = new double[n];
        var inOut = new bool[sets.DemandCount];
        var eps = 1e-12 * Math.Max(1, sets.TotalWeight);
        var swaps = 0;
        for (var round = 0; ; round++)
        {
            var value = 0.0;
            for (var d = 0; d < count.Length; d++)
            {
                value += weights[d] * (Phi(fixedCount[d] + count[d], backup) - Phi(fixedCount[d], backup));
            }

            for (var c = 0; c < n; c++)
            {
                delta[c] = 0;
                if (!taken[c])
                {
                    foreach (var d in sets.Of(c))
                    {
                        delta[c] += weights[d] * Step(fixedCount[d] + count[d], backup);
                    }
                }
            }

            bound.Offer(value, delta, taken);
            if (round >= maxRounds || chosen.Count == 0)
            {
                return swaps;
            }

            var order = Enumerable.Range(0, n).Where(c => delta[c] > 0).OrderByDescending(c => delta[c]).ThenBy(c => c).ToArray();
            var spent = chosen.Sum(c => costs[c]);
            var (best, bestOut, bestIn) = (eps, -1, -1);
            foreach (var i in chosen)
            {
                var loss = 0.0;
                foreach (var d in sets.Of(i))
                {
                    inOut[d] = true;
                    loss += weights[d] * Step(fixedCount[d] + count[d] - 1, backup);
                }

                foreach (var j in order)
                {
                    if (delta[j] <= best)
                    {
                        break;
                    }

                    if (spent - costs[i] + costs[j] > budget * (1 + 1e-12))
                    {
                        continue;
                    }

                    var g = 0.0;
                    foreach (var d in sets.Of(j))
                    {
                        g += weights[d] * Step(fixedCount[d] + count[d] - (inOut[d] ? 1 : 0), backup);
                    }

                    if (g - loss > best)
                    {
                        (best, bestOut, bestIn) = (g - loss, i, j);
                    }
                }

                foreach (var d in sets.Of(i))
                {
                    inOut[d] = false;
                }
            }

            if (bestOut < 0)
            {
                return swaps;
            }

            layout.Swap(bestOut, bestIn);
            swaps++;
        }
    }

    /// <summary>φ(c) = (1 − W)·min(c, 1) + W·min(c, 2).</summary>
    internal static double Phi(int c, double backup) => ((1 - backup) * Math.Min(c, 1)) + (backup * Math.Min(c, 2));

    /// <summary>φ(c + 1) − φ(c): 1 from 0, W from 1, 0 beyond.</summary>
    internal static double Step(int c, double backup) => c == 0 ? 1 : c == 1 ? backup : 0;
}
