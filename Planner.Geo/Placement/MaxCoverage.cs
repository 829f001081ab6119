namespace Planner.Geo.Placement;

/// <summary>
/// Maximal covering placement on <see cref="CoverageSets"/>: choose candidates within a budget (k cameras, or a cost
/// budget) so that the weight of demand they newly cover — beyond what the fixed cameras already see — is largest.
/// <list type="number">
/// <item>Lazy greedy (CELF, Leskovec et al. 2007): candidates in a max-heap keyed by their last marginal gain (or gain per
/// cost), an upper bound of the current one by submodularity; the top is re-evaluated until it is fresh. Ties go to
/// the lowest candidate index, so the choice is exactly that of plain greedy. The greedy stops when no candidate adds
/// anything. With a cost budget it runs twice, by gain per cost and by gain, and keeps the better (CELF's rule).</item>
/// <item>Swap pass: exchange a chosen candidate i for an unchosen j while that raises the value (best exchange per
/// round). The change is δ(j | S) − loss(i) + w(j ∩ seen only by i): exact for the candidates sharing demand with i
/// (found through the transposed sets), and for every other j just δ(j | S) − loss(i), best at the largest δ.</item>
/// <item>Certificate: for any set S, OPT ≤ f(S) + the best knapsack of marginal gains δ(e | S) within the budget
/// (the k largest gains for a budget of k cameras; the fractional knapsack by gain per cost for a cost budget).
/// Evaluated exactly at the start, at the end of the greedy and after every swap round, and at every greedy pick as
/// f(S) + k · (the pick's gain, the largest); the smallest bound is kept. (Σ of the k largest lazy gains after each
/// step would also be valid, but costs O(n) per step, more than the lazy greedy itself on sparse sets.)</item>
/// </list>
/// Cost: construction aside, each evaluation is one pass over a candidate's set; plain greedy needs k·n of them.
/// <para>
/// Backup coverage (<see cref="PlacementOptions.Backup"/> = W, 0 &lt; W ≤ 1) changes the objective to
/// f(S) = Σ_d w_d · φ(c_d(S)) − f(∅), with c_d(S) the number of cameras (fixed ones and S) that see demand point d and
/// φ(c) = (1 − W)·min(c, 1) + W·min(c, 2): a point seen once counts 1 (as before), a second camera adds W.
/// Why CELF and the certificate stay valid: c_d(S) = c_d(∅) + Σ_{e∈S} [d ∈ e] is modular (additive) in S; φ is
/// non-decreasing and concave on the integers (increments 1, W, 0, 0, … never grow, since W ≤ 1), and a non-decreasing
/// concave function of a non-negative modular function is monotone submodular (adding e to S ⊆ T raises c_d by the
/// same 1 from a smaller count in S, so φ's increment there is at least as large). A sum with weights w_d ≥ 0 of
/// monotone submodular functions is monotone submodular. So the marginal gains δ(e | S) = Σ_{d∈e} w_d·(φ(c_d+1) − φ(c_d))
/// never grow as S grows — stale heap keys stay upper bounds (CELF = plain greedy) — and OPT ≤ f(S) + Σ of the k largest
/// δ(e | S) holds as for plain coverage (property-tested against brute force). W = 0 is plain coverage exactly.
/// </para>
/// </summary>
public static class MaxCoverage
{
    public static PlacementSolution Solve(CoverageSets sets, PlacementOptions options)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(options);
        var (costs, budget, byCost) = options.Resolve(sets);
        var backup = options.Backup;
        var fixedCount = new byte[sets.DemandCount];
        var fixedCovered = new bool[sets.DemandCount];
        var fixedWeight = 0.0;
        for (var d = 0; d < fixedCount.Length; d++)
        {
            fixedCovered[d] = options.Covered?[d] ?? false;
            fixedCount[d] = (byte)(!fixedCovered[d] ? 0 : options.CoveredTwice?[d] == true ? 2 : 1);
            if (fixedCovered[d])
            {
                fixedWeight += sets.Weights[d];
            }
        }

        var bound = new BoundTracker(costs, budget, byCost);
        var run = LazyGreedy(sets, fixedCount, backup, costs, budget, byRatio: byCost, bound);
        if (byCost)
        {
            // The gain greedy's first pick is the best affordable single candidate, so keeping the better of the two
            // runs also covers the "best single element" fallback of the cost-benefit greedy's (1 − 1/e)/2 guarantee.
            var unit = LazyGreedy(sets, fixedCount, backup, costs, budget, byRatio: false, bound);
            if (unit.Value > run.Value)
            {
                run = unit with { Evaluations = run.Evaluations + unit.Evaluations };
            }
            else
            {
                run = run with { Evaluations = run.Evaluations + unit.Evaluations };
            }
        }

