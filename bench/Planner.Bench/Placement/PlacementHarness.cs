using System.Diagnostics;
using System.Globalization;
using Planner.Bench.Coverage;
using Planner.Geo.Coverage;
using Planner.Geo.Placement;

namespace Planner.Bench.Placement;

/// <summary>
/// The issue #15 table: 2,000 sites × 8 headings = 16,000 candidates and 100,000 demand points in a synthetic city.
/// Times: candidate views (coverage engine, all cores), coverage-set construction (views at recognise → CSR), lazy
/// greedy k = 50 (median of 5 runs, swap pass off and on), plain greedy k = 50 (the reference, same run), their ratio;
/// at recognise and at detect (larger, overlapping sets); then the gap to the brute-force optimum on 40 crowded
/// candidates at detect, k = 4. Wall times on a shared machine are noisy; the CPU time of the set construction is given too.
/// </summary>
internal static class PlacementHarness
{
    private const double Backup = 0.5;

    public static string Run(int buildingCount, int sites, int demandCount, int k)
    {
        var text = new System.Text.StringBuilder();
        void Line(FormattableString s) => text.AppendLine(s.ToString(CultureInfo.InvariantCulture));
        var buildings = SyntheticCity.Buildings(buildingCount);
        var side = PlacementCity.Side(buildingCount);
        var candidates = PlacementCity.Candidates(sites, side);
        var demand = PlacementCity.Demand(demandCount, side);
        var index = CoverageIndex.Build(buildings);

        var clock = Stopwatch.StartNew();
        var views = CoverageEngine.ComputeViews(candidates, index);
        var viewTime = clock.Elapsed;
        Line($"| quantity | value |");
        Line($"|---|---|");
        Line($"| city | {buildings.Count:N0} buildings, {side}×{side} blocks |");
        Line($"| candidates | {candidates.Count:N0} ({sites:N0} sites × 8 headings) |");
        Line($"| demand points | {demand.Count:N0} |");
        Line($"| candidate views (engine, all cores) | {viewTime.TotalSeconds:0.00} s |");
        CoverageSets.Build(views.Take(200).Select(v => v.Visible).ToList(), demand); // JIT warm-up
        CoverageSets? detect = null;
        foreach (var level in new[] { DoriLevel.Recognise, DoriLevel.Detect })
        {
            var areas = views.Select(v => v[level]).ToList();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var sets = CoverageSets.Build(areas, demand);
            var setTime = clock.Elapsed;
            var setCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            detect = sets;
            var sizes = Enumerable.Range(0, sets.CandidateCount).Select(c => sets.Of(c).Length).Order().ToArray();
            var lazy = Median(5, () => MaxCoverage.Solve(sets, new PlacementOptions { K = k, Swap = false }), out var lazyResult);
            var swapped = Median(3, () => MaxCoverage.Solve(sets, new PlacementOptions { K = k }), out var swapResult);
            var plain = Median(3, () => PlainGreedy.Run(sets, k), out var plainResult);
            var same = plainResult.Chosen.SequenceEqual(lazyResult.Chosen);
            var name = level.ToContractName();
            Line($"| **{name}**: coverage-set construction (CSR, all cores) | {setTime.TotalSeconds:0.00} s wall, {setCpu.TotalSeconds:0.00} s CPU |");
            Line($"| {name}: pairs / median / p99 / max set / empty sets | {sets.PairCount:N0} / {sizes[sizes.Length / 2]} / {sizes[(int)(sizes.Length * 0.99)]} / {sizes[^1]} / {sizes.Count(x => x == 0):N0} |");
            Line($"| {name}: lazy greedy k = {k} (median of 5, with bounds) | {lazy.TotalMilliseconds:0.0} ms, {lazyResult.Evaluations:N0} gain evaluations |");
            Line($"| {name}: lazy greedy + swap pass (median of 3) | {swapped.TotalMilliseconds:0.0} ms, {swapResult.Swaps} swaps |");
            Line($"| {name}: plain greedy k = {k} (reference, median of 3) | {plain.TotalMilliseconds:0.0} ms, {(long)sets.CandidateCount * k:N0} gain evaluations |");
            Line($"| {name}: speed-up lazy / plain | {plain.TotalMilliseconds / lazy.TotalMilliseconds:0.0}× (same choice: {same}) |");
            Line($"| {name}: value greedy / after swap / bound | {lazyResult.Value:N0} / {swapResult.Value:N0} / {swapResult.UpperBound:N0} |");
            Line($"| {name}: certificate greedy / after swap | ≥ {lazyResult.Certificate:P1} / ≥ {swapResult.Certificate:P1} of optimal |");

            // Backup coverage as a second objective (W = 0.5): the same lazy greedy on Σ w·((1 − W)·min(c,1) + W·min(c,2)).
            var backupOptions = new PlacementOptions { K = k, Swap = false, Backup = Backup };
            var lazyB = Median(5, () => MaxCoverage.Solve(sets, backupOptions), out var lazyBResult);
            var swappedB = Median(3, () => MaxCoverage.Solve(sets, backupOptions with { Swap = true }), out var swapBResult);
            var plainB = Median(3, () => PlainGreedy.RunBackup(sets, k, Backup), out var plainBResult);
            Line($"| {name}, backup W = {Backup}: lazy greedy k = {k} (median of 5) | {lazyB.TotalMilliseconds:0.0} ms, {lazyBResult.Evaluations:N0} gain evaluations |");
            Line($"| {name}, backup W = {Backup}: lazy greedy + backup swap pass (median of 3) | {swappedB.TotalMilliseconds:0.0} ms, {swapBResult.Swaps} swaps |");
            Line($"| {name}, backup W = {Backup}: plain greedy (reference, median of 3) | {plainB.TotalMilliseconds:0.0} ms |");
            Line($"| {name}, backup W = {Backup}: speed-up lazy / plain | {plainB.TotalMilliseconds / lazyB.TotalMilliseconds:0.0}× (same choice: {plainBResult.Chosen.SequenceEqual(lazyBResult.Chosen)}) |");
            Line($"| {name}, backup W = {Backup}: value greedy / after swap / bound; certificate | {lazyBResult.Value:N0} / {swapBResult.Value:N0} / {swapBResult.UpperBound:N0}; ≥ {lazyBResult.Certificate:P1} / ≥ {swapBResult.Certificate:P1} |");
        }

        // Brute force: the 40 non-empty candidates nearest the site of the largest detect set (crowded, overlapping), k = 4.
        var full = detect!;
        var centre = candidates[Enumerable.Range(0, full.CandidateCount).OrderByDescending(c => full.Of(c).Length).First()];
        var top = Enumerable.Range(0, full.CandidateCount).Where(c => full.Of(c).Length > 0)
            .OrderBy(c => Math.Pow(candidates[c].X - centre.X, 2) + Math.Pow(candidates[c].Y - centre.Y, 2)).ThenBy(c => c).Take(40).ToArray();
        var small = CoverageSets.FromSets([.. top.Select(c => (IReadOnlyCollection<int>)full.Of(c).ToArray())], [.. full.Weights.ToArray()]);
        var (optimum, subsets) = BruteForce(small, 4);
        var greedySmall = MaxCoverage.Solve(small, new PlacementOptions { K = 4, Swap = false });
        var swapSmall = MaxCoverage.Solve(small, new PlacementOptions { K = 4 });
        Line($"| detect: brute force, 40 candidates nearest the busiest site, k = 4 ({subsets:N0} subsets) | optimum {optimum:N0} |");
        Line($"| greedy / greedy + swap on it | {greedySmall.Value:N0} (gap {1 - (greedySmall.Value / optimum):P2}, certificate ≥ {greedySmall.Certificate:P1}) / {swapSmall.Value:N0} (gap {1 - (swapSmall.Value / optimum):P2}, certificate ≥ {swapSmall.Certificate:P1}) |");
        return text.ToString();
    }

