using System.CommandLine;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Rules;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner push --plan P.gpkg --db CONNECTION [--name NAME] [--user LABEL] [--with-results]</c>: stores a plan file
/// in a shared PostGIS database set up by <c>planner db init</c>. A file pulled from the database pushes back only if
/// nobody pushed in between (the version it was pulled at is in the file). Camera and zone changes are audited under
/// the database login (and <c>--user</c> as a label). With <c>--with-results</c> the views per level and the findings
/// are stored too, so QGIS shows coverage next to the cameras.
/// </summary>
internal sealed class PushVerb : IVerb
{
    public Command Build()
    {
        var plan = new Option<string>("--plan") { Description = "The plan file (.gpkg) to push.", Required = true };
        var db = new Option<string>("--db") { Description = "PostgreSQL connection string, e.g. \"Host=gis.example.dk;Database=plans;Username=anna\".", Required = true };
        var name = new Option<string?>("--name") { Description = "Name of the plan in the database (default: the name it was pulled as, else the plan's own name)." };
        var user = new Option<string?>("--user") { Description = "A label for the audit trail besides the database login (default: none, the login is recorded)." };
        var withResults = new Option<bool>("--with-results") { Description = "Also store every camera's view per level and the rule findings (tables coverage_views, findings)." };
        var rules = new RuleVerbOptions();
        var command = new Command("push", "Store a plan file in a shared PostGIS database (optimistic concurrency, audited).");
        command.Options.Add(plan);
        command.Options.Add(db);
        command.Options.Add(name);
        command.Options.Add(user);
        command.Options.Add(withResults);
        rules.AddTo(command);
        command.SetAction(pr => CliRunner.Run("push", () =>
        {
            var path = pr.GetValue(plan)!;
            var loaded = GeoPackagePlanStore.Read(path);
            foreach (var warning in loaded.Warnings)
            {
                CliRunner.Warn("push", warning);
            }

            var origin = GeoPackagePlanStore.ReadOrigin(path);
            var target = pr.GetValue(name) ?? origin?.Name ?? loaded.Plan.Metadata.Name;
            if (string.IsNullOrWhiteSpace(target))
            {
                throw new InputException("--name", null, null, "expected a plan name (the plan file has none)");
            }

            var label = pr.GetValue(user);
            if (label is not null && string.IsNullOrWhiteSpace(label))
            {
                throw new InputException("--user", null, null, "expected a non-empty label, or leave --user out to record the database login");
            }

            PlanResults? results = null;
            if (pr.GetValue(withResults))
            {
                results = Compute(loaded.Plan, rules, pr);
            }

            int? baseVersion = origin is not null && origin.Name == target ? origin.Version : null;
            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            var store = database.Plan(target, label);
            var result = store.PushAsync(loaded.Plan, baseVersion, results).GetAwaiter().GetResult();
            var notes = result.Notes.Count == 0 ? "" : "; " + string.Join("; ", result.Notes);
            Console.WriteLine($"planner push: \"{target}\" is now version {result.Version} ({AppVerb.OneLine(loaded.Plan)}); cameras: {result.CamerasInserted} added, {result.CamerasUpdated} changed, {result.CamerasDeleted} removed, by {label ?? database.User}{notes}. Pull again before the next push.");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static PlanResults Compute(Geo.Model.Plan plan, RuleVerbOptions rules, ParseResult pr)
    {
        var pack = rules.LoadPack(pr);
        var options = new WorkspaceOptions
        {
            Coverage = new CoverageOptions(),
            Pack = pack,
            Rules = new RuleEngineOptions { Today = rules.TodayDate(pr), Language = rules.Language(pr, pack) },
        };
        using var workspace = PlanWorkspace.Open(plan, options);
        var snapshot = workspace.Current;
        return new PlanResults(snapshot.ViewsInPlanOrder, options.Coverage.TargetHeightM, snapshot.Findings, pack.PackId, pack.Version);
    }
}
