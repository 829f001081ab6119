using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Model;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner hotspots (--plan P | --incidents F) [--crs EPSG:n] --cell M --bandwidth M [--band M] [filters]
/// [--kernel quartic|gaussian] --out F.csv|F.geojson</c>: the contract's hotspot grid of the filtered incidents. CSV =
/// all cells (x,y,count,density,gi_z,gi_p,class); GeoJSON = the cells as polygons in lon/lat. A summary goes to
/// standard output.
/// </summary>
internal sealed class HotspotsVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("hotspots", "Kernel density and Getis-Ord Gi* hotspots (FDR-corrected) of incidents on a grid.");
        var inputs = new PlanInputOptions().AddTo(command, "incidents");
        var cell = new Option<double>("--cell") { Description = "Cell size in metres (cells aligned to multiples of it).", Required = true };
        var bandwidth = new Option<double>("--bandwidth") { Description = "Kernel radius r in metres (σ for --kernel gaussian).", Required = true };
        var band = new Option<double?>("--band") { Description = "Gi* distance band in metres (cells whose centres are at most this far; default: the bandwidth)." };
        var kernel = new Option<string>("--kernel") { Description = "quartic (default) or gaussian.", DefaultValueFactory = _ => "quartic" };
        var output = new Option<string>("--out") { Description = "Output: .csv (all cells) or .geojson (cell polygons, lon/lat).", Required = true };
        command.Options.Add(cell);
        command.Options.Add(bandwidth);
        command.Options.Add(band);
        var filters = new IncidentFilterOptions().AddTo(command);
        command.Options.Add(kernel);
        command.Options.Add(output);
        command.SetAction(pr => CliRunner.Run("hotspots", () =>
        {
            var outPath = pr.GetValue(output)!;
            var format = OutputFormat(outPath, ".csv", ".geojson", ".json");
            var options = ParseOptions(pr.GetValue(cell), pr.GetValue(bandwidth), pr.GetValue(band), pr.GetValue(kernel));
            var filter = filters.Parse(pr);
            var (plan, read) = inputs.Load(pr, "hotspots", filter);
            var used = IncidentFilterOptions.ApplyOrThrow(filter, plan, read, pr.GetValue(inputs.Incidents) ?? inputs.SourceName(pr) ?? "");
            var result = HotspotAnalysis.Run(used, options);
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
                $"incidents: {used.Count} used of {read} (filter: {filter})"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cells: {g.CellCount} ({g.Cols} x {g.Rows} of {g.CellSize} m, EPSG:{plan.Epsg}); bandwidth {options.Bandwidth} m, band {options.EffectiveBand} m, kernel {options.Kernel.ToString().ToLowerInvariant()}"));
            Console.WriteLine("classes: " + string.Join(", ", result.ClassCounts().Select(kv => $"{kv.Key.ToContractName()} {kv.Value}")));
            Console.WriteLine($"wrote {outPath}");
            return CliRunner.Ok;
        }));
        return command;
    }

    internal static HotspotOptions ParseOptions(double cell, double bandwidth, double? band, string? kernel)
    {
        var k = kernel?.Trim().ToLowerInvariant() switch
        {
            null or "" or "quartic" => KdeKernel.Quartic,
            "gaussian" => KdeKernel.Gaussian,
            _ => throw new InputException("command line", null, "--kernel", $"expected quartic or gaussian, got \"{kernel}\""),
        };
        try
        {
            return new HotspotOptions(cell, bandwidth, band) { Kernel = k };
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, "--" + ex.Field, ex.Message);
        }
    }

    /// <summary>The lower-case extension of <paramref name="path"/> if it is one of <paramref name="allowed"/>, else bad input.</summary>
    internal static string OutputFormat(string path, params string[] allowed)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return allowed.Contains(ext)
            ? (ext == ".json" && allowed.Contains(".geojson") ? ".geojson" : ext)
            : throw new InputException(path, null, "--out", $"expected a file name ending in {string.Join(" or ", allowed)}");
    }
}
