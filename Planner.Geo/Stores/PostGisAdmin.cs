using System.Text.RegularExpressions;
using Npgsql;
using Planner.Geo.Crs;

namespace Planner.Geo.Stores;

/// <summary>What <see cref="PostGisAdmin.InitAsync"/> did.</summary>
public sealed record PostGisInitResult(int FromVersion, int ToVersion, int Srid, bool ExtensionCreated, string OwnerRole);

/// <summary>
/// Setting up and administering a shared-plan database: <see cref="InitAsync"/> (extension, roles, schema, grants;
/// run once by an administrator), <see cref="MigrateAsync"/>, <see cref="GrantAsync"/>. The SQL is in
/// <see cref="PostGisMigration1"/>, <see cref="PostGisMigration2"/> and <see cref="PostGisPrivileges"/>.
/// </summary>
public static partial class PostGisAdmin
{
    /// <summary>
    /// Creates the PostGIS extension (or says in one line that a superuser must, with the SQL), the group roles, the
    /// schema at <see cref="PostGisMigrations.Current"/> with working CRS <paramref name="srid"/> (EPSG, projected,
    /// metres; only used when the schema is created or first migrated to version 2), and the grants. Idempotent.
    /// </summary>
    public static Task<PostGisInitResult> InitAsync(PostGisDatabase database, int srid = CrsRegistry.Etrs89Utm32, string ownerRole = PostGisRoles.DefaultOwner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        CheckRoleName(ownerRole, "owner role");
        if (!CrsRegistry.TryDescribe(srid, out var crs) || crs.IsGeographic)
        {
            throw new InputException(database.Description, null, "srid", $"expected a supported projected CRS in metres (e.g. 25832), got EPSG:{srid}");
        }

        return database.RunAsync("db init", async db =>
        {
            var created = false;
            if (!await ExtensionExistsAsync(db, cancellationToken).ConfigureAwait(false))
            {
                await ExecAsync(db, "CREATE EXTENSION IF NOT EXISTS postgis", cancellationToken).ConfigureAwait(false);
                await db.ReloadTypesAsync(cancellationToken).ConfigureAwait(false);
                created = true;
            }

            await ExecAsync(db, PostGisPrivileges.CreateRoles.Replace("{owner}", ownerRole, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);

            // A non-superuser administrator (CREATEROLE) must be a member of the owner role to hand it the tables.
            await ExecAsync(db, $"""
                DO $d$ BEGIN
                  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AND NOT pg_has_role(current_user, '{ownerRole}', 'MEMBER') THEN
                    EXECUTE format('GRANT %I TO %I', '{ownerRole}', current_user);
                  END IF;
                END $d$;
                """, cancellationToken).ConfigureAwait(false);
            var existing = await WorkingSridAsync(db, cancellationToken).ConfigureAwait(false);
            if (existing is { } e && e != srid)
            {
                throw new InputException(database.Description, null, "srid", $"the database already works in EPSG:{e}; plans in other CRSs are transformed on push, so init keeps EPSG:{e}");
            }

            var (from, to) = await PostGisMigrations.ApplyAsync(db, srid, await PostGisSchemaAsync(db, cancellationToken).ConfigureAwait(false), ownerRole, cancellationToken).ConfigureAwait(false);
            return new PostGisInitResult(from, to, srid, created, ownerRole);
        }, cancellationToken);
    }

    /// <summary>Applies pending migrations (the roles must exist: <see cref="InitAsync"/> creates them). Returns the version before and after.</summary>
    public static Task<(int From, int To)> MigrateAsync(PostGisDatabase database, int srid = CrsRegistry.Etrs89Utm32, string ownerRole = PostGisRoles.DefaultOwner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        CheckRoleName(ownerRole, "owner role");
        return database.RunAsync("db migrate", async db =>
        {
            if (!await ExtensionExistsAsync(db, cancellationToken).ConfigureAwait(false) || !await RolesExistAsync(db, ownerRole, cancellationToken).ConfigureAwait(false))
            {
                throw new InputException(database.Description, null, null, "the database is not set up for shared plans (PostGIS extension or cctvplanner roles missing); an administrator must run planner db init first");
            }

            return await PostGisMigrations.ApplyAsync(db, await WorkingSridAsync(db, cancellationToken).ConfigureAwait(false) ?? srid, await PostGisSchemaAsync(db, cancellationToken).ConfigureAwait(false), ownerRole, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Makes database login <paramref name="user"/> a member of <paramref name="role"/> (or no longer, with <paramref name="revoke"/>).</summary>
    public static Task GrantAsync(PostGisDatabase database, string user, PostGisRole role, bool revoke = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        PostGisText.Name(user, database.Description, "user", 63);
        return database.RunAsync("db grant", async db =>
        {
            await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_roles WHERE rolname = @u", db))
            {
                exists.Parameters.AddWithValue("u", user);
                if ((long)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 0)
                {
                    throw new InputException(database.Description, null, "user", $"there is no database login \"{PostGisText.Safe(user, 63)}\" on this server; create it first (CREATE ROLE \"{PostGisText.Safe(user, 63)}\" LOGIN PASSWORD '…';)");
                }
            }

            var sql = revoke
                ? $"REVOKE {PostGisMigrations.Quote(role.RoleName())} FROM {PostGisMigrations.Quote(user)}"
                : $"GRANT {PostGisMigrations.Quote(role.RoleName())} TO {PostGisMigrations.Quote(user)}";
            await ExecAsync(db, sql, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    /// <summary>The schema version of the database (0: none).</summary>
    public static Task<int> SchemaVersionAsync(PostGisDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.RunAsync("reading the schema version", db => PostGisMigrations.VersionAsync(db, null, cancellationToken), cancellationToken);
    }

    internal static async Task<int?> WorkingSridAsync(NpgsqlConnection db, CancellationToken ct)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('cctvplanner.database_crs') IS NOT NULL", db))
        {
            if (!(bool)(await exists.ExecuteScalarAsync(ct).ConfigureAwait(false))!)
            {
                return null;
            }
        }

        await using var cmd = new NpgsqlCommand("SELECT srid FROM cctvplanner.database_crs", db);
        return await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false) as int?;
    }

    private static void CheckRoleName(string role, string field)
    {
        if (!RoleName().IsMatch(role ?? ""))
        {
            throw new InputException("database", null, field, $"expected a role name of lower-case letters, digits and _ (at most 63), got \"{PostGisText.Safe(role, 63)}\"");
        }
    }

    private static async Task<bool> ExtensionExistsAsync(NpgsqlConnection db, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'", db);
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))! > 0;
    }

    private static async Task<bool> RolesExistAsync(NpgsqlConnection db, string owner, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT count(*) FROM pg_roles WHERE rolname = ANY(@r)", db);
        cmd.Parameters.AddWithValue("r", new[] { owner, "cctvplanner_planner", "cctvplanner_analyst", "cctvplanner_reviewer" });
        return (long)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))! == 4;
    }

    private static async Task<string> PostGisSchemaAsync(NpgsqlConnection db, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT n.nspname::text FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'", db);
        return (string)(await cmd.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    internal static async Task ExecAsync(NpgsqlConnection db, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, db);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex RoleName();
}
