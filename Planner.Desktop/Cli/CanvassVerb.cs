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
using Planner.Geo.Workspace;

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
        var inputs = new PlanInputOptions { IncidentsAreAQuery = true }.AddTo(command, "cameras", "buildings", "incidents");
        var at = new Option<string?>("--at") { Description = "The place as LON,LAT (WGS 84 degrees), e.g. 12.5683,55.6761." };
        var time = new Option<string?>("--time") { Description = "When, ISO 8601 (without an offset: Europe/Copenhagen local time)." };
        var today = new Option<string?>("--today") { Description = "The date to judge footage against, YYYY-MM-DD (default: today, Europe/Copenhagen)." };
        var output = new OutputOption("Canvass JSON to write.");
        command.Options.Add(at);
        command.Options.Add(time);
        command.Options.Add(today);
        output.AddTo(command);
        command.SetAction(parse => CliRunner.Run("canvass", () =>
        {
            var atText = parse.GetValue(at);
            var incidentsPath = parse.GetValue(inputs.Incidents);
            if ((atText is null) == (incidentsPath is null))
            {
                throw new InputException("", null, "--at", "give either --at LON,LAT with --time, or --incidents F.csv");
            }

            var todayDate = RuleVerbOptions.ParseDate(parse.GetValue(today), "--today")
                ?? CopenhagenTime.Today();
            var plan = inputs.Load(parse, "canvass");
            IReadOnlyList<Incident> incidents;
            if (atText is not null)
            {
                var timeText = parse.GetValue(time) ?? throw new InputException("--time", null, null, "expected an ISO 8601 time with --at");
                var point = ParseLonLat(atText, plan);
                var when = ShareRequestReader.ParseTime(timeText, "--time", "time");
                RefuseFuture(when, parse.GetValue(today) is null ? null : todayDate);
                incidents = [new Incident("at", point.X, point.Y, when, "unspecified")];
            }
            else
            {
                incidents = !inputs.IsStoredPlan(parse)
                    ? plan.Incidents
                    : PlanFileLoader.Load(new PlanFiles(Incidents: incidentsPath), new PlanLoadOptions { Epsg = plan.Epsg }).Plan.Incidents;
            }

            using var workspace = PlanWorkspace.Open(plan);
            var views = workspace.Current.ViewsInPlanOrder;
            var results = CanvassReportWriter.Batch(plan.Cameras, views, incidents, todayDate);
            var outPath = output.Path(parse);
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
    private static Coordinate ParseLonLat(string text, Plan plan)
    {
        var parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            || !double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new InputException("--at", null, null, $"expected LON,LAT in degrees with a decimal point, e.g. 12.5683,55.6761, got \"{text}\"");
        }

        var at = ToWorking(lon, lat, plan.Epsg);
        if (Reach(plan) is not { } reach || reach.Contains(at))
        {
            return at;
        }

        // Issue 14: a place outside every camera's reach used to give "no camera saw it", an all-clear resting on a typo.
        if (lat is >= -180 and <= 180 && lon is >= -90 and <= 90 && ToWorking(lat, lon, plan.Epsg) is { } swapped && reach.Contains(swapped))
        {
            throw new InputException("--at", null, null, string.Create(CultureInfo.InvariantCulture,
                $"expected LON,LAT; \"{text}\" looks like LAT,LON (swapped, it lies among the plan's cameras): did you mean {lat:R},{lon:R}?"));
        }

        var km = reach.Distance(new Envelope(at)) / 1000;
        throw new InputException("--at", null, null, string.Create(CultureInfo.InvariantCulture,
            $"expected a place the plan's cameras can see; {text} lies {km:N1} km outside their reach (camera positions plus their range)"));
    }

    private static Coordinate ToWorking(double lon, double lat, int epsg)
    {
        var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, epsg, lon, lat);
        return new Coordinate(x, y);
    }

    /// <summary>The cameras' extent grown by the longest range, working CRS; null for a plan without cameras.</summary>
    private static Envelope? Reach(Plan plan)
    {
        if (plan.Cameras.Count == 0)
        {
            return null;
        }

        var e = new Envelope();
        foreach (var c in plan.Cameras)
        {
            e.ExpandToInclude(c.Location);
        }

        e.ExpandBy(plan.Cameras.Max(c => c.Optics.RangeM));
        return e;
    }

    /// <summary>A time after now (or after the end of --today when given) is refused: no camera has footage of it yet.</summary>
    private static void RefuseFuture(DateTimeOffset when, DateOnly? today)
    {
        var limit = today is { } d
            ? new DateTimeOffset(d.ToDateTime(TimeOnly.MaxValue), CopenhagenTime.TimeZone.GetUtcOffset(d.ToDateTime(TimeOnly.MaxValue)))
            : DateTimeOffset.Now;
        if (when > limit)
        {
            throw new InputException("--time", null, null, string.Create(CultureInfo.InvariantCulture,
                $"expected a time in the past; {when:yyyy-MM-dd'T'HH:mm:sszzz} is after {(today is null ? "now" : "the end of --today")}, so no footage of it can exist"));
        }
    }

    /// <summary>" (kept until D)" while footage exists, " (deletion deadline D)" once it is gone.</summary>
    private static string DeadlineText(FootageState footage, DateOnly? deadline) => deadline is not { } d
        ? ""
        : footage == FootageState.Deleted
            ? " (deletion deadline " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")"
            : " (kept until " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")";
}
