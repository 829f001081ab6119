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
        var cell = new Option<double>("--cell") { Description = "Hotspot cell size in metres (default 50).", DefaultValueFactory = _ => 50 };
        var bandwidth = new Option<double>("--bandwidth") { Description = "Kernel radius in metres (default 200).", DefaultValueFactory = _ => 200 };
        var band = new Option<double?>("--band") { Description = "Gi* distance band in metres (default: the bandwidth)." };
        var targetHeight = new TargetHeightOption();
        var output = new Option<string>("--out") { Description = "Output JSON file.", Required = true };
        var filters = new IncidentFilterOptions().AddTo(command);
        command.Options.Add(cell);
        command.Options.Add(bandwidth);
        command.Options.Add(band);
        targetHeight.AddTo(command);
        command.Options.Add(output);
        command.SetAction(pr => CliRunner.Run("stats", () =>
        {
            var outPath = pr.GetValue(output)!;
            HotspotsVerb.OutputFormat(outPath, ".json");
            var options = HotspotsVerb.ParseOptions(pr.GetValue(cell), pr.GetValue(bandwidth), pr.GetValue(band), "quartic");
            var height = targetHeight.Parse(pr);

            var filter = filters.Parse(pr);
            var plan = inputs.Load(pr, "stats");
            var used = IncidentFilterOptions.ApplyOrThrow(filter, plan, pr.GetValue(inputs.Incidents) ?? inputs.SourceName(pr) ?? "");
            var hotspots = HotspotAnalysis.Run(used, options);
            using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions { Coverage = new CoverageOptions { TargetHeightM = height } });
            var views = workspace.Current.ViewsInPlanOrder;
            var hotCells = hotspots.HotCells().Select(c => (c.X, c.Y)).ToList();
            var stats = CrimeWeightedCoverage.Compute(views, used, hotCells, plan.Zones);
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