        var chosen = run.Chosen;
        var swaps = !options.Swap ? 0
            : backup == 0 ? SwapPass(sets, fixedCovered, costs, budget, chosen, options.MaxSwapRounds, bound)
            : BackupSwap.Run(sets, fixedCount, backup, costs, budget, chosen, options.MaxSwapRounds, bound);
        var steps = Order(sets, fixedCount, backup, chosen);
        return new PlacementSolution(steps, sets.TotalWeight, fixedWeight, Math.Max(bound.Best, steps.Count == 0 ? 0 : steps[^1].Cumulative),
            run.Value, run.Evaluations, swaps);
    }

    /// <summary>
    /// Marginal gain of <paramref name="candidate"/> given how many cameras see each demand point (0, 1 or 2 = two or
    /// more): Σ w_d · (1 where unseen, <paramref name="backup"/> where seen once, 0 otherwise), summed in ascending
    /// demand order. With backup 0 this is the weight of its unseen demand.
    /// </summary>
    internal static double Gain(CoverageSets sets, int candidate, byte[] count, double backup)
    {
        var weights = sets.Weights;
        var sum = 0.0;
        foreach (var d in sets.Of(candidate))
        {
            var c = count[d];
            if (c == 0)
            {
                sum += weights[d];
            }
            else if (c == 1 && backup > 0)
            {
                sum += backup * weights[d];
            }
        }

        return sum;
    }

    internal static void Add(CoverageSets sets, int candidate, byte[] count)
    {
        foreach (var d in sets.Of(candidate))
        {
            if (count[d] < 2)
            {
                count[d]++;
            }
        }
    }

    private static GreedyRun LazyGreedy(CoverageSets sets, byte[] fixedCount, double backup, double[] costs, double budget, bool byRatio, BoundTracker bound)
    {
        var n = sets.CandidateCount;
        var covered = (byte[])fixedCount.Clone();
        var gain = new double[n];
        var stamp = new int[n];
        var taken = new bool[n];
        var heap = new PriorityQueue<int, (double Key, int Index)>(n, HeapOrder.Instance);
        for (var c = 0; c < n; c++)
        {
            gain[c] = Gain(sets, c, covered, backup);
            if (gain[c] > 0 && costs[c] <= budget)
            {
                heap.Enqueue(c, (byRatio ? gain[c] / costs[c] : gain[c], c));
            }
        }

        var evaluations = n;
        bound.Offer(0, gain, taken);
        var chosen = new List<int>();
        var value = 0.0;
        var remaining = budget;
        var round = 0;
        while (heap.TryPeek(out var top, out _))
        {
            if (costs[top] > remaining)
            {
                heap.Dequeue();
                continue;
            }

            if (stamp[top] == round)
            {
                heap.Dequeue();
                if (!byRatio)
                {
                    // The fresh top is the largest marginal gain, so k copies of it bound any k gains (the bound of the
                    // (1 − 1/e) proof, which the certificate therefore never falls below for the greedy).
                    bound.OfferUnitStep(value, gain[top]);
                }

                chosen.Add(top);
                taken[top] = true;
                value += gain[top];
                remaining -= costs[top];
                Add(sets, top, covered);

                gain[top] = 0;
                round++;
                continue;
            }

            heap.Dequeue();
            gain[top] = Gain(sets, top, covered, backup);
            stamp[top] = round;
            evaluations++;
            if (gain[top] > 0)
            {
                heap.Enqueue(top, (byRatio ? gain[top] / costs[top] : gain[top], top));
            }
        }

        // One exact pass at the end (the cost of one plain-greedy round) tightens the last bound, which the lazy gains
        // over-estimate: e.g. when the greedy stops early because every remaining gain is 0.
        for (var c = 0; c < n; c++)
        {
            gain[c] = taken[c] ? 0 : Gain(sets, c, covered, backup);
        }

        bound.Offer(value, gain, taken);
        return new GreedyRun(chosen, value, evaluations);
    }

    private static int SwapPass(CoverageSets sets, bool[] fixedCovered, double[] costs, double budget, List<int> chosen, int maxRounds, BoundTracker bound)
    {
        var n = sets.CandidateCount;
        var weights = sets.Weights;
        var (byDemandStart, byDemand) = Transpose(sets);
        var layout = new SwapLayout(sets, chosen);
        var (count, taken) = (layout.Count, layout.Taken);

        var delta = new double[n];
        var onlyThis = new bool[sets.DemandCount];
        var sharing = new bool[n];
        var shared = new List<int>();
        var eps = 1e-12 * Math.Max(1, sets.TotalWeight);
        var swaps = 0;
        for (var round = 0; ; round++)
        {
            var value = 0.0;
            for (var d = 0; d < count.Length; d++)
            {
                if (count[d] > 0 && !fixedCovered[d])
                {
                    value += weights[d];
                }
            }

            for (var c = 0; c < n; c++)
            {
                delta[c] = 0;
                if (!taken[c])
                {
                    foreach (var d in sets.Of(c))
                    {
                        if (count[d] == 0 && !fixedCovered[d])
                        {
                            delta[c] += weights[d];
                        }
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
            var (bestImprovement, bestOut, bestIn) = (eps, -1, -1);
            foreach (var i in chosen)
            {
                var loss = 0.0;
                foreach (var d in sets.Of(i))
                {
                    if (count[d] == 1 && !fixedCovered[d])
                    {
                        onlyThis[d] = true;
                        loss += weights[d];
                        for (var t = byDemandStart[d]; t < byDemandStart[d + 1]; t++)
                        {
                            var j = byDemand[t];
                            if (!taken[j] && !sharing[j])
                            {
                                sharing[j] = true;
                                shared.Add(j);
                            }
                        }
                    }
                }

                bool Affordable(int j) => spent - costs[i] + costs[j] <= budget * (1 + 1e-12);

                // Candidates that share i's own demand: exact change.
                foreach (var j in shared)
                {
                    if (!Affordable(j))
                    {
                        continue;
                    }

                    var g = 0.0;
                    foreach (var d in sets.Of(j))
                    {
                        if (!fixedCovered[d] && (count[d] == 0 || onlyThis[d]))
                        {
                            g += weights[d];
                        }
                    }

                    if (g - loss > bestImprovement)
                    {
                        (bestImprovement, bestOut, bestIn) = (g - loss, i, j);
                    }
                }

                // Any other candidate changes the value by δ(j | S) − loss(i): the first affordable one in δ order is best.
                foreach (var j in order)
                {
                    if (delta[j] - loss <= bestImprovement)
                    {
                        break;
                    }

                    if (!sharing[j] && Affordable(j))
                    {
                        (bestImprovement, bestOut, bestIn) = (delta[j] - loss, i, j);
                        break;
                    }
                }

                foreach (var d in sets.Of(i))
                {
                    onlyThis[d] = false;
                }

                foreach (var j in shared)
                {
                    sharing[j] = false;
                }

                shared.Clear();
            }

            if (bestOut < 0)
            {
                return swaps;
            }

            layout.Swap(bestOut, bestIn);
            swaps++;
        }
    }

    /// <summary>The sets transposed: for each demand point the candidates that cover it (CSR).</summary>
    private static (int[] Start, int[] Items) Transpose(CoverageSets sets)
    {
        var start = new int[sets.DemandCount + 1];
        for (var c = 0; c < sets.CandidateCount; c++)
        {
            foreach (var d in sets.Of(c))
            {
                start[d + 1]++;
            }
        }

        for (var d = 0; d < sets.DemandCount; d++)
        {
            start[d + 1] += start[d];
        }

        var fill = start[..^1].ToArray();
        var items = new int[start[^1]];
        for (var c = 0; c < sets.CandidateCount; c++)
        {
            foreach (var d in sets.Of(c))
            {
                items[fill[d]++] = c;
            }
        }

        return (start, items);
    }

    /// <summary>Ranks a final set greedily (largest marginal gain first, ties by index) for the gain and cumulative curve.</summary>
    private static List<PlacementStep> Order(CoverageSets sets, byte[] fixedCount, double backup, List<int> chosen)
    {
        var covered = (byte[])fixedCount.Clone();
        var left = chosen.Order().ToList();
        var steps = new List<PlacementStep>(left.Count);
        var cumulative = 0.0;
        while (left.Count > 0)
        {
            var best = left[0];
            var bestGain = -1.0;
            foreach (var c in left)
            {
                var g = Gain(sets, c, covered, backup);
                if (g > bestGain)
                {
                    (best, bestGain) = (c, g);
                }
            }

            left.Remove(best);
            Add(sets, best, covered);

            cumulative += bestGain;
            steps.Add(new PlacementStep(best, steps.Count + 1, bestGain, cumulative));
        }

        return steps;
    }

    private sealed record GreedyRun(List<int> Chosen, double Value, int Evaluations);

    /// <summary>Max-heap order: larger key first, then smaller candidate index.</summary>
    private sealed class HeapOrder : IComparer<(double Key, int Index)>
    {
        public static readonly HeapOrder Instance = new();

        public int Compare((double Key, int Index) x, (double Key, int Index) y)
        {
            var byKey = y.Key.CompareTo(x.Key);
            return byKey != 0 ? byKey : x.Index.CompareTo(y.Index);
        }
    }
}
