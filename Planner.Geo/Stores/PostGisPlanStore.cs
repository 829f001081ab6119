using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using Npgsql;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// Plans shared in PostgreSQL/PostGIS (tables in <see cref="PostGisSchema"/>). <see cref="Push"/> replaces a plan in one
/// transaction, only if the database still holds the version the plan was pulled at (optimistic concurrency), and
/// records every inserted, changed or deleted camera in <c>cctvplanner.camera_audit</c>. <see cref="Pull"/> reads a
/// plan and the version it is at. Coordinates are stored as double precision: a push/pull round trip is exact.
/// </summary>
public static class PostGisPlanStore
{
    /// <summary>
    /// Stores <paramref name="plan"/> as <paramref name="name"/>. <paramref name="baseVersion"/> is the version the plan
    /// was pulled at (null: a new plan, which must not exist yet). Returns the new version. A stale
    /// <paramref name="baseVersion"/> throws <see cref="InputException"/> and changes nothing.
    /// </summary>
    public static PushResult Push(string connectionString, string name, Plan plan, int? baseVersion, string changedBy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        using var source = Open(connectionString);
        using var db = Connect(source);
        EnsureSchema(db);
        using var tx = db.BeginTransaction();
        int? current = null;
        using (var cmd = Command(db, "SELECT version FROM cctvplanner.plans WHERE name = @n FOR UPDATE", ("n", name)))
        {
            if (cmd.ExecuteScalar() is int v)
            {
                current = v;
            }
        }

        if (current != baseVersion)
        {
            var where = $"plan \"{name}\"";
            throw (current, baseVersion) switch
            {
                (null, _) => new InputException("--db", where, "version", $"the plan pulled at version {baseVersion} no longer exists in the database; push under a new --name"),
                (_, null) => new InputException("--db", where, "version", $"the plan already exists in the database (version {current}); pull it, apply your changes, then push"),
                _ => new InputException("--db", where, "version", $"someone pushed version {current} after you pulled version {baseVersion}; pull again, re-apply your changes, then push"),
            };
        }

        var version = (current ?? 0) + 1;
        Guard.That(CrsRegistry.TryDescribe(plan.Epsg, out var crs) && !crs.IsGeographic, "crs", $"crs must be a supported projected CRS, got EPSG:{plan.Epsg}");
        var oldCameras = current is null ? [] : ReadCameras(db, name).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var m = plan.Metadata;
        using (var cmd = Command(db, """
            INSERT INTO cctvplanner.plans (name, version, epsg, municipality, author, created_at, synthetic, source, updated_at, updated_by)
            VALUES (@n, @v, @epsg, @mun, @author, @created, @syn, @src, now(), @by)
            ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, epsg = EXCLUDED.epsg, municipality = EXCLUDED.municipality,
              author = EXCLUDED.author, created_at = EXCLUDED.created_at, synthetic = EXCLUDED.synthetic, source = EXCLUDED.source,
              updated_at = now(), updated_by = EXCLUDED.updated_by
            """, ("n", name), ("v", version), ("epsg", plan.Epsg), ("mun", m.Municipality), ("author", m.Author),
            ("created", m.CreatedAt?.ToString("O", CultureInfo.InvariantCulture)), ("syn", m.Synthetic), ("src", m.Source), ("by", changedBy)))
        {
            cmd.ExecuteNonQuery();
        }

        foreach (var table in new[] { "cameras", "buildings", "zones", "incidents" })
        {
            using var del = Command(db, $"DELETE FROM cctvplanner.{table} WHERE plan = @n", ("n", name));
            del.ExecuteNonQuery();
        }

        PostGisLayers.Insert(db, name, plan);
        var changes = Audit(db, name, version, changedBy, oldCameras, plan.Cameras);
        tx.Commit();
        return new PushResult(version, changes.Count(c => c == "insert"), changes.Count(c => c == "update"), changes.Count(c => c == "delete"));
    }

    /// <summary>Reads plan <paramref name="name"/> and the version it is at; throws <see cref="InputException"/> when there is none.</summary>
    public static (Plan Plan, PlanOrigin Origin) Pull(string connectionString, string name)
    {
        using var source = Open(connectionString);
        using var db = Connect(source);
        using var tx = db.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        if (!SchemaExists(db))
        {
            throw new InputException("--db", null, null, "the database has no CctvPlanner plans (schema cctvplanner is missing)");
        }

        Plan plan;
        int version;
        using (var cmd = Command(db, "SELECT version, epsg, municipality, author, created_at, synthetic, source FROM cctvplanner.plans WHERE name = @n", ("n", name)))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                throw new InputException("--db", $"plan \"{name}\"", "--name", "expected the name of a plan in the database; there is none by that name");
            }

