using System.Diagnostics;
using System.Globalization;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Workspace;

namespace Planner.Bench.Workspace;

/// <summary>
/// Issue 9 table: open a workspace (index, all views, findings, plan-wide figures), then time one-camera edits (a move
/// of a few metres or a turn, alternating, on cameras picked at random) one Stopwatch each: median, p99, max. The
/// reference is the batch recomputation the first workspace did per edit — the edited view, the whole rule engine and
/// <see cref="PlanCoverage.Compute"/> — timed on <c>referenceEdits</c> of the same edits; the ratio is of medians.
/// </summary>
internal static class WorkspaceEditHarness
{
    public static string Run(string name, Plan plan, WorkspaceOptions options, int edits, int referenceEdits)
    {
        var text = new System.Text.StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        void Line(string s) => text.AppendLine(s);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        using var workspace = PlanWorkspace.Open(plan, options);
        var open = clock.Elapsed;
        var random = new Random(9);
        var steps = Enumerable.Range(0, edits + referenceEdits + 10).Select(i =>
        {
            var c = plan.Cameras[random.Next(plan.Cameras.Count)];
            return i % 2 == 0
                ? c with { X = c.X + random.Next(-5, 6), Y = c.Y + random.Next(-5, 6) }
                : c with { Optics = c.Optics.WithHeading((c.Optics.HeadingDeg + 15 + random.Next(90)) % 360) };
        }).ToList();

        // Warm-up (JIT), not timed.
        foreach (var camera in steps.Take(10))
        {
            workspace.Apply(PlanEdit.Replace(camera));
        }

        var times = new double[edits];
        var changedViews = 0;
        for (var i = 0; i < edits; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var change = workspace.Apply(PlanEdit.Replace(steps[10 + i]));
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            changedViews += change.Views.Count;
        }

        // Where an edit's time goes: each part alone on the same edits (medians).
        // Plan-level findings two ways on the same edits: incrementally (what an edit pays) and whole-plan (the batch
        // reference, what an edit paid before the findings were kept per camera).
        var parts = new double[5, Math.Min(edits, 100)];
        var snapshot = workspace.Current;
        var session = options.Pack is null ? null : new RuleSession(options.Pack, snapshot.Plan.Zones, options.Rules!);
        var allViews = snapshot.ViewsInPlanOrder;
        var planLevel = session?.PlanLevel(snapshot.Plan.Cameras, snapshot.ViewMap);
        session?.PlanFindings(snapshot.Plan.Cameras, allViews);
        // Each part on a fresh edit of the current state (re-applying a past step would often be no change at all): the
        // camera of the same step moved by a metre or two, or turned by 20°, alternating like the timed edits.
        var currentCameras = snapshot.Plan.Cameras.ToDictionary(c => c.Id, StringComparer.Ordinal);
        for (var i = 0; i < parts.GetLength(1); i++)
        {
            var was = currentCameras[steps[10 + i].Id];
            var camera = i % 2 == 0
                ? was with { X = was.X + 1 + (i % 3), Y = was.Y - 1 }
                : was with { Optics = was.Optics.WithHeading((was.Optics.HeadingDeg + 20) % 360) };
            var t0 = Stopwatch.GetTimestamp();
            var view = CoverageEngine.ComputeView(camera, snapshot.Index, options.Coverage);
            parts[0, i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            t0 = Stopwatch.GetTimestamp();
            session?.CameraFindings(camera, view);
            parts[1, i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            var editedViews = snapshot.ViewMap.SetItem(camera.Id, view);
            t0 = Stopwatch.GetTimestamp();
            session?.PlanLevel(planLevel!, [camera], [], editedViews);
            parts[2, i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            t0 = Stopwatch.GetTimestamp();
            session?.PlanFindings(snapshot.Plan.Cameras, allViews);
            parts[4, i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            t0 = Stopwatch.GetTimestamp();
            snapshot.Mosaic.Apply([], [view]);
            parts[3, i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }

        double PartMedian(int k) => Percentile([.. Enumerable.Range(0, parts.GetLength(1)).Select(i => parts[k, i]).Order()], 0.5);

        // Moves (even steps) change the camera lists' positions, turns (odd steps) do not: medians of each alone.
        double PartMedianOf(int k, int parity) => Percentile([.. Enumerable.Range(0, parts.GetLength(1)).Where(i => i % 2 == parity).Select(i => parts[k, i]).Order()], 0.5);

        var reference = new double[referenceEdits];
        var index = workspace.Index;
        var current = workspace.Plan;
        for (var i = 0; i < referenceEdits; i++)
        {
            var camera = steps[10 + edits + i];
            var t0 = Stopwatch.GetTimestamp();
            current = PlanEdits.ApplyTo(current, PlanEdit.Replace(camera));
            var views = current.Cameras.Select(c => c.Id == camera.Id ? CoverageEngine.ComputeView(c, index, options.Coverage) : workspace.Current.Views[c.Id]).ToList();
            var findings = options.Pack is null ? [] : RuleEngine.Evaluate(options.Pack, current.Cameras, views, current.Zones, options.Rules!);
            var coverage = PlanCoverage.Compute(views, current.Zones);
            reference[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
            GC.KeepAlive(findings);
            GC.KeepAlive(coverage);
        }

        var sorted = times.Order().ToArray();
        var refSorted = reference.Order().ToArray();
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        Line(string.Create(inv, $"| {name} | {plan.Cameras.Count:N0} cameras, {plan.Buildings.Count:N0} buildings, {plan.Zones.Count:N0} zones; {Environment.ProcessorCount} cores, load {load} |"));
        Line("|---|---|");
        Line(string.Create(inv, $"| open (index, views, findings, figures) | {open.TotalSeconds:F2} s |"));
        Line(string.Create(inv, $"| one-camera edit → view, findings, figures: median | {Percentile(sorted, 0.5):F2} ms |"));
        Line(string.Create(inv, $"| one-camera edit: p99 | {Percentile(sorted, 0.99):F2} ms |"));
        Line(string.Create(inv, $"| one-camera edit: max ({edits} edits) | {sorted[^1]:F2} ms |"));
        Line(string.Create(inv, $"| parts, medians: view / camera findings / plan-level findings / mosaic tiles | {PartMedian(0):F2} / {PartMedian(1):F2} / {PartMedian(2):F2} / {PartMedian(3):F2} ms |"));
        Line(string.Create(inv, $"| plan-level findings, incremental: moves / turns (medians) | {PartMedianOf(2, 0):F3} / {PartMedianOf(2, 1):F3} ms |"));
        Line(string.Create(inv, $"| plan-level findings: incremental / whole plan (batch), same edits | {PartMedian(2):F3} / {PartMedian(4):F2} ms ({PartMedian(4) / Math.Max(PartMedian(2), 1e-6):F0}×) |"));
        if (referenceEdits > 0)
        {
            Line(string.Create(inv, $"| reference (view + whole RuleEngine + PlanCoverage.Compute): median of {referenceEdits} | {Percentile(refSorted, 0.5):F1} ms |"));
            Line(string.Create(inv, $"| speed-up (reference median / workspace median) | {Percentile(refSorted, 0.5) / Percentile(sorted, 0.5):F0}× |"));
        }
        Line(string.Create(inv, $"| views changed per edit (mean) | {changedViews / (double)edits:F2} |"));
        Line(string.Create(inv, $"| tiles / findings | {workspace.Current.Mosaic.TileCount:N0} / {workspace.Current.Findings.Count:N0} |"));
        return text.ToString();
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
