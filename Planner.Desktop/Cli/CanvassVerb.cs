using System.CommandLine;
using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo;
using Planner.Geo.Canvass;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Sharing;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner canvass (--plan P | --cameras F --buildings F) (--at LON,LAT --time ISO8601 | --incidents F.csv)
/// [--today DATE] [--crs EPSG:n] --out F.json</c>: for an incident (or each incident of a CSV), the cameras whose real
/// view contains the place, the DORI level there, and whether the footage still exists, best quality first.
/// </summary>
internal sealed class CanvassVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("canvass", "Which cameras saw a place at a time, how well, and whether the footage still exists.");
        var inputs = new PlanInputOptions().AddTo(command, "cameras", "buildings", "incidents");
        var at = new Option<string?>("--at") { Description = "The place as LON,LAT (WGS 84 degrees), e.g. 12.5683,55.6761." };
        var time = new Option<string?>("--time") { Description = "When, ISO 8601 (without an offset: Europe/Copenhagen local time)." };
        var today = new Option<string?>("--today") { Description = "The date to judge footage against, YYYY-MM-DD (default: today, Europe/Copenhagen)." };
        var output = new Option<string>("--out") { Description = "Canvass JSON to write.", Required = true };
        command.Options.Add(at);
        command.Options.Add(time);
        command.Options.Add(today);
        command.Options.Add(output);
        command.SetAction(parse => CliRunner.Run("canvass", () =>
        {
            var atText = parse.GetValue(at);
            var incidentsPath = parse.GetValue(inputs.Incidents);
            if ((atText is null) == (incidentsPath is null))
            {
                throw new InputException("", null, "--at", "give either --at LON,LAT with --time, or --incidents F.csv");
            }

            var todayDate = RuleVerbOptions.ParseDate(parse.GetValue(today), "--today")
                ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, CopenhagenTime.TimeZone).DateTime);
            var plan = inputs.Load(parse, "canvass");
            IReadOnlyList<Incident> incidents;
            if (atText is not null)
            {
                var timeText = parse.GetValue(time) ?? throw new InputException("--time", null, null, "expected an ISO 8601 time with --at");
                var point = ParseLonLat(atText, plan.Epsg);
                incidents = [new Incident("at", point.X, point.Y, ShareRequestReader.ParseTime(timeText, "--time", "time"), "unspecified")];
            }
            else
            {
                incidents = parse.GetValue(inputs.Plan) is null
                    ? plan.Incidents
                    : PlanFileLoader.Load(new PlanFiles(Incidents: incidentsPath), new PlanLoadOptions { Epsg = plan.Epsg }).Plan.Incidents;
            }

            var views = CoverageEngine.ComputeViews(plan.Cameras, plan.Buildings);
            var results = CanvassReportWriter.Batch(plan.Cameras, views, incidents, todayDate);
            var outPath = parse.GetValue(output)!;
            CanvassReportWriter.Write(outPath, results, plan.Epsg, todayDate);
            // One line per incident for a handful; a batch gets totals only (the JSON has every camera).
            foreach (var r in results.Count <= 20 ? results : [])
            {
                var best = r.Hits.Count == 0 ? "no camera saw it" : string.Join("; ", r.Hits.Take(3).Select(h =>
                    $"{h.CameraId} {h.Level.ToContractName()} {CanvassReportWriter.FootageName(h.Footage)}{DeadlineText(h.Footage, h.DeletionDeadline)}"));
                Console.WriteLine($"{r.IncidentId}: {r.Hits.Count} camera(s): {best}");
            }

            var seen = results.Count(r => r.Hits.Count > 0);
            var withFootage = results.Count(r => r.Hits.Any(h => h.Footage == FootageState.Exists));
            Console.WriteLine($"{seen} of {results.Count} incident(s) seen by a camera, {withFootage} with footage still kept on {todayDate:yyyy-MM-dd}; written to {outPath}");
            return CliRunner.Ok;
        }));
        return command;
    }
    private static Coordinate ParseLonLat(string text, int epsg)
    {
        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new InputException("--at", null, null, $"expected LON,LAT in degrees with a decimal point, e.g. 12.5683,55.6761, got \"{text}\"");
        }

        return CrsRegistry.Transform(new Point(lon, lat), CrsRegistry.Wgs84, epsg).Coordinate;
    }

    /// <summary>" (kept until D)" while footage exists, " (deletion deadline D)" once it is gone.</summary>
    private static string DeadlineText(FootageState footage, DateOnly? deadline) => deadline is not { } d
        ? ""
        : footage == FootageState.Deleted
            ? " (deletion deadline " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")"
            : " (kept until " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")";
}
