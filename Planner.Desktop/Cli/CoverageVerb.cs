using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

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
        var target = new Option<double>("--target-height") { Description = "Target height above ground in metres (0 = ground, 1.6 = a face).", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--out") { Description = "Output GeoJSON: one feature per (camera, level).", Required = true };
        var outCrs = new Option<string?>("--out-crs") { Description = "CRS of the output coordinates (default EPSG:4326 lon/lat, RFC 7946)." };
        command.Options.Add(target);
        command.Options.Add(output);
        command.Options.Add(outCrs);
        command.SetAction(pr => CliRunner.Run("coverage", () =>
        {
            var outPath = pr.GetValue(output)!;
            HotspotsVerb.OutputFormat(outPath, ".geojson", ".json");
            var outEpsg = ParseOutCrs(pr.GetValue(outCrs));
            var targetHeight = pr.GetValue(target);
            if (!double.IsFinite(targetHeight) || targetHeight is < 0 or > PlausibleRanges.MaxTargetHeightM)
            {
                throw new InputException("command line", null, "--target-height", $"expected a height in [0, {PlausibleRanges.MaxTargetHeightM}] metres");
            }

            var plan = inputs.Load(pr, "coverage");
            var options = new CoverageOptions { TargetHeightM = targetHeight };
            var views = Compute(plan, options);
            var features = Features(views);
            GeoJsonOutput.Write(outPath, features, plan.Epsg, outEpsg);
            var coverage = PlanCoverage.Compute(views, plan.Zones);
            Console.Out.WriteLine(Summary(plan, options, coverage, outPath));
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

    private static IReadOnlyList<CameraView> Compute(Plan plan, CoverageOptions options)
    {
        var clock = Stopwatch.StartNew();
        var index = CoverageIndex.Build(plan.Buildings);
        var total = plan.Cameras.Count;
        var reported = 0;
        var gate = new object();
        void Progress(int done)
        {
            // Only long runs report: after 2 s, at most every 10 % (thread-safe, monotone).
            if (clock.ElapsedMilliseconds < 2000)
            {
                return;
            }

            lock (gate)
            {
                var step = Math.Max(1, total / 10);
                if (done >= reported + step || done == total)
                {
                    reported = done;
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"planner coverage: {done}/{total} cameras ({clock.Elapsed.TotalSeconds:F1} s)"));
                }
            }
        }

        return CoverageEngine.ComputeViews(plan.Cameras, index, options, Progress);
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

    private static string Summary(Plan plan, CoverageOptions options, PlanCoverage coverage, string outPath)
    {
        using var buffer = new MemoryStream();
        using var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("cameras", plan.Cameras.Count);
        w.WriteNumber("buildings", plan.Buildings.Count);
        w.WriteString("crs", $"EPSG:{plan.Epsg}");
        w.WriteNumber("target_height_m", options.TargetHeightM);
        w.WriteStartObject("union_area_m2");
        foreach (var level in DoriLevels.All)
        {
            w.WriteNumber(level.ToContractName(), Math.Round(coverage.AreaM2(level), 2));
        }

        w.WriteEndObject();
        w.WriteNumber("overlap_area_m2", Math.Round(coverage.OverlapM2, 2));
        w.WriteStartArray("zones");
        foreach (var zone in coverage.Zones)
        {
            w.WriteStartObject();
            w.WriteString("id", zone.ZoneId);
            w.WriteString("kind", zone.Kind.ToContractName());
            w.WriteNumber("area_m2", Math.Round(zone.AreaM2, 2));
            w.WriteStartObject("covered_m2");
            foreach (var level in DoriLevels.All)
            {
                w.WriteNumber(level.ToContractName(), Math.Round(zone.CoveredM2[level], 2));
            }

            w.WriteEndObject();
            w.WriteStartObject("covered_percent");
            foreach (var level in DoriLevels.All)
            {
                w.WriteNumber(level.ToContractName(), Math.Round(100 * zone.Fraction(level), 1));
            }

            w.WriteEndObject();
            w.WriteNumber("blind_spot_m2", Math.Round(zone.BlindSpotM2, 2));
            w.WriteNumber("overlap_m2", Math.Round(zone.OverlapM2, 2));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("out", outPath);
        w.WriteEndObject();
        w.Flush();
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
