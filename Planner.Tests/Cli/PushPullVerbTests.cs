using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Stores;
using Planner.Tests.Support;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Cli;

/// <summary>The README's shared-plan workflow on the command line, as ordinary database users, and its one-line errors.</summary>
[Collection("console")]
public sealed class PushPullVerbTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("planner-push-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string PathOf(string name) => Path.Combine(dir, name);

    [PostGisFact]
    public async Task TwoUsers_InitGrantPushPullPushBack_SecondPushAuditedStaleFileRefused()
    {
        // The administrator sets the database up once and gives anna (planner + analyst) and bo (planner) their roles.
        var admin = await CreateDatabaseAsync();
        var annaLogin = Unique("anna");
        var boLogin = Unique("bo");
        await ExecAsync(Admin, $"CREATE ROLE {annaLogin} LOGIN; CREATE ROLE {boLogin} LOGIN");
        Run(0, "db", "init", "--db", admin);
        Run(0, "db", "grant", "--db", admin, "--user", annaLogin, "--role", "planner");
        Run(0, "db", "grant", "--db", admin, "--user", annaLogin, "--role", "analyst");
        Run(0, "db", "grant", "--db", admin, "--user", boLogin, "--role", "planner");
        var anna = With(admin, annaLogin);
        var bo = With(admin, boLogin);

        var local = PathOf("lindsted.gpkg");
        Run(0, "new", "--sample", "--out", local);
        var stdout = Run(0, "push", "--plan", local, "--db", anna, "--name", "lindsted");
        Assert.Contains("is now version 1", stdout, StringComparison.Ordinal);
        Assert.Contains($"cameras: 25 added, 0 changed, 0 removed, by {annaLogin}", stdout, StringComparison.Ordinal);

        var pulled = PathOf("bo.gpkg");
        Run(0, "pull", "--db", bo, "--name", "lindsted", "--out", pulled);
        Assert.Equal(new PlanOrigin("lindsted", 1), GeoPackagePlanStore.ReadOrigin(pulled));
        var boPlan = GeoPackagePlanStore.Read(pulled).Plan;
        Assert.Empty(boPlan.Incidents);
        var c0 = boPlan.Cameras[0];
        var edited = PathOf("bo-edited.gpkg");
        GeoPackagePlanStore.Write(edited, boPlan with { Cameras = [c0 with { Optics = c0.Optics.WithHeading(123) }, .. boPlan.Cameras.Skip(1)] }, new PlanOrigin("lindsted", 1));

        stdout = Run(0, "push", "--plan", edited, "--db", bo);
        Assert.Contains("is now version 2", stdout, StringComparison.Ordinal);
        Assert.Contains("cameras: 0 added, 1 changed, 0 removed", stdout, StringComparison.Ordinal);
        Assert.Contains("incidents kept as they are in the database", stdout, StringComparison.Ordinal);

        // Anna's view: bo's change, incidents still there; the audit names bo.
        var annaFile = PathOf("anna.gpkg");
        Run(0, "pull", "--db", anna, "--name", "lindsted", "--out", annaFile);
        var annaPlan = GeoPackagePlanStore.Read(annaFile).Plan;
        Assert.Equal(123, annaPlan.Cameras[0].Optics.HeadingDeg);
        Assert.Equal(SampleMunicipality.Build().Incidents.Count, annaPlan.Incidents.Count);
        var audit = Run(0, "db", "audit", "--db", anna, "--name", "lindsted", "--limit", "1");
        Assert.Matches($"^\\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\dZ v2 camera {c0.Id} update by {boLogin}: heading_deg [0-9.]+ → 123\\s*$", audit);

        // Bo's file is stale now: refused in one line naming who pushed and when.
        var (code, _, stderr) = CliHarness.Run("push", "--plan", edited, "--db", bo);
        Assert.Equal(2, code);
        Assert.Matches($"version: {boLogin} pushed version 2 at .* UTC after you pulled version 1; their change is kept", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [PostGisFact]
    public async Task Push_ReviewerLogin_ExitTwoOneLineNamingRoleToAskFor()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var rita = await CreateLoginAsync("rita", PostGisRole.Reviewer);
        var local = PathOf("p.gpkg");
        Run(0, "new", "--sample", "--out", local);

        var (code, stdout, stderr) = CliHarness.Run("push", "--plan", local, "--db", With(admin, rita), "--name", "p");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"planner push: {rita}@{Host(admin)}: permission denied for table plans (database user \"{rita}\"): changing plans needs the planner role; ask the database administrator to run: planner db grant --user {rita} --role planner", stderr.Trim());
    }

    [PostGisFact]
    public async Task DbInit_NoSuperuser_ExitTwoWithTheSqlToRun()
    {
        var admin = await CreateDatabaseAsync();
        var almost = await CreateLoginAsync("almost");
        var (code, _, stderr) = CliHarness.Run("db", "init", "--db", With(admin, almost));
        Assert.Equal(2, code);
        Assert.Contains("CREATE EXTENSION IF NOT EXISTS postgis;", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [PostGisFact]
    public async Task Pull_BeforeInit_ExitTwoAskingForDbInit()
    {
        var admin = await CreateDatabaseAsync();
        var (code, _, stderr) = CliHarness.Run("pull", "--db", admin, "--name", "p", "--out", PathOf("p.gpkg"));
        Assert.Equal(2, code);
        Assert.EndsWith("the database has no CctvPlanner schema; an administrator must set it up once: planner db init --db \"…\"", stderr.Trim(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [PostGisFact]
    public async Task Coverage_SharedPlan_SameFeaturesAsFromTheFile()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = With(admin, await CreateLoginAsync("anna", PostGisRole.Planner));
        var local = PathOf("p.gpkg");
        Run(0, "new", "--sample", "--out", local);
        Run(0, "push", "--plan", local, "--db", anna, "--name", "p");

        Run(0, "coverage", "--plan", local, "--out", PathOf("file.geojson"));
        Run(0, "coverage", "--db", anna, "--name", "p", "--out", PathOf("db.geojson"));

        Assert.Equal(File.ReadAllText(PathOf("file.geojson")), File.ReadAllText(PathOf("db.geojson")));
    }

    private const string Nowhere = "Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2";

    [Theory]
    [InlineData("NoServer", "pull|--db|" + Nowhere + "|--name|p|--out|OUT", "cannot reach the database server at 127.0.0.1:1")]
    [InlineData("LongName", "pull|--db|" + Nowhere + "|--name|LONG|--out|OUT", "plan name: expected at most 200 characters, got 10000")]
    [InlineData("NulInName", "pull|--db|" + Nowhere + "|--name|NUL|--out|OUT", "plan name: expected no control characters, got U+0000")]
    [InlineData("EscInName", "db|audit|--db|" + Nowhere + "|--name|a\u001b[2Jb", "plan name: expected no control characters, got U+001B")]
    [InlineData("BadConnectionString", "pull|--db|Hots=nowhere;;=|--name|p|--out|OUT", "expected a connection string like")]
    [InlineData("EmptyUser", "db|grant|--db|" + Nowhere + "|--user||--role|planner", "user: expected a non-empty name")]
    [InlineData("UnknownRole", "db|grant|--db|" + Nowhere + "|--user|bo|--role|admin", "expected planner, analyst or reviewer")]
    [InlineData("EmptyAuditLabel", "push|--plan|PLAN|--db|" + Nowhere + "|--name|p|--user| ", "--user: expected a non-empty label")]
    public void Verb_BadInputOrNoServer_ExitTwoOneSafeLine(string row, string argLine, string expected)
    {
        Assert.NotEmpty(row);
        var plan = PathOf("plan.gpkg");
        if (argLine.Contains("PLAN", StringComparison.Ordinal))
        {
            Run(0, "new", "--out", plan);
        }

        var args = argLine.Split('|').Select(a => a switch
        {
            "OUT" => PathOf("p.gpkg"),
            "PLAN" => plan,
            "LONG" => new string('n', 10_000),
            "NUL" => "a\0b",
            _ => a,
        }).ToArray();

        var (code, stdout, stderr) = CliHarness.Run(args);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.True(stderr.Contains(expected, StringComparison.Ordinal), stderr);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.True(stderr.Length < 600, stderr.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(stderr.TrimEnd('\n'), char.IsControl);
        Assert.False(File.Exists(PathOf("p.gpkg")));
    }

    /// <summary>#14 "a pulled plan keeps its own name": before schema version 6 the pulled file was named "lindsted-shared".</summary>
    [PostGisFact]
    public async Task Issue14_PushThenPullUnderAnotherName_PlanKeepsItsOwnName()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = With(admin, await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst));
        var local = PathOf("local.gpkg");
        Run(0, "new", "--sample", "--out", local, "--name", "Lindsted 2026 — Æblegade");

        Run(0, "push", "--plan", local, "--db", anna, "--name", "lindsted-shared");
        var pulled = PathOf("pulled.gpkg");
        var stdout = Run(0, "pull", "--db", anna, "--name", "lindsted-shared", "--out", pulled);

        Assert.Equal("Lindsted 2026 — Æblegade", GeoPackagePlanStore.Read(pulled).Plan.Metadata.Name);
        Assert.Equal(new PlanOrigin("lindsted-shared", 1), GeoPackagePlanStore.ReadOrigin(pulled));
        Assert.Contains("\"Lindsted 2026 — Æblegade\"", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void LocalPlan_HasNoOrigin()
    {
        var local = PathOf("l.gpkg");
        Assert.Equal(0, CliHarness.Run("new", "--out", local).ExitCode);
        Assert.Null(GeoPackagePlanStore.ReadOrigin(local));
    }

    private static string Host(string connection)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connection);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }

    private static string Run(int expectedExit, params string[] args)
    {
        var (code, stdout, stderr) = CliHarness.Run(args);
        Assert.True(code == expectedExit, $"planner {string.Join(' ', args.Take(2))}: exit {code}: {stderr}");
        return stdout;
    }
}