    private static TimeSpan Median<T>(int runs, Func<T> body, out T result)
    {
        result = body(); // warm-up
        var times = new List<TimeSpan>();
        for (var r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            result = body();
            times.Add(clock.Elapsed);
        }

        return times.Order().ElementAt(times.Count / 2);
    }

    /// <summary>Every k-subset; demand restricted to the union of the sets, as bitsets.</summary>
    private static (double Optimum, long Subsets) BruteForce(CoverageSets sets, int k)
    {
        var ids = new Dictionary<int, int>();
        for (var c = 0; c < sets.CandidateCount; c++)
        {
            foreach (var d in sets.Of(c))
            {
                ids.TryAdd(d, ids.Count);
            }
        }

        var words = (ids.Count + 63) / 64;
        var bits = new ulong[sets.CandidateCount][];
        var weights = new double[ids.Count];
        for (var c = 0; c < sets.CandidateCount; c++)
        {
            bits[c] = new ulong[words];
            foreach (var d in sets.Of(c))
            {
                var i = ids[d];
                bits[c][i >> 6] |= 1UL << (i & 63);
                weights[i] = sets.Weights[d];
            }
        }

        var best = 0.0;
        long count = 0;
        var union = new ulong[words];
        var n = sets.CandidateCount;
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                for (var c = b + 1; c < n; c++)
                {
                    for (var d = c + 1; d < n; d++)
                    {
                        count++;
                        var value = 0.0;
                        for (var w = 0; w < words; w++)
                        {
                            union[w] = bits[a][w] | bits[b][w] | bits[c][w] | bits[d][w];
                            for (var x = union[w]; x != 0; x &= x - 1)
                            {
                                value += weights[(w << 6) + System.Numerics.BitOperations.TrailingZeroCount(x)];
                            }
                        }

                        best = Math.Max(best, value);
                    }
                }
            }
        }

        return (best, count);
    }
}
