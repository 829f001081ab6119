using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner coverage (--plan P | --buildings F --cameras F [--zones F]) [--crs EPSG:n] [--target-height M]
/// --out F.geojson [--out-crs EPSG:n]</c>: every camera's real view per DORI level (2.5D occlusion) as one feature per
/// (camera, level) with <c>camera_id</c>, <c>level</c>, <c>area_m2</c> (area in the working CRS); a JSON summary on
/// standard output (union area per level, overlap, per-zone coverage); progress on standard error for long runs.
/// </summary>
internal sealed class CoverageVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("coverage", "What each camera really sees, per DORI level, with buildings blocking the view (2.5D).");
        var inputs = new PlanInputOptions().AddTo(command, "cameras", "buildings", "zones");
        var target = new TargetHeightOption();
        var output = new OutputOption("Output GeoJSON: one feature per (camera, level).", ".geojson", ".json");
        var outCrs = new Option<string?>("--out-crs") { Description = "CRS of the output coordinates (default EPSG:4326 lon/lat, RFC 7946)." };
        target.AddTo(command);
        output.AddTo(command);
        var summaryOut = new Option<string?>("--summary") { Description = "Write the full JSON summary (every zone) to this file; standard output shows the first 5 zones." };
        command.Options.Add(outCrs);
        command.Options.Add(summaryOut);
        command.SetAction(pr => CliRunner.Run("coverage", () =>
        {
            var outPath = output.Path(pr);
            var outEpsg = ParseOutCrs(pr.GetValue(outCrs));
            var targetHeight = target.Parse(pr);

            var plan = inputs.Load(pr, "coverage");
            var options = new CoverageOptions { TargetHeightM = targetHeight };
            using var workspace = Open(plan, options);
            var views = workspace.Current.ViewsInPlanOrder;
            if (EmptyViews.Warning(views) is { } blind)
            {
                Console.Error.WriteLine($"planner coverage: warning: {blind}");
            }

            var features = Features(views);
            GeoJsonOutput.Write(outPath, features, plan.Epsg, outEpsg);
            // Each zone's figures are computed once: the terminal shows the first few of the list --summary writes in full.
            var current = workspace.Current;
            var summaryPath = pr.GetValue(summaryOut);
            var zones = current.Plan.Zones.Take(summaryPath is null ? TerminalZones : int.MaxValue).Select(current.Mosaic.CoverageOf).ToList();
            if (summaryPath is not null)
            {
                AtomicFile.WriteText(summaryPath, CoverageSummaryWriter.ToJson(current.Plan, targetHeight, current.Figures, zones, outPath, current.Plan.Zones.Count));
            }

            Console.Out.WriteLine(CoverageSummaryWriter.ToJson(current.Plan, targetHeight, current.Figures, [.. zones.Take(TerminalZones)], outPath, current.Plan.Zones.Count));
            return CliRunner.Ok;

        }));
        return command;
    }

    private static int ParseOutCrs(string? text)
    {
        if (text is null)
        {
            return CrsRegistry.Wgs84;
        }

        try
        {
            return CrsRegistry.ParseSupported(text);
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("--out-crs", null, null, ex.Message);
        }
    }

    private static PlanWorkspace Open(Plan plan, CoverageOptions options)
    {
        var clock = Stopwatch.StartNew();
        var total = plan.Cameras.Count;
        var reported = 0;
        var gate = new object();
        void Progress(WorkspaceProgress p)
        {
            // Only long runs report camera views: after 2 s, at most every 10 % (thread-safe, monotone).
            if (p.Step != "views" || clock.ElapsedMilliseconds < 2000)
            {
                return;
            }

            lock (gate)
            {
                var step = Math.Max(1, total / 10);
                if (p.Done >= reported + step || p.Done == total)
                {
                    reported = p.Done;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"planner coverage: {p.Done}/{total} cameras ({clock.Elapsed.TotalSeconds:F1} s)"));
                }
            }
        }

        return PlanWorkspace.OpenAsync(plan, new WorkspaceOptions { Coverage = options }, new SyncProgress<WorkspaceProgress>(Progress), CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    private static IEnumerable<OutputFeature> Features(IReadOnlyList<CameraView> views)
    {
        foreach (var view in views)
        {
            foreach (var level in DoriLevels.All)
            {
                var g = view[level];
                yield return new OutputFeature(g,
                [
                    new("camera_id", view.CameraId),
                    new("level", level.ToContractName()),
                    new("area_m2", Math.Round(g.Area, 2)),
                ]);
            }
        }
    }

    /// <summary>Zones shown on standard output (issue 14: a real town's 2,000 zones made 7,388 lines); the rest go to --summary.</summary>
    private const int TerminalZones = 5;
}
