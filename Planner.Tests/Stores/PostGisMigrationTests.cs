using System.Globalization;
using Npgsql;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>
/// A database as the push of the code before migrations left it (schema version 1: SRID 0 geometries, text times,
/// camera_audit) migrates to the current schema without loss: every plan pulls back equal, the old audit is kept.
/// The legacy rows are written here exactly as that code wrote them (its SQL and its text formats).
/// </summary>
public sealed class PostGisMigrationTests
{
    [PostGisFact]
    public async Task Init_LegacyDatabase_MigratesWithoutLoss()
    {
        var admin = await CreateDatabaseAsync();
        await ExecAsync(admin, "CREATE EXTENSION postgis; " + PostGisMigration1.Sql);
        var full = Legacy(PostGisPlanStoreTests.Shared());
        var sample = Legacy(SampleMunicipality.Build());
        await WriteLegacyAsync(admin, "fixture", full, "anna");
        await WriteLegacyAsync(admin, "sample", sample, "bo");
        await ExecAsync(admin, """
            INSERT INTO cctvplanner.camera_audit (plan, plan_version, camera_id, action, changed_by, old_row, new_row)
            VALUES ('fixture', 1, 'c1', 'insert', 'anna', NULL, '{"id": "c1"}')
            """);
        using (var probe = PostGisDatabase.Open(admin))
        {
            Assert.Equal(1, await PostGisAdmin.SchemaVersionAsync(probe));
        }

        var init = await InitAsync(admin);
        var analyst = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, analyst));

        Assert.Equal((1, PostGisMigrations.Current), (init.FromVersion, init.ToVersion));
        PostGisPlanStoreTests.AssertSharedPlansEqual(PostGisPlanStoreTests.Microseconds(full with { Metadata = full.Metadata with { Name = "fixture" } }, round: true), (await db.Plan("fixture").PullAsync()).Plan);
        PostGisPlanStoreTests.AssertSharedPlansEqual(sample with { Metadata = sample.Metadata with { Name = "sample" } }, (await db.Plan("sample").PullAsync()).Plan);
        var audit = await PostGisAudit.ReadAsync(db, "fixture");
        Assert.Equal(("c1", "insert", "anna"), (audit[0].FeatureId, audit[0].Action, audit[0].ChangedBy));
        Assert.Equal(25832, await ScalarAsync<int>(admin, "SELECT srid FROM geometry_columns WHERE f_table_schema = 'cctvplanner' AND f_table_name = 'cameras'"));
        Assert.Equal("timestamp with time zone", await ScalarAsync<string>(admin, "SELECT data_type FROM information_schema.columns WHERE table_schema = 'cctvplanner' AND table_name = 'incidents' AND column_name = 'occurred_at'"));

        // And the migrated plan takes the next push on its old version.
        Assert.Equal(2, (await db.Plan("fixture").PushAsync(full, 1)).Version);
    }

    [PostGisFact]
    public async Task Migrate_Twice_SecondIsNoOp()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        using var db = PostGisDatabase.Open(admin);
        Assert.Equal((PostGisMigrations.Current, PostGisMigrations.Current), await PostGisAdmin.MigrateAsync(db));
        Assert.Equal((long)PostGisMigrations.Current, await ScalarAsync<long>(admin, "SELECT count(*) FROM cctvplanner.schema_version"));
    }

    [PostGisFact]
    public async Task Push_OldSchema_OneLineAskingForMigrate()
    {
        var admin = await CreateDatabaseAsync();
        await ExecAsync(admin, "CREATE EXTENSION postgis; " + PostGisMigration1.Sql);
        using var db = PostGisDatabase.Open(admin);
        var ex = await Assert.ThrowsAsync<Planner.Geo.InputException>(() => db.Plan("p").PushAsync(PlanFixtures.Full(), null));
        Assert.EndsWith($"schema version: the database's CctvPlanner schema is at version 1, this planner needs {PostGisMigrations.Current}; an administrator must run: planner db migrate --db \"…\"", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>What the schema of version 1 could hold: no legal camera attributes, no zone business type or source, no streets.</summary>
    private static Plan Legacy(Plan plan) => plan with
    {
        Cameras = [.. plan.Cameras.Select(c => c with
        {
            PermitIssuer = null, ControllerName = null, ControllerCvr = null, CouncilDecisionRef = null, CouncilDecisionDate = null,
            PurposeCategory = null, DeletionExceptions = null,
        })],
        Zones = [.. plan.Zones.Select(z => z with { BusinessType = null, Source = null })],
        Streets = [],
    };

    /// <summary>The rows the pre-migration push wrote (SRID 0, times as text in its formats).</summary>
    private static async Task WriteLegacyAsync(string connection, string name, Plan plan, string by)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        var m = plan.Metadata;
        await Exec(db, "INSERT INTO cctvplanner.plans (name, version, epsg, municipality, author, created_at, synthetic, source, updated_by) VALUES (@n, 1, @e, @mun, @a, @c, @s, @src, @by)",
            ("n", name), ("e", plan.Epsg), ("mun", m.Municipality), ("a", m.Author), ("c", m.CreatedAt?.ToString("O", CultureInfo.InvariantCulture)), ("s", m.Synthetic), ("src", m.Source), ("by", by));
        var seq = 0;
        foreach (var c in plan.Cameras)
        {
            await Exec(db, """
                INSERT INTO cctvplanner.cameras (plan, id, seq, geom, heading_deg, hfov_deg, vfov_deg, range_m, height_m, tilt_deg, resolution_px, ptz,
                  model, operator, operator_id, recording, retention_days, purpose, permit, permit_expires, police_consulted, surveillance_zone)
                VALUES (@plan, @id, @seq, ST_MakePoint(@x, @y), @h, @hf, @vf, @r, @hm, @t, @px, @ptz, @model, @op, @opid, @rec, @ret, @pur, @permit, @exp, @pol, @sz)
                """, ("plan", name), ("id", c.Id), ("seq", seq++), ("x", c.X), ("y", c.Y), ("h", c.HeadingKnown ? c.Optics.HeadingDeg : null),
                ("hf", c.Optics.HfovDeg), ("vf", c.Optics.VfovDeg), ("r", c.Optics.RangeM), ("hm", c.Optics.HeightM), ("t", c.Optics.TiltDeg),
                ("px", c.Optics.ResolutionPx), ("ptz", c.Optics.Ptz), ("model", c.Model), ("op", c.Operator?.ToContractName()), ("opid", c.OperatorId),
                ("rec", c.Recording), ("ret", c.RetentionDays), ("pur", c.Purpose), ("permit", c.Permit), ("exp", c.PermitExpires), ("pol", c.PoliceConsulted), ("sz", c.SurveillanceZone));
        }

        seq = 0;
        foreach (var b in plan.Buildings)
        {
            await Exec(db, "INSERT INTO cctvplanner.buildings (plan, id, seq, geom, height_m) VALUES (@plan, @id, @seq, ST_Multi(ST_GeomFromText(@wkt)), @h)",
                ("plan", name), ("id", b.Id), ("seq", seq++), ("wkt", b.Footprint.AsText()), ("h", b.HeightM));
        }

        seq = 0;
        foreach (var z in plan.Zones)
        {
            await Exec(db, "INSERT INTO cctvplanner.zones (plan, id, seq, geom, kind, operator_id, name) VALUES (@plan, @id, @seq, ST_Multi(ST_GeomFromText(@wkt)), @k, @op, @nm)",
                ("plan", name), ("id", z.Id), ("seq", seq++), ("wkt", z.Area.AsText()), ("k", z.Kind.ToContractName()), ("op", z.OperatorId), ("nm", z.Name));
        }

        seq = 0;
        foreach (var i in plan.Incidents)
        {
            await Exec(db, "INSERT INTO cctvplanner.incidents (plan, id, seq, geom, occurred_at, offence, amount_dkk, reported) VALUES (@plan, @id, @seq, ST_MakePoint(@x, @y), @at, @o, @amt, @rep)",
                ("plan", name), ("id", i.Id), ("seq", seq++), ("x", i.X), ("y", i.Y), ("at", i.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
                ("o", i.Offence), ("amt", i.AmountDkk), ("rep", i.Reported));
        }
    }

    private static async Task Exec(NpgsqlConnection db, string sql, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = new NpgsqlCommand(sql, db);
        foreach (var (n, v) in parameters)
        {
            var p = cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
            if (v is null)
            {
                p.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
            }
        }

        await cmd.ExecuteNonQueryAsync();
    }
}
