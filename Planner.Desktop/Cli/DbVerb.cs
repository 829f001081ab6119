using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner db init|migrate|grant|audit|signoff --db CONNECTION …</c>: the shared-plan server. <c>init</c> (an
/// administrator, once) creates the PostGIS extension, the roles, the schema and the grants; <c>migrate</c> brings an
/// older schema up to date; <c>grant</c> gives a login a role; <c>audit</c> lists who changed which camera or zone;
/// <c>signoff</c> records a reviewer's decision on the plan's current version.
/// </summary>
internal sealed class DbVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("db", "Set up and administer a shared-plan PostGIS database: init, migrate, grant, audit, signoff.");
        command.Subcommands.Add(Init());
        command.Subcommands.Add(Migrate());
        command.Subcommands.Add(Grant());
        command.Subcommands.Add(Audit());
        command.Subcommands.Add(SignOffCommand());
        return command;
    }

    private static Option<string> DbOption() => new("--db") { Description = "PostgreSQL connection string, e.g. \"Host=gis.example.dk;Database=plans;Username=admin\".", Required = true };

    private static Command Init()
    {
        var db = DbOption();
        var owner = new Option<string>("--owner-role") { Description = "The role that owns the tables (NOLOGIN; default cctvplanner_owner).", DefaultValueFactory = _ => PostGisRoles.DefaultOwner };
        var crs = new Option<string>("--crs") { Description = "The database's working CRS, chosen once (default EPSG:25832); plans in other CRSs are transformed on push and back on pull.", DefaultValueFactory = _ => "EPSG:25832" };
        var command = new Command("init", "Create the PostGIS extension, the cctvplanner roles, the schema and the grants (run once, as an administrator).") { db, owner, crs };
        command.SetAction(pr => CliRunner.Run("db init", () =>
        {
            var srid = ParseCrs(pr.GetValue(crs)!);
            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            var r = PostGisAdmin.InitAsync(database, srid, pr.GetValue(owner)!).GetAwaiter().GetResult();
            var what = r.FromVersion == r.ToVersion ? $"already at schema version {r.ToVersion}" : $"schema version {r.FromVersion} → {r.ToVersion}";
            Console.WriteLine($"planner db init: {database.Description}: {what}; working CRS EPSG:{r.Srid}; {(r.ExtensionCreated ? "created extension postgis; " : "")}tables owned by {r.OwnerRole}; roles cctvplanner_planner, cctvplanner_analyst, cctvplanner_reviewer. Next: planner db grant --db … --user LOGIN --role planner|analyst|reviewer");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static Command Migrate()
    {
        var db = DbOption();
        var owner = new Option<string>("--owner-role") { Description = "The role that owns the tables (default cctvplanner_owner).", DefaultValueFactory = _ => PostGisRoles.DefaultOwner };
        var command = new Command("migrate", "Apply pending schema migrations in one transaction (as the administrator).") { db, owner };
        command.SetAction(pr => CliRunner.Run("db migrate", () =>
        {
            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            var (from, to) = PostGisAdmin.MigrateAsync(database, CrsRegistry.Etrs89Utm32, pr.GetValue(owner)!).GetAwaiter().GetResult();
            Console.WriteLine(from == to
                ? $"planner db migrate: {database.Description}: already at schema version {to}"
                : $"planner db migrate: {database.Description}: schema version {from} → {to}");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static Command Grant()
    {
        var db = DbOption();
        var user = new Option<string>("--user") { Description = "The database login to give the role.", Required = true };
        var role = new Option<string>("--role") { Description = "planner (edit cameras and zones), analyst (incidents, analyses) or reviewer (read, sign off).", Required = true };
        var revoke = new Option<bool>("--revoke") { Description = "Take the role away instead." };
        var command = new Command("grant", "Give a database login one of the roles planner, analyst, reviewer.") { db, user, role, revoke };
        command.SetAction(pr => CliRunner.Run("db grant", () =>
        {
            var roleText = pr.GetValue(role)!;
            if (!PostGisRoles.TryParse(roleText, out var parsed))
            {
                throw new InputException("--role", null, null, $"expected planner, analyst or reviewer, got \"{PostGisText.Safe(roleText, 40)}\"");
            }

            var login = pr.GetValue(user)!;
            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            PostGisAdmin.GrantAsync(database, login, parsed, pr.GetValue(revoke)).GetAwaiter().GetResult();
            Console.WriteLine(pr.GetValue(revoke)
                ? $"planner db grant: {login} is no longer a member of {parsed.RoleName()}"
                : $"planner db grant: {login} is now a member of {parsed.RoleName()}");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static Command Audit()
    {
        var db = DbOption();
        var name = new Option<string>("--name") { Description = "The shared plan.", Required = true };
        var limit = new Option<int>("--limit") { Description = "Show the newest N changes (default 200).", DefaultValueFactory = _ => 200 };
        var json = new Option<bool>("--json") { Description = "One JSON object per line with the full rows before and after." };
        var command = new Command("audit", "List who changed which camera or zone of a shared plan, when, and what changed; and its sign-offs.") { db, name, limit, json };
        command.SetAction(pr => CliRunner.Run("db audit", () =>
        {
            var limitValue = pr.GetValue(limit);
            if (limitValue is < 1 or > 1_000_000)
            {
                throw new InputException("--limit", null, null, $"expected a number in [1, 1000000], got {limitValue}");
            }

            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            var plan = pr.GetValue(name)!;
            var rows = PostGisAudit.ReadAsync(database, plan, limitValue).GetAwaiter().GetResult();
            var signoffs = PostGisAudit.SignOffsAsync(database, plan).GetAwaiter().GetResult();
            foreach (var r in rows)
            {
                Console.WriteLine(pr.GetValue(json) ? JsonSerializer.Serialize(r) : AuditLine(r));
            }

            foreach (var s in signoffs)
            {
                Console.WriteLine(pr.GetValue(json) ? JsonSerializer.Serialize(s)
                    : $"sign-off: version {s.PlanVersion} {s.Decision} by {PostGisText.Safe(s.Reviewer, 63)} at {s.SignedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z{(s.Note is null ? "" : ": " + PostGisText.Safe(s.Note, 200))}");
            }

            Console.Error.WriteLine($"planner db audit: {rows.Count} change(s), {signoffs.Count} sign-off(s) of plan \"{PostGisText.Safe(plan, 60)}\"");
            return CliRunner.Ok;
        }));
        return command;
    }

    private static Command SignOffCommand()
    {
        var db = DbOption();
        var name = new Option<string>("--name") { Description = "The shared plan.", Required = true };
        var decision = new Option<string>("--decision") { Description = "approved, rejected or changes_requested.", Required = true };
        var note = new Option<string?>("--note") { Description = "A note (at most 4000 characters)." };
        var command = new Command("signoff", "Record your sign-off of the plan's current version (role reviewer).") { db, name, decision, note };
        command.SetAction(pr => CliRunner.Run("db signoff", () =>
        {
            using var database = PostGisDatabase.Open(pr.GetValue(db)!);
            var s = PostGisAudit.SignAsync(database, pr.GetValue(name)!, pr.GetValue(decision)!, pr.GetValue(note)).GetAwaiter().GetResult();
            Console.WriteLine($"planner db signoff: version {s.PlanVersion} of \"{PostGisText.Safe(pr.GetValue(name), 60)}\" {s.Decision} by {s.Reviewer} at {s.SignedAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z");
            return CliRunner.Ok;
        }));
        return command;
    }

    /// <summary>One line: when, who, what, and the fields that changed with old → new values.</summary>
    internal static string AuditLine(AuditEntry r)
    {
        var before = Fields(r.Before);
        var after = Fields(r.After);
        var changed = r.Action switch
        {
            "update" => string.Join(", ", after.Where(kv => !before.TryGetValue(kv.Key, out var b) || b != kv.Value).Select(kv => $"{kv.Key} {Short(before.GetValueOrDefault(kv.Key))} → {Short(kv.Value)}")),
            _ => "",
        };
        var by = r.ChangedBy == r.DbUser ? r.DbUser : $"{r.ChangedBy} (login {r.DbUser})";
        return $"{r.ChangedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}Z v{r.PlanVersion} {r.Layer[..^1]} {PostGisText.Safe(r.FeatureId, 60)} {r.Action} by {PostGisText.Safe(by, 80)}{(changed.Length == 0 ? "" : ": " + PostGisText.Safe(changed, 400))}";
    }

    private static Dictionary<string, string> Fields(string? json)
    {
        if (json is null)
        {
            return [];
        }

        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText(), StringComparer.Ordinal);
    }

    private static string Short(string? value) => value is null ? "(none)" : value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 39), "…");

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
