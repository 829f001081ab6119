using System.CommandLine;
using System.Globalization;
using Planner.Geo.Hotspots;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner hotspots (--plan P | --incidents F) [--crs EPSG:n] --cell M --bandwidth M [--band M] [filters]
/// [--kernel quartic|gaussian] --out F.csv|F.geojson</c>: the contract's hotspot grid of the filtered incidents. CSV =
/// all cells (x,y,count,density,gi_z,gi_p,class); GeoJSON = the cells as polygons in lon/lat. A summary goes to
/// standard output. The grid comes from the workspace's hotspot pipeline (<see cref="PlanHotspots"/>), which needs no
/// camera views, so no workspace is opened.
/// </summary>
internal sealed class HotspotsVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("hotspots", "Kernel density and Getis-Ord Gi* hotspots (FDR-corrected) of incidents on a grid.");
        var inputs = new PlanInputOptions().AddTo(command, "incidents");
        var grid = new HotspotGridOptions(cellM: null, bandwidthM: null, band: true, kernel: true).AddTo(command);
        var filters = new IncidentFilterOptions().AddTo(command);
        grid.AddKernelTo(command);
        var output = new OutputOption("Output: .csv (all cells) or .geojson (cell polygons, lon/lat).", ".csv", ".geojson", ".json").AddTo(command);
        command.SetAction(pr => CliRunner.Run("hotspots", () =>
        {
            var (outPath, format) = output.Parse(pr);
            var options = grid.Parse(pr);
            var filter = filters.Parse(pr);
            var (plan, read) = inputs.Load(pr, "hotspots", filter);
            var run = PlanHotspots.Run(plan, filter, options, read);
            var result = IncidentFilterOptions.GridOrThrow(run, pr.GetValue(inputs.Incidents) ?? inputs.SourceName(pr) ?? "");
            if (format == ".csv")
            {
                HotspotOutput.WriteCsv(outPath, result);
            }
            else
            {
                HotspotOutput.WriteGeoJson(outPath, result, plan.Epsg);
            }

            var g = result.Grid;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"incidents: {run.Incidents.Used.Count} used of {read} (filter: {filter})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cells: {g.CellCount} ({g.Cols} x {g.Rows} of {g.CellSize} m, EPSG:{plan.Epsg}); bandwidth {options.Bandwidth} m, band {options.EffectiveBand} m, kernel {options.Kernel.ToString().ToLowerInvariant()}"));
            Console.WriteLine("classes: " + string.Join(", ", result.ClassCounts().Select(kv => $"{kv.Key.ToContractName()} {kv.Value}")));
            Console.WriteLine($"wrote {outPath}");
            return CliRunner.Ok;
        }));
        return command;
    }
}
