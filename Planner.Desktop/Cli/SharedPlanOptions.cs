using System.CommandLine;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary><c>--db CONNECTION --name NAME</c>: a shared plan in a PostGIS database, wherever a verb takes <c>--plan</c>.</summary>
internal sealed class SharedPlanOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "A shared plan's PostgreSQL connection string, e.g. \"Host=gis.example.dk;Database=plans;Username=anna\" (with --name)." };

    public Option<string?> Name { get; } = new("--name") { Description = "Name of the shared plan in the --db database." };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Name);
    }

    /// <summary>True when the user named a shared plan.</summary>
    public bool Given(ParseResult parse) => parse.GetValue(Db) is not null || parse.GetValue(Name) is not null;

    /// <summary>Loads the shared plan (through its <see cref="IPlanStore"/>); exit-2 errors for a missing --db or --name.</summary>
    public PlanLoadResult Load(ParseResult parse)
    {
        var db = parse.GetValue(Db) ?? throw new InputException("--db", null, null, "expected a connection string with --name (a shared plan is --db CONNECTION --name NAME)");
        var name = parse.GetValue(Name) ?? throw new InputException("--name", null, null, "expected the plan's name with --db");
        using var database = PostGisDatabase.Open(db);
        IPlanStore store = database.Plan(name);
        return store.LoadAsync(CancellationToken.None).GetAwaiter().GetResult();
    }
}
