using Npgsql;

namespace Planner.Geo.Stores;

/// <summary>One change to a camera or zone: who (label and database login), when, and the row before and after as JSON.</summary>
public sealed record AuditEntry(long Seq, int PlanVersion, string Layer, string FeatureId, string Action, string ChangedBy, string DbUser, DateTimeOffset ChangedAt, string? Before, string? After);

/// <summary>A reviewer's sign-off of one version of a plan.</summary>
public sealed record SignOff(long Id, int PlanVersion, string Reviewer, DateTimeOffset SignedAt, string Decision, string? Note);

/// <summary>Reading the audit trail (written by triggers on cameras and zones) and recording and reading sign-offs.</summary>
public static class PostGisAudit
{
    /// <summary>Decisions a reviewer can record.</summary>
    public static IReadOnlyList<string> Decisions { get; } = ["approved", "rejected", "changes_requested"];

    /// <summary>The newest <paramref name="limit"/> changes of plan <paramref name="name"/>, oldest first.</summary>
    public static Task<IReadOnlyList<AuditEntry>> ReadAsync(PostGisDatabase database, string name, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        PostGisText.Name(name, database.Description, "plan name", PostGisPlanStore.MaxNameLength);
        Guard.That(limit is > 0 and <= 1_000_000, "limit", "limit must be in [1, 1000000]");
        return database.RunAsync($"reading the audit of plan \"{PostGisText.Safe(name, 60)}\"", async db =>
        {
            await PostGisMigrations.RequireCurrentAsync(db, null, database.Target, cancellationToken).ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand("""
                SELECT * FROM (
                  SELECT seq, plan_version, layer, feature_id, action, changed_by, db_user, changed_at, before::text, after::text
                  FROM cctvplanner.audit WHERE plan = @n ORDER BY seq DESC LIMIT @l) newest
                ORDER BY seq
                """, db);
            cmd.Parameters.AddWithValue("n", name);
            cmd.Parameters.AddWithValue("l", limit);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<AuditEntry>();
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new AuditEntry(r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                    r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9)));
            }

            return (IReadOnlyList<AuditEntry>)rows;
        }, cancellationToken);
    }

    /// <summary>Records the login's sign-off of the plan's current version (role cctvplanner_reviewer).</summary>
    public static Task<SignOff> SignAsync(PostGisDatabase database, string name, string decision, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        PostGisText.Name(name, database.Description, "plan name", PostGisPlanStore.MaxNameLength);
        if (!Decisions.Contains(decision))
        {
            throw new InputException(database.Description, null, "decision", $"expected one of {string.Join(", ", Decisions)}, got \"{PostGisText.Safe(decision, 40)}\"");
        }

        if (note is not null && (note.Length > 4000 || note.Contains('\0', StringComparison.Ordinal)))
        {
            throw new InputException(database.Description, null, "note", "expected at most 4000 characters without NUL bytes");
        }

        return database.RunAsync($"sign-off of plan \"{PostGisText.Safe(name, 60)}\"", async db =>
        {
            await using var tx = await db.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await PostGisMigrations.RequireCurrentAsync(db, tx, database.Target, cancellationToken).ConfigureAwait(false);
            await using var cmd = new NpgsqlCommand("""
                INSERT INTO cctvplanner.signoffs (plan, plan_version, decision, note)
                SELECT name, version, @d, @note FROM cctvplanner.plans WHERE name = @n
                RETURNING id, plan_version, reviewer, signed_at, decision, note
                """, db, tx);
            cmd.Parameters.AddWithValue("n", name);
            cmd.Parameters.AddWithValue("d", decision);
            cmd.Parameters.Add(PostGisLayers.Nullable("note", note, NpgsqlTypes.NpgsqlDbType.Text));
            SignOff? signed = null;
            await using (var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    signed = new SignOff(r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5));
                }
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return signed ?? throw new InputException(database.Description, $"plan \"{PostGisText.Safe(name, 60)}\"", "name", "expected the name of a plan in the database; there is none by that name");
        }, cancellationToken);
    }

    /// <summary>The sign-offs of plan <paramref name="name"/>, oldest first.</summary>
    public static Task<IReadOnlyList<SignOff>> SignOffsAsync(PostGisDatabase database, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.RunAsync("reading sign-offs", async db =>
        {
            await using var cmd = new NpgsqlCommand("SELECT id, plan_version, reviewer, signed_at, decision, note FROM cctvplanner.signoffs WHERE plan = @n ORDER BY id", db);
            cmd.Parameters.AddWithValue("n", name);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<SignOff>();
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new SignOff(r.GetInt64(0), r.GetInt32(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
            }

            return (IReadOnlyList<SignOff>)rows;
        }, cancellationToken);
    }
}
