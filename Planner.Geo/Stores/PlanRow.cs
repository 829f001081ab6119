using Npgsql;
using NpgsqlTypes;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// A plan's row in <c>cctvplanner.plans</c>: version, own CRS, metadata, and who pushed last, when. <see cref="Title"/> is
/// the plan's own name (null for rows pushed before schema version 6); <see cref="CameraInputEpsg"/> the CRS of the camera
/// file it was made from (null before schema version 7).
/// </summary>
internal sealed record PlanRow(int Version, int Epsg, string? Title, string? Municipality, string? Author, DateTimeOffset? CreatedAt, bool Synthetic, string? Source, string By, DateTimeOffset At)
{
    public int? CameraInputEpsg { get; init; }

    /// <summary>The plan's metadata: named by its own title, or by <paramref name="name"/> (its key in the database) when it has none.</summary>
    public PlanMetadata Metadata(string name) => new()
    {
        Name = Title ?? name,
        Municipality = Municipality,
        Author = Author,
        CreatedAt = CreatedAt,
        Synthetic = Synthetic,
        Source = Source,
        CameraInputEpsg = CameraInputEpsg,
    };

    /// <summary>The row of plan <paramref name="name"/> (locked for the transaction with <paramref name="forUpdate"/>), or null.</summary>
    public static async Task<PlanRow?> ReadAsync(NpgsqlConnection db, NpgsqlTransaction tx, string name, bool forUpdate, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            "SELECT version, epsg, municipality, author, created_at, created_offset_min, synthetic, source, updated_by, updated_at, title, camera_input_epsg FROM cctvplanner.plans WHERE name = @n" +
            (forUpdate ? " FOR UPDATE" : ""), db, tx);
        cmd.Parameters.AddWithValue("n", name);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false))
        {
            return null;
        }

        DateTimeOffset? created = r.IsDBNull(4) ? null
            : new DateTimeOffset(r.GetFieldValue<DateTime>(4), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(r.IsDBNull(5) ? 0 : r.GetInt16(5)));
        return new PlanRow(r.GetInt32(0), r.GetInt32(1), Text(r, 10), Text(r, 2), Text(r, 3), created, r.GetBoolean(6), Text(r, 7), r.GetString(8), r.GetFieldValue<DateTimeOffset>(9))
        {
            CameraInputEpsg = r.IsDBNull(11) ? null : r.GetInt32(11),
        };
    }

    /// <summary>Inserts or updates the plan row at <paramref name="version"/> with <paramref name="plan"/>'s CRS and metadata.</summary>
    public static async Task WriteAsync(NpgsqlConnection db, string name, int version, Plan plan, bool insert, CancellationToken ct)
    {
        var m = plan.Metadata;
        await using var cmd = new NpgsqlCommand(insert
            ? """
              INSERT INTO cctvplanner.plans (name, version, epsg, title, camera_input_epsg, municipality, author, created_at, created_offset_min, synthetic, source, updated_at, updated_by)
              VALUES (@n, @v, @epsg, @title, @camepsg, @mun, @author, @created, @offset, @syn, @src, now(), @by)
              """
            : """
              UPDATE cctvplanner.plans SET version = @v, epsg = @epsg, title = @title, camera_input_epsg = @camepsg, municipality = @mun, author = @author, created_at = @created,
                created_offset_min = @offset, synthetic = @syn, source = @src, updated_at = now(), updated_by = @by
              WHERE name = @n
              """, db);
        cmd.Parameters.AddWithValue("n", name);
        cmd.Parameters.AddWithValue("v", version);
        cmd.Parameters.AddWithValue("epsg", plan.Epsg);
        cmd.Parameters.Add(PostGisLayers.Nullable("title", string.IsNullOrWhiteSpace(m.Name) ? null : m.Name, NpgsqlDbType.Text));
        cmd.Parameters.Add(PostGisLayers.Nullable("camepsg", m.CameraInputEpsg, NpgsqlDbType.Integer));
        cmd.Parameters.Add(PostGisLayers.Nullable("mun", m.Municipality, NpgsqlDbType.Text));
        cmd.Parameters.Add(PostGisLayers.Nullable("author", m.Author, NpgsqlDbType.Text));
        cmd.Parameters.Add(PostGisLayers.Nullable("created", m.CreatedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz));
        cmd.Parameters.Add(PostGisLayers.Nullable("offset", m.CreatedAt is { } c ? (short?)c.Offset.TotalMinutes : null, NpgsqlDbType.Smallint));
        cmd.Parameters.AddWithValue("syn", m.Synthetic);
        cmd.Parameters.Add(PostGisLayers.Nullable("src", m.Source, NpgsqlDbType.Text));
        cmd.CommandText = cmd.CommandText.Replace("@by", ByExpression, StringComparison.Ordinal);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Raises the plan's version after a single-feature edit.</summary>
    public static async Task BumpAsync(NpgsqlConnection db, string name, int version, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"UPDATE cctvplanner.plans SET version = @v, updated_at = now(), updated_by = {ByExpression} WHERE name = @n", db);
        cmd.Parameters.AddWithValue("n", name);
        cmd.Parameters.AddWithValue("v", version);
        await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Who changes: the label set for the transaction (cctvplanner.changed_by), else the database login.</summary>
    private const string ByExpression = "coalesce(nullif(current_setting('cctvplanner.changed_by', true), ''), session_user)";

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
