using System.CommandLine;
using System.Globalization;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner stats (--plan P | --cameras F --buildings F --incidents F [--zones F]) [filters] [--cell M] [--bandwidth M]
/// [--band M] [--target-height M] --out F.json</c>: crime-weighted coverage — incidents and Gi* hot cells seen per DORI
/// level, per camera and in total, each camera's marginal gain, and hour-of-week profiles (overall and per zone).
/// </summary>
internal sealed class StatsVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("stats", "Crime-weighted coverage of a camera layout and hour-of-week profiles, as JSON.");
        var inputs = new PlanInputOptions().AddTo(command, "cameras", "buildings", "zones", "incidents");
        var filters = new IncidentFilterOptions().AddTo(command);
        var grid = new HotspotGridOptions(cellM: 50, bandwidthM: 200, band: true, kernel: false, usedFor: "Hotspot grid").AddTo(command);
        var targetHeight = new TargetHeightOption().AddTo(command);
        var output = new OutputOption("Output JSON file.", ".json").AddTo(command);
        command.SetAction(pr => CliRunner.Run("stats", () =>
        {
            var outPath = output.Path(pr);
            var options = grid.Parse(pr);
            var height = targetHeight.Parse(pr);

            var filter = filters.Parse(pr);
            var plan = inputs.Load(pr, "stats");
            var run = PlanHotspots.Run(plan, filter, options);
            var used = IncidentFilterOptions.UsedOrThrow(run.Incidents, pr.GetValue(inputs.Incidents) ?? inputs.SourceName(pr) ?? "");
            using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions { Coverage = new CoverageOptions { TargetHeightM = height } });
            var hotCells = run.HotCellCentres();
            var stats = PlanHotspots.CrimeWeighted(workspace.Current, run);
            var parameters = new Dictionary<string, object?>
            {
                ["filter"] = filter.ToString(),
                ["epsg"] = plan.Epsg,
                ["cell_m"] = options.CellSize,
                ["bandwidth_m"] = options.Bandwidth,
                ["band_m"] = options.EffectiveBand,
                ["target_height_m"] = height,
                ["incidents_before_filter"] = plan.Incidents.Count,
                ["cameras"] = plan.Cameras.Count,
            };
            CoverageStatisticsJson.Write(outPath, stats, parameters);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"incidents: {used.Count} used of {plan.Incidents.Count} (filter: {filter}); hot cells: {hotCells.Count}; cameras: {plan.Cameras.Count}"));
            foreach (var l in stats.Total)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{l.Level.ToContractName(),-10} incidents {l.Incidents} ({l.IncidentShare:P1}), hot cells {l.HotCells} ({l.HotCellShare:P1})"));
            }

            Console.WriteLine($"wrote {outPath}");
            return CliRunner.Ok;
        }));
        return command;
    }
}
