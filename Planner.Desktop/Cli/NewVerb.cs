using System.CommandLine;
using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner new --out PLAN.gpkg [--sample | --cameras F --buildings F --zones F --incidents F] [--crs EPSG:n]
/// [--name TEXT] [--overwrite]</c>: writes a GeoPackage plan — the bundled sample, a plan assembled from loose layer
/// files, or an empty plan in the given CRS. Like ogr2ogr, an existing file is replaced only with
/// <c>--overwrite</c> (a plan holds work); the write is atomic either way.
/// </summary>
internal sealed class NewVerb : IVerb
{
    public Command Build()
    {
        var inputs = new PlanInputOptions();
        var @out = new OutputOption("The plan file to write (.gpkg).", ".gpkg") { Kind = "GeoPackage" }.WithOverwrite();
        var sample = new Option<bool>("--sample") { Description = "Write the bundled sample municipality (synthetic Lindsted, EPSG:25832)." };
        var name = new Option<string?>("--name") { Description = "Name of the plan (stored in its metadata)." };
        var streets = new Option<string?>("--streets") { Description = "Streets: GeoJSON lines with name (and highway), drawn and labelled on maps." };
        var command = new Command("new", "Create a plan file (GeoPackage) from the bundled sample, from layer files, or empty.");
        @out.AddTo(command);
        command.Options.Add(sample);
        foreach (var option in new[] { inputs.Cameras, inputs.Buildings, inputs.Zones, inputs.Incidents, inputs.Crs, name, inputs.OperatorMap })
        {
            command.Options.Add(option);
        }

        command.Options.Add(inputs.KeepAllOsmCameras);
        command.Options.Add(streets);

        @out.AddOverwriteTo(command);
        command.SetAction(pr => CliRunner.Run("new", () =>
        {
            var path = @out.Path(pr);

            var crsText = pr.GetValue(inputs.Crs);
            int? epsg = crsText is null ? null : ParseCrs(crsText);
            var files = new PlanFiles(pr.GetValue(inputs.Cameras), pr.GetValue(inputs.Buildings), pr.GetValue(inputs.Zones), pr.GetValue(inputs.Incidents))
            {
                Streets = pr.GetValue(streets),
            };
            var hasFiles = files is not { Cameras: null, Buildings: null, Zones: null, Incidents: null, Streets: null };
            Plan plan;
            if (pr.GetValue(sample))
            {
                if (hasFiles)
                {
                    throw new InputException("--sample", null, null, "the sample cannot be combined with --cameras/--buildings/--zones/--incidents");
                }

                if (epsg is { } e && e != CrsRegistry.Etrs89Utm32)
                {
                    throw new InputException("--crs", null, null, $"the sample is in EPSG:{CrsRegistry.Etrs89Utm32}; leave out --crs or give that one");
                }

                plan = SampleMunicipality.Build();
            }
            else if (hasFiles)
            {
                var loaded = PlanInputOptions.LoadFiles(files, inputs.LoadOptions(pr, epsg));
                foreach (var warning in loaded.Warnings)
                {
                    Console.Error.WriteLine($"planner new: warning: {warning}");
                }

                plan = loaded.Plan;
            }
            else
            {
                var crs = epsg ?? CrsRegistry.Etrs89Utm32;
                if (CrsRegistry.Describe(crs).IsGeographic)
                {
                    throw new InputException("--crs", null, null, $"expected a projected working CRS in metres (e.g. EPSG:25832), got EPSG:{crs}");
                }

                plan = new Plan(crs, new PlanMetadata { Name = Path.GetFileNameWithoutExtension(path), CreatedAt = DateTimeOffset.Now });
            }

            if (pr.GetValue(name) is { } n && !string.IsNullOrWhiteSpace(n))
            {
                plan = plan with { Metadata = plan.Metadata with { Name = n } };
            }

            GeoPackagePlanStore.Write(path, plan);
            Console.WriteLine($"planner new: wrote {path}: {AppVerb.OneLine(plan)}");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static int ParseCrs(string text)
    {
        try
        {
            return CrsRegistry.ParseSupported(text);
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("--crs", null, null, ex.Message);
        }
    }
}
