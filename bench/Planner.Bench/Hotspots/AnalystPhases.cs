using System.Diagnostics;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;

namespace Planner.Bench.Hotspots;

/// <summary>
/// <c>-- analyst-phases PLAN.gpkg</c>: the app's analyst recompute on a plan (e.g. the 1M-incident timing plan of
/// bench/analyst/make_timing_plan.py), phase by phase, wall and process CPU time: filter, hotspot grid (count, quartic
/// KDE, Gi* + FDR), and the crime-weighted coverage against a reference in the same run (the previous implementation:
/// one NTS Point per incident, an STR-tree and prepared Covers), whose per-level counts must be equal.
/// </summary>
internal static class AnalystPhases
{
    public static void Run(string planFile)
    {
        var plan = new GeoPackageFileStore(planFile).LoadAsync(CancellationToken.None).GetAwaiter().GetResult().Plan;
        using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions());
        var views = workspace.Current.ViewsInPlanOrder;
        Console.WriteLine($"{plan.Incidents.Count:N0} incidents, {plan.Cameras.Count} cameras, {plan.Zones.Count} zones; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        foreach (var (label, filter) in new[] { ("all", IncidentFilter.All), ("hours 20-04", new IncidentFilter { Hours = HourWindow.Parse("20-04") }) })
        {
            for (var run = 0; run < 3; run++)
            {
                var used = Time($"{label} #{run}: filter", () => filter.Apply(plan.Incidents));
                var options = new HotspotOptions(25, 100);
                var xs = used.Select(i => i.X).ToArray();
                var ys = used.Select(i => i.Y).ToArray();
                var grid = Time("  grid", () => HotspotGrid.Spanning(xs, ys, options.CellSize));
                var counts = Time("  count", () => grid.Count(xs, ys));
                Time("  quartic KDE", () => KernelDensity.Quartic(grid, xs, ys, options.Bandwidth));
                var gi = Time("  Gi*", () => GetisOrd.Compute(grid, counts, options.EffectiveBand));
                Time("  FDR", () => FalseDiscoveryRate.Classify(gi.Z, gi.P));
                var result = Time("  HotspotAnalysis.Run (all of the above)", () => HotspotAnalysis.Run(used, options));
                var hot = result.HotCells().Select(c => (c.X, c.Y)).ToList();
                var engine = Time("  coverage figures (engine)", () => CrimeWeightedCoverage.Compute(views, used, hot, plan.Zones));
                if (run == 0)
                {
                    var reference = Time("  coverage figures (reference: Points + STR-tree)", () => ReferenceCounts(views, used));
                    var same = engine.Total.Select(l => l.Incidents).SequenceEqual(reference);
                    Console.WriteLine($"  per-level incident counts equal to the reference: {same} ({string.Join(", ", reference)})");
                    if (!same)
                    {
                        throw new InvalidOperationException("engine and reference disagree");
                    }
                }

                Console.WriteLine($"  grid {grid.Cols} × {grid.Rows} cells, {used.Count:N0} incidents");
            }
        }
    }

    private static T Time<T>(string label, Func<T> act)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = act();
        wall.Stop();
        Console.WriteLine($"{label}: {wall.Elapsed.TotalMilliseconds:0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU");
        return result;
    }

    /// <summary>Incidents seen at each level by any camera, the way the engine did it before (NTS points in an STR-tree).</summary>
    private static int[] ReferenceCounts(IReadOnlyList<CameraView> views, IReadOnlyList<Planner.Geo.Model.Incident> incidents)
    {
        var factory = new GeometryFactory();
        var points = incidents.Select(i => factory.CreatePoint(new Coordinate(i.X, i.Y))).ToArray();
        var tree = new STRtree<int>();
        for (var i = 0; i < points.Length; i++)
        {
            tree.Insert(points[i].EnvelopeInternal, i);
        }

        tree.Build();
        return [.. DoriLevels.All.Select(level =>
        {
            var seen = new bool[points.Length];
            foreach (var view in views)
            {
                if (!view.Levels.TryGetValue(level, out var area) || area.IsEmpty)
                {
                    continue;
                }

                var prepared = PreparedGeometryFactory.Prepare(area);
                foreach (var i in tree.Query(area.EnvelopeInternal))
                {
                    seen[i] |= prepared.Covers(points[i]);
                }
            }

            return seen.Count(s => s);
        })];
    }
}
