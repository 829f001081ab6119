using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>What each role may and may not do, as ordinary logins; every denial is checked in SQL and through the store.</summary>
public sealed class PostGisRoleTests
{
    private const string InsufficientPrivilege = "42501";

    private static async Task<(string Admin, string Analyst)> PlanAsync()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var analyst = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, analyst));
        await db.Plan("p").PushAsync(SampleMunicipality.Build(), null);
        return (admin, analyst);
    }

    [PostGisFact]
    public async Task Reviewer_IncidentRowsDenied_CountsOnly_SignOffRecorded_PushDenied()
    {
        var (admin, _) = await PlanAsync();
        var rita = With(admin, await CreateLoginAsync("rita", PostGisRole.Reviewer));
        using var db = PostGisDatabase.Open(rita);

        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(rita, "SELECT * FROM cctvplanner.incidents"));
        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(rita, "UPDATE cctvplanner.cameras SET height_m = 9"));
        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(rita, "INSERT INTO cctvplanner.signoffs (plan, plan_version, decision, reviewer) VALUES ('p', 1, 'approved', 'somebody_else')"));
        Assert.Equal(SampleMunicipality.Build().Incidents.Count, await ScalarAsync<long>(rita, "SELECT sum(incidents)::bigint FROM cctvplanner.incident_counts WHERE plan = 'p'"));
        var pulled = await db.Plan("p").PullAsync();
        Assert.Empty(pulled.Plan.Incidents);
        Assert.Contains(pulled.Warnings, w => w.Contains("incident rows are visible to role cctvplanner_analyst only", StringComparison.Ordinal));

        var signed = await PostGisAudit.SignAsync(db, "p", "approved", "ok");
        Assert.Equal((1, new Npgsql.NpgsqlConnectionStringBuilder(rita).Username), (signed.PlanVersion, signed.Reviewer));

        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PushAsync(pulled.Plan, 1));
        Assert.Contains("permission denied for table plans", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--role planner", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task PlannerOnly_IncidentDetailsDenied_PushKeepsIncidents_SignOffDenied()
    {
        var (admin, analyst) = await PlanAsync();
        var boName = await CreateLoginAsync("bo", PostGisRole.Planner);
        var bo = With(admin, boName);
        using var db = PostGisDatabase.Open(bo);

        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(bo, "SELECT id, occurred_at FROM cctvplanner.incidents"));
        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(bo, "DELETE FROM cctvplanner.incidents"));
        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(bo, "INSERT INTO cctvplanner.audit (plan, layer, feature_id, action, plan_version, changed_by, db_user) VALUES ('p', 'cameras', 'x', 'insert', 1, 'forged', 'forged')"));
        var pulled = await db.Plan("p").PullAsync();
        Assert.Empty(pulled.Plan.Incidents);

        var moved = pulled.Plan with { Cameras = [pulled.Plan.Cameras[0] with { X = pulled.Plan.Cameras[0].X + 1 }, .. pulled.Plan.Cameras.Skip(1)] };
        var result = await db.Plan("p").PushAsync(moved, 1);
        Assert.Contains(result.Notes, n => n.Contains("incidents kept", StringComparison.Ordinal));
        Assert.Equal(SampleMunicipality.Build().Incidents.Count, await ScalarAsync<long>(With(admin, analyst), "SELECT count(*) FROM cctvplanner.incidents WHERE plan = 'p'"));

        var ex = await Assert.ThrowsAsync<InputException>(() => PostGisAudit.SignAsync(db, "p", "approved", null));
        Assert.Contains("only reviewers record sign-offs", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"--user {boName} --role reviewer", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task AnalystOnly_ReadsIncidents_CameraEditDeniedNamingPlannerRole()
    {
        var (admin, _) = await PlanAsync();
        var ida = With(admin, await CreateLoginAsync("ida", PostGisRole.Analyst));
        using var db = PostGisDatabase.Open(ida);

        var pulled = await db.Plan("p").PullAsync();
        Assert.Equal(SampleMunicipality.Build().Incidents.Count, pulled.Plan.Incidents.Count);
        var c = pulled.Plan.Cameras[0];
        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").UpdateCameraAsync(c with { X = c.X + 1 }, pulled.CameraRevisions[c.Id]));
        Assert.Contains("permission denied for table cameras", ex.Message, StringComparison.Ordinal);
        Assert.Contains("--role planner", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task NoRole_EveryAccessDeniedNamingTheRoles()
    {
        var (admin, _) = await PlanAsync();
        var nobody = With(admin, await CreateLoginAsync("eve"));
        using var db = PostGisDatabase.Open(nobody);

        Assert.Equal(InsufficientPrivilege, await SqlStateAsync(nobody, "SELECT * FROM cctvplanner.cameras"));
        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PullAsync());
        Assert.Contains("permission denied for schema cctvplanner", ex.Message, StringComparison.Ordinal);
        Assert.Contains("every CctvPlanner user needs one of its roles", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task Tables_OwnedByOwnerRole_NotByTheAdministrator()
    {
        var (admin, _) = await PlanAsync();
        var owners = await ScalarAsync<string[]>(admin, "SELECT array_agg(DISTINCT tableowner::text) FROM pg_tables WHERE schemaname = 'cctvplanner'");
        Assert.Equal(["cctvplanner_owner"], owners);
    }

    [PostGisFact]
    public async Task Init_NotSuperuser_NoExtension_OneLineWithTheSqlToRun()
    {
        var admin = await CreateDatabaseAsync();
        var almost = await CreateLoginAsync("almost");
        await ExecAsync(Admin, $"ALTER ROLE {almost} CREATEROLE");
        using var db = PostGisDatabase.Open(With(admin, almost));

        var ex = await Assert.ThrowsAsync<InputException>(() => PostGisAdmin.InitAsync(db));

        Assert.Contains("only a superuser may create it: ask one to run  CREATE EXTENSION IF NOT EXISTS postgis;", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [PostGisFact]
    public async Task CheckConstraints_ListEveryContractName()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var zones = await ScalarAsync<string>(admin, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'zones_kind_check'");
        var operators = await ScalarAsync<string>(admin, "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'cameras_operator_check'");
        Assert.All(Enum.GetValues<ZoneKind>(), k => Assert.Contains($"'{k.ToContractName()}'", zones, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<OperatorType>(), o => Assert.Contains($"'{o.ToContractName()}'", operators, StringComparison.Ordinal));
        const string camera = """
            INSERT INTO cctvplanner.plans (name, version, epsg, synthetic, updated_by) VALUES ('x', 1, 25832, false, 't');
            INSERT INTO cctvplanner.cameras (plan, id, seq, geom, heading_deg, hfov_deg, vfov_deg, range_m, height_m, tilt_deg, resolution_px, ptz)
            VALUES ('x', 'c', 0, ST_SetSRID(ST_MakePoint(1, 1), 25832), {0}, 90, 50, {1}, 4, 15, 1920, false)
            """;
        Assert.Equal("23514", await SqlStateAsync(admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, camera, 360, 30)));
        Assert.Equal("23514", await SqlStateAsync(admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, camera, 10, "'Infinity'")));
        Assert.Equal("23514", await SqlStateAsync(admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, camera, 10, 5000.5)));
        Assert.Null(await SqlStateAsync(admin, string.Format(System.Globalization.CultureInfo.InvariantCulture, camera, 359.9, 5000)));
    }
}
