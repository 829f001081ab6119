using System.Globalization;
using Npgsql;

namespace Planner.Geo.Stores;

/// <summary>
/// The versioned schema of shared plans. <c>cctvplanner.schema_version</c> lists the versions applied; a database
/// that has the plan tables but no version table was created by <c>push</c> before migrations existed and is at
/// version 1. <see cref="ApplyAsync"/> applies every pending migration and then the ownership and grants in one
/// transaction under an advisory lock, so a failure leaves the database at the version it had.
/// </summary>
internal static class PostGisMigrations
{
    /// <summary>The schema version this build reads and writes.</summary>
    public const int Current = 7;

    private const long LockKey = 7_426_173;

    private static readonly (int Version, string Description, string Sql)[] All =
    [
        (1, "plan layers, plan versions and camera audit (the schema push created before migrations)", PostGisMigration1.Sql),
        (2, "typed geometry in the working CRS, timestamptz, CHECK constraints, roles, incident row security, audit of cameras and zones, sign-offs, results", PostGisMigration2.Sql),
        (3, "legal attributes of cameras, business type and source of zones, streets layer", PostGisMigration3.Sql),
        (4, "the readers' plausible ranges as CHECK constraints", PostGisMigration4.Sql),
        (5, "the controller's contact on cameras (sign content, evidence canvass)", PostGisMigration5.Sql),
        (6, "the plan's own name (title) beside the name it is shared under", PostGisMigration6.Sql),
        (7, "the CRS of the camera file a plan was made from (headings shown as given)", PostGisMigration7.Sql),
    ];

    /// <summary>The schema version of the database: 0 when it has no CctvPlanner schema.</summary>
    public static async Task<int> VersionAsync(NpgsqlConnection db, NpgsqlTransaction? tx, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("""
            SELECT CASE
              WHEN to_regclass('cctvplanner.schema_version') IS NOT NULL THEN -1
              WHEN to_regclass('cctvplanner.plans') IS NOT NULL THEN 1
              ELSE 0 END
            """, db, tx);
        var v = (int)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
        if (v != -1)
        {
            return v;
        }

        await using var max = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM cctvplanner.schema_version", db, tx);
        return (int)(await max.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>Throws a one-line <see cref="InputException"/> unless the database is at <see cref="Current"/>.</summary>
    public static async Task RequireCurrentAsync(NpgsqlConnection db, NpgsqlTransaction? tx, PostGisTarget target, CancellationToken ct)
    {
        var v = await VersionAsync(db, tx, ct).ConfigureAwait(false);
        if (v == Current)
        {
            return;
        }

        throw new InputException(target.ToString(), null, "schema version", v switch
        {
            0 => "the database has no CctvPlanner schema; an administrator must set it up once: planner db init --db \"…\"",
            < Current => $"the database's CctvPlanner schema is at version {v}, this planner needs {Current}; an administrator must run: planner db migrate --db \"…\"",
            _ => $"the database's CctvPlanner schema is at version {v}, newer than this planner understands ({Current}); update planner",
        });
    }

    /// <summary>
    /// Applies the pending migrations (working CRS <paramref name="srid"/>, PostGIS functions in schema
    /// <paramref name="postgisSchema"/>), then ownership by <paramref name="ownerRole"/> and the grants. Returns the
    /// version before and after.
    /// </summary>
    public static async Task<(int From, int To)> ApplyAsync(NpgsqlConnection db, int srid, string postgisSchema, string ownerRole, CancellationToken ct)
    {
        await using var tx = await db.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecAsync(db, tx, $"SELECT pg_advisory_xact_lock({LockKey}); SET LOCAL TimeZone = 'UTC'; SET LOCAL lock_timeout = '60s';", ct).ConfigureAwait(false);
        var from = await VersionAsync(db, tx, ct).ConfigureAwait(false);
        if (from > Current)
        {
            throw new InputException("database", null, "schema version", $"the schema is at version {from}, newer than this planner understands ({Current}); update planner");
        }

        await ExecAsync(db, tx, """
            CREATE SCHEMA IF NOT EXISTS cctvplanner;
            CREATE TABLE IF NOT EXISTS cctvplanner.schema_version (
              version integer PRIMARY KEY, description text NOT NULL,
              applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user);
            """, ct).ConfigureAwait(false);
        if (from == 1)
        {
            // Created by push before migrations: record that it is at version 1.
            await ExecAsync(db, tx, $"INSERT INTO cctvplanner.schema_version (version, description) VALUES (1, '{All[0].Description}') ON CONFLICT DO NOTHING", ct).ConfigureAwait(false);
        }

        foreach (var (version, description, sql) in All.Where(m => m.Version > from))
        {
            var text = sql
                .Replace("{srid}", srid.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{postgis}", Quote(postgisSchema), StringComparison.Ordinal);
            await ExecAsync(db, tx, text, ct).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO cctvplanner.schema_version (version, description) VALUES (@v, @d)", db, tx);
            record.Parameters.AddWithValue("v", version);
            record.Parameters.AddWithValue("d", description);
            await record.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        await ExecAsync(db, tx, PostGisPrivileges.Sql.Replace("{owner}", ownerRole, StringComparison.Ordinal), ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return (from, Current);
    }

    /// <summary>Quotes an SQL identifier (the names come from the server's catalog or a checked role name).</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecAsync(NpgsqlConnection db, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, db, tx);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