            version = r.GetInt32(0);
            plan = new Plan(r.GetInt32(1), new PlanMetadata
            {
                Name = name,
                Municipality = r.IsDBNull(2) ? null : r.GetString(2),
                Author = r.IsDBNull(3) ? null : r.GetString(3),
                CreatedAt = r.IsDBNull(4) ? null : DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture),
                Synthetic = r.GetBoolean(5),
                Source = r.IsDBNull(6) ? null : r.GetString(6),
            });
        }

        plan = plan with
        {
            Cameras = ReadCameras(db, name),
            Buildings = PostGisLayers.ReadBuildings(db, name),
            Zones = PostGisLayers.ReadZones(db, name),
            Incidents = PostGisLayers.ReadIncidents(db, name),
        };
        tx.Commit();
        return (plan, new PlanOrigin(name, version));
    }

    /// <summary>The audit trail of a plan's cameras, oldest first: (version, camera id, action, changed by).</summary>
    public static IReadOnlyList<(int Version, string CameraId, string Action, string ChangedBy)> CameraHistory(string connectionString, string name)
    {
        using var source = Open(connectionString);
        using var db = Connect(source);
        using var cmd = Command(db, "SELECT plan_version, camera_id, action, changed_by FROM cctvplanner.camera_audit WHERE plan = @n ORDER BY seq", ("n", name));
        using var r = cmd.ExecuteReader();
        var rows = new List<(int, string, string, string)>();
        while (r.Read())
        {
            rows.Add((r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3)));
        }

        return rows;
    }

    internal static NpgsqlDataSource Open(string connectionString)
    {
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException ex)
        {
            throw new InputException("--db", null, null, $"expected a connection string like \"Host=…;Database=…;Username=…\": {ex.Message}");
        }

        builder.UseNetTopologySuite();
        return builder.Build();
    }

    private static NpgsqlConnection Connect(NpgsqlDataSource source)
    {
        try
        {
            return source.OpenConnection();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            throw new InputException("--db", null, null, $"could not connect to the database: {ex.Message}");
        }
    }

    private static void EnsureSchema(NpgsqlConnection db)
    {
        // Two first pushes at once would race on CREATE … IF NOT EXISTS; a session lock serialises them.
        using (var lockCmd = Command(db, "SELECT pg_advisory_lock(7426173)"))
        {
            lockCmd.ExecuteNonQuery();
        }

        try
        {
            CreateSchema(db);
        }
        finally
        {
            using var unlock = Command(db, "SELECT pg_advisory_unlock(7426173)");
            unlock.ExecuteNonQuery();
        }
    }

    private static void CreateSchema(NpgsqlConnection db)
    {
        using (var check = Command(db, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'"))
        {
            if ((long)check.ExecuteScalar()! == 0)
            {
                using var create = Command(db, "CREATE EXTENSION IF NOT EXISTS postgis");
                create.ExecuteNonQuery();

                // The connection learnt the database's types before PostGIS was there; geometry parameters need them.
                db.ReloadTypes();
            }
        }

        using var cmd = Command(db, PostGisSchema.Create);
        cmd.ExecuteNonQuery();
    }

    private static bool SchemaExists(NpgsqlConnection db)
    {
        using var cmd = Command(db, "SELECT to_regclass('cctvplanner.plans') IS NOT NULL");
        return (bool)cmd.ExecuteScalar()!;
    }

    private static List<Camera> ReadCameras(NpgsqlConnection db, string name) => PostGisLayers.ReadCameras(db, name);

    private static List<string> Audit(NpgsqlConnection db, string name, int version, string by, Dictionary<string, Camera> before, IReadOnlyList<Camera> after)
    {
        var afterIds = after.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var changes = new List<(string Id, string Action, Camera? Old, Camera? New)>();
        foreach (var c in after)
        {
            if (!before.TryGetValue(c.Id, out var old))
            {
                changes.Add((c.Id, "insert", null, c));
            }
            else if (old != c)
            {
                changes.Add((c.Id, "update", old, c));
            }
        }

        changes.AddRange(before.Values.Where(c => !afterIds.ContainsKey(c.Id)).Select(c => (c.Id, "delete", (Camera?)c, (Camera?)null)));
        foreach (var (id, action, old, @new) in changes)
        {
            using var cmd = Command(db, """
                INSERT INTO cctvplanner.camera_audit (plan, plan_version, camera_id, action, changed_by, old_row, new_row)
                VALUES (@n, @v, @id, @a, @by, @old::jsonb, @new::jsonb)
                """, ("n", name), ("v", version), ("id", id), ("a", action), ("by", by), ("old", Json(old)), ("new", Json(@new)));
            cmd.ExecuteNonQuery();
        }

        return [.. changes.Select(c => c.Action)];
    }

    private static string? Json(Camera? c) => c is null ? null : JsonSerializer.Serialize(PostGisLayers.CameraValues(c));

    internal static NpgsqlCommand Command(NpgsqlConnection db, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, db);
        foreach (var (n, v) in parameters)
        {
            cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        }

        return cmd;
    }

    internal static Geometry WithSrid(Geometry g, int srid)
    {
        var copy = g.Copy();
        copy.SRID = srid;
        return copy;
    }
}
