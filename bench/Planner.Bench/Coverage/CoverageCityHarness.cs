using System.Diagnostics;
using System.Globalization;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Bench.Coverage;

/// <summary>
/// The issue #3 table: a synthetic city of <see cref="CoverageBenchmarks.BuildingCount"/> buildings and
/// <see cref="CoverageBenchmarks.CameraCount"/> cameras. Index build time and memory, per-camera median and p99
/// (sequential, one Stopwatch per camera), total on all cores (the machine's 2), and the naive NTS method on a
/// subset of cameras against the engine on the same subset (ratio of totals), with the two methods' visible areas.
/// </summary>
internal static class CoverageCityHarness
{
    public static string Run(int buildingCount, int cameraCount, int naiveCount)
    {
        var text = new System.Text.StringBuilder();
        void Line(string s) => text.AppendLine(s);
        var buildings = SyntheticCity.Buildings(buildingCount);
        var cameras = SyntheticCity.Cameras(cameraCount, buildings);
        var edges = 0;
        foreach (var b in buildings)
        {
            edges += b.Footprint.NumPoints - b.Footprint.NumGeometries;
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        var index = CoverageIndex.Build(buildings);
        var build = clock.Elapsed;
        var after = GC.GetTotalMemory(true);
        GC.KeepAlive(index);

        // Warm up the JIT on a few cameras, then time each camera alone.
        var sequential = new CoverageOptions { Parallel = false };
        CoverageEngine.ComputeViews(cameras.Take(50).ToList(), index, sequential);
        var perCamera = new double[cameras.Count];
        var one = new Camera[1];
        double engineArea = 0;
        for (var i = 0; i < cameras.Count; i++)
        {
            one[0] = cameras[i];
            var t0 = Stopwatch.GetTimestamp();
            var view = CoverageEngine.ComputeViews(one, index, sequential)[0];
            perCamera[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            engineArea += view.Visible.Area;
        }

        var sorted = perCamera.Order().ToArray();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        clock.Restart();
        var views = CoverageEngine.ComputeViews(cameras, index, new CoverageOptions { Parallel = true });
        var total = clock.Elapsed;
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpu0;

        var subset = cameras.Take(naiveCount).ToList();
        var naive = new NaiveCoverage(buildings);
        naive.Visible(subset[0]);
        clock.Restart();
        double naiveArea = 0;
        foreach (var c in subset)
        {
            naiveArea += naive.Visible(c).Area;
        }

        var naiveTime = clock.Elapsed;
        clock.Restart();
        var subsetViews = CoverageEngine.ComputeViews(subset, index, sequential);
        var engineSubset = clock.Elapsed;
        var subsetArea = subsetViews.Sum(v => v.Visible.Area);

        var inv = CultureInfo.InvariantCulture;
        Line(string.Create(inv, $"| synthetic city | {buildings.Count:N0} buildings, {edges:N0} edges; {cameras.Count:N0} cameras, range 60–120 m |"));
        Line("|---|---|");
        Line(string.Create(inv, $"| index build | {build.TotalMilliseconds:F0} ms |"));
        Line(string.Create(inv, $"| index memory (GC heap growth) | {(after - before) / 1048576.0:F1} MB |"));
        Line(string.Create(inv, $"| per camera, median (1 core) | {Percentile(sorted, 0.5):F3} ms |"));
        Line(string.Create(inv, $"| per camera, p99 (1 core) | {Percentile(sorted, 0.99):F3} ms |"));
        Line(string.Create(inv, $"| per camera, max (1 core) | {sorted[^1]:F3} ms |"));
        Line(string.Create(inv, $"| per camera, mean (1 core) | {perCamera.Average():F3} ms |"));
        Line(string.Create(inv, $"| all {cameras.Count:N0} cameras, {Environment.ProcessorCount} cores, wall clock | {total.TotalSeconds:F2} s |"));
        Line(string.Create(inv, $"| all {cameras.Count:N0} cameras, CPU time of that run (all threads) | {cpu.TotalSeconds:F2} s |"));
        Line(string.Create(inv, $"| naive NTS, {subset.Count} cameras (1 core) | {naiveTime.TotalMilliseconds:F0} ms |"));
        Line(string.Create(inv, $"| engine, same {subset.Count} cameras (1 core) | {engineSubset.TotalMilliseconds:F0} ms |"));
        Line(string.Create(inv, $"| engine speed-up over naive | {naiveTime / engineSubset:F1}× |"));
        Line(string.Create(inv, $"| visible area on the subset: engine / naive | {subsetArea:F0} / {naiveArea:F0} m² ({100 * (subsetArea - naiveArea) / naiveArea:+0.000;-0.000} %) |"));
        Line(string.Create(inv, $"| all views valid | {views.All(v => DoriLevels.All.All(l => v[l].IsValid))} |"));
        return text.ToString();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
