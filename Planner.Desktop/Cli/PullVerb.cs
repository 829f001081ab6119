using System.CommandLine;
using Planner.Geo;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner pull --db CONNECTION --name NAME --out F.gpkg [--overwrite]</c>: writes a shared plan from PostGIS to a
/// GeoPackage plan file (in the plan's own CRS) that remembers the version it was pulled at (for the next push).
/// </summary>
internal sealed class PullVerb : IVerb
{
    public Command Build()
    {
        var db = new Option<string>("--db") { Description = "PostgreSQL connection string, e.g. \"Host=gis.example.dk;Database=plans;Username=anna\".", Required = true };
        var name = new Option<string>("--name") { Description = "Name of the plan in the database.", Required = true };
        var @out = new OutputOption("The plan file to write (.gpkg).", ".gpkg") { Kind = "GeoPackage" }.WithOverwrite();
        var command = new Command("pull", "Write a shared plan from a PostGIS database to a GeoPackage plan file.");
        command.Options.Add(db);
        command.Options.Add(name);
        @out.AddTo(command);
        @out.AddOverwriteTo(command);
        command.SetAction(pr => CliRunner.Run("pull", () =>
        {
            var path = @out.Path(pr);

            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            var pulled = database.Plan(pr.GetValue(name)!).PullAsync().GetAwaiter().GetResult();
            foreach (var warning in pulled.Warnings)
            {
                CliRunner.Warn("pull", warning);
            }

            GeoPackagePlanStore.Write(path, pulled.Plan, pulled.Origin);
            Console.WriteLine($"planner pull: wrote {path}: version {pulled.Origin.Version} of {AppVerb.OneLine(pulled.Plan)}");
            return CliRunner.Ok;
        }));
        return command;
    }
}
