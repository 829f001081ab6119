using System.CommandLine;
using Planner.Geo;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner push --plan P.gpkg --db CONNECTION [--name NAME] [--user WHO]</c>: stores a plan file in a shared
/// PostGIS database. A file pulled from the database pushes back only if nobody pushed in between (the version it
/// was pulled at is in the file); every camera change is audited under <c>--user</c> (default: the login name).
/// </summary>
internal sealed class PushVerb : IVerb
{
    public Command Build()
    {
        var plan = new Option<string>("--plan") { Description = "The plan file (.gpkg) to push.", Required = true };
        var db = new Option<string>("--db") { Description = "PostgreSQL connection string, e.g. \"Host=gis.example.dk;Database=plans;Username=anna\".", Required = true };
        var name = new Option<string?>("--name") { Description = "Name of the plan in the database (default: the name it was pulled as, else the plan's own name)." };
        var user = new Option<string?>("--user") { Description = "Who is pushing, for the audit trail (default: the login name)." };
        var command = new Command("push", "Store a plan file in a shared PostGIS database (optimistic concurrency, audited).");
        command.Options.Add(plan);
        command.Options.Add(db);
        command.Options.Add(name);
        command.Options.Add(user);
        command.SetAction(pr => CliRunner.Run("push", () =>
        {
            var path = pr.GetValue(plan)!;
            var loaded = GeoPackagePlanStore.Read(path);
            foreach (var warning in loaded.Warnings)
            {
                Console.Error.WriteLine($"planner push: warning: {warning}");
            }

            var origin = GeoPackagePlanStore.ReadOrigin(path);
            var target = pr.GetValue(name) ?? origin?.Name ?? loaded.Plan.Metadata.Name;
            if (string.IsNullOrWhiteSpace(target))
            {
                throw new InputException("--name", null, null, "expected a plan name");
            }

            int? baseVersion = origin is not null && origin.Name == target ? origin.Version : null;
            var who = pr.GetValue(user) ?? Environment.UserName;
            var result = PostGisPlanStore.Push(pr.GetValue(db)!, target, loaded.Plan, baseVersion, who);
            Console.WriteLine($"planner push: \"{target}\" is now version {result.Version} ({AppVerb.OneLine(loaded.Plan)}); cameras: {result.CamerasInserted} added, {result.CamerasUpdated} changed, {result.CamerasDeleted} removed, by {who}. Pull again before the next push.");
            return CliRunner.Ok;
        }));
        return command;
    }
}
