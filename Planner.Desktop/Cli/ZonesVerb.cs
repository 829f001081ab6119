using System.CommandLine;
using System.Globalization;
using Planner.Desktop.App.Zones;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.OpenData;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner zones --plan P --osm F.osm|F.osm.pbf|F.json [--bbr F.geojson] [--replace]</c>: derives the plan's zones
/// and streets from OpenStreetMap (and homes from a BBR export) and writes the plan back atomically. Without
/// <c>--replace</c> the plan's own zones are kept and the derived ones added (refused when ids collide, e.g. a second
/// run); with it, zones and streets are replaced. Prints zones per kind with the area of their union.
/// </summary>
internal sealed class ZonesVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("zones", "Derive zones (public_area, dwelling, premises, entrances) and streets from OSM and BBR open data into a plan.");
        var plan = new Option<string>("--plan") { Description = "The plan file (.gpkg) to add zones and streets to.", Required = true };
        var osm = new Option<string>("--osm") { Description = "OpenStreetMap extract: .osm (XML), .osm.pbf or Overpass JSON (out body/geom).", Required = true };
        var bbr = new Option<string?>("--bbr") { Description = "BBR building export (GeoJSON points or outlines with byg021BygningensAnvendelse): homes (use codes 110–190)." };
        var replace = new Option<bool>("--replace") { Description = "Replace the plan's zones and streets instead of adding to them." };
        command.Options.Add(plan);
        command.Options.Add(osm);
        command.Options.Add(bbr);
        command.Options.Add(replace);
        command.SetAction(parse => CliRunner.Run("zones", () =>
        {
            var path = parse.GetValue(plan)!;
            var stored = GeoPackagePlanStore.Read(path);
            var origin = GeoPackagePlanStore.ReadOrigin(path);
            foreach (var w in stored.Warnings)
            {
                Console.Error.WriteLine($"planner zones: warning: {w}");
            }

            var current = stored.Plan;
            var extract = OsmExtractReader.Read(parse.GetValue(osm)!);
            var bbrPath = parse.GetValue(bbr);
            var derived = ZoneDerivation.Derive(new ZoneDerivationOptions(extract, current.Epsg)
            {
                Buildings = current.Buildings,
                Bbr = bbrPath is null ? null : BbrBuildings.Read(bbrPath, current.Epsg),
            });
            foreach (var w in derived.Warnings)
            {
                Console.Error.WriteLine($"planner zones: warning: {w}");
            }

            var next = Merge(current, derived, parse.GetValue(replace), path);
            GeoPackagePlanStore.Write(path, next, origin);
            var mode = parse.GetValue(replace) ? "replaced the plan's zones and streets" : $"kept the plan's {current.Zones.Count} zone(s) and {current.Streets.Count} street(s), added";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"planner zones: wrote {path}: {mode} {derived.Zones.Count} derived zone(s) and {derived.Streets.Count} street(s) from {extract.File}{(bbrPath is null ? "" : " and " + bbrPath)}"));
            Console.WriteLine($"planner zones: derived per kind (union area): {derived.SummaryLine()}");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static Plan Merge(Plan current, ZoneDerivationResult derived, bool replace, string path)
    {
        var (zones, streets) = ZoneMerge.Merge(current, derived, replace, "pass --replace to replace the plan's zones and streets",
            (layer, line) => new InputException(path, "layer " + layer, "id", line));
        return current with { Zones = zones, Streets = streets };
    }
}
