using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// Row mapping of the four plan layers to and from the PostGIS tables (schema version 2). Everything here is in the
/// database's working CRS (<c>srid</c>); <see cref="PostGisPlanStore"/> transforms plans in and out. Layer order is
/// kept in <c>seq</c>; times are <c>timestamptz</c> with the writer's UTC offset in a <c>*_offset_min</c> column, so a
/// time reads back with the offset it was written with (to the microsecond, PostgreSQL's resolution).
/// </summary>
internal static class PostGisLayers
{
    /// <summary>The camera attribute columns besides id, from the attribute table.</summary>
    private static readonly string CameraColumns = string.Join(", ", CameraAttributes.All.Where(a => !a.Required).Select(a => a.Name));

    /// <summary>A camera's row as read: the camera (working CRS), its revision and who changed it last, when.</summary>
    public sealed record StoredCamera(Camera Camera, int Seq, long Revision, string? UpdatedBy, DateTimeOffset UpdatedAt);

    public static async Task<List<StoredCamera>> ReadCamerasAsync(NpgsqlConnection db, NpgsqlTransaction? tx, string plan, string? id, bool forUpdate, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"SELECT id, geom, seq, revision, updated_by, updated_at, {CameraColumns} FROM cctvplanner.cameras WHERE plan = @n" +
            (id is null ? " ORDER BY seq" : " AND id = @id") + (forUpdate ? " FOR UPDATE" : ""), db, tx);
        cmd.Parameters.AddWithValue("n", plan);
        if (id is not null)
        {
            cmd.Parameters.AddWithValue("id", id);
        }

        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<StoredCamera>();
        var row = new PostGisCameraRow(plan, r);
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            var p = r.GetFieldValue<Point>(1);
            var camera = CameraAttributeReader.Read(row, r.GetString(0), p.X, p.Y, catalogue: null);
            list.Add(new StoredCamera(camera, r.GetInt32(2), r.GetInt64(3), Text(r, 4), r.GetFieldValue<DateTimeOffset>(5)));
        }

        return list;
    }

    /// <summary>Adds the INSERT of <paramref name="c"/> to <paramref name="batch"/>.</summary>
    public static void InsertCamera(NpgsqlBatch batch, string plan, Camera c, int seq, int srid, string by) =>
        batch.BatchCommands.Add(CameraCommand(
            $"INSERT INTO cctvplanner.cameras (plan, id, seq, geom, updated_by, {CameraColumns}) VALUES (@plan, @id, @seq, @geom, @by, " +
            string.Join(", ", CameraColumns.Split(", ").Select(n => "@" + n)) + ")", plan, c, seq, srid, by));

    /// <summary>Adds the UPDATE of <paramref name="c"/> (revision + 1) to <paramref name="batch"/>.</summary>
    public static void UpdateCamera(NpgsqlBatch batch, string plan, Camera c, int seq, int srid, string by) =>
        batch.BatchCommands.Add(CameraCommand(
            "UPDATE cctvplanner.cameras SET seq = @seq, geom = @geom, updated_by = @by, updated_at = now(), revision = revision + 1, " +
            string.Join(", ", CameraColumns.Split(", ").Select(n => $"{n} = @{n}")) + " WHERE plan = @plan AND id = @id", plan, c, seq, srid, by));

    public static void DeleteRow(NpgsqlBatch batch, string table, string plan, string id)
    {
        var cmd = new NpgsqlBatchCommand($"DELETE FROM cctvplanner.{table} WHERE plan = $1 AND id = $2");
        cmd.Parameters.Add(new NpgsqlParameter { Value = plan });
        cmd.Parameters.Add(new NpgsqlParameter { Value = id });
        batch.BatchCommands.Add(cmd);
    }

    private static NpgsqlBatchCommand CameraCommand(string sql, string plan, Camera c, int seq, int srid, string by)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        var ps = cmd.Parameters;
        ps.AddWithValue("plan", plan);
        ps.AddWithValue("id", c.Id);
        ps.AddWithValue("seq", seq);
        ps.AddWithValue("geom", new Point(c.X, c.Y) { SRID = srid });
        ps.AddWithValue("by", by);
        foreach (var a in CameraAttributes.All.Where(a => !a.Required))
        {
            ps.Add(new NpgsqlParameter(a.Name, PostGisCameraRow.ColumnType(a)) { Value = a.Get(c) ?? DBNull.Value });
        }

        return cmd;
    }

    public static void InsertZone(NpgsqlBatch batch, string plan, Zone z, int seq, int srid) =>
        batch.BatchCommands.Add(ZoneCommand(
            "INSERT INTO cctvplanner.zones (plan, id, seq, geom, kind, operator_id, name, business_type, source) VALUES (@plan, @id, @seq, @geom, @kind, @operator_id, @name, @business_type, @source)", plan, z, seq, srid));

    public static void UpdateZone(NpgsqlBatch batch, string plan, Zone z, int seq, int srid) =>
        batch.BatchCommands.Add(ZoneCommand(
            "UPDATE cctvplanner.zones SET seq = @seq, geom = @geom, kind = @kind, operator_id = @operator_id, name = @name, business_type = @business_type, source = @source WHERE plan = @plan AND id = @id", plan, z, seq, srid));

    private static NpgsqlBatchCommand ZoneCommand(string sql, string plan, Zone z, int seq, int srid)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        cmd.Parameters.AddWithValue("plan", plan);
        cmd.Parameters.AddWithValue("id", z.Id);
        cmd.Parameters.AddWithValue("seq", seq);
        cmd.Parameters.AddWithValue("geom", Multi(z.Area, srid));
        cmd.Parameters.AddWithValue("kind", z.Kind.ToContractName());
        cmd.Parameters.Add(Nullable("operator_id", z.OperatorId, NpgsqlDbType.Text));
        cmd.Parameters.Add(Nullable("name", z.Name, NpgsqlDbType.Text));
        cmd.Parameters.Add(Nullable("business_type", z.BusinessType?.ToContractName(), NpgsqlDbType.Text));
        cmd.Parameters.Add(Nullable("source", z.Source, NpgsqlDbType.Text));
        return cmd;
    }

    /// <summary>Replaces a plan's buildings by binary COPY (one round trip for the layer).</summary>
    public static async Task ReplaceBuildingsAsync(NpgsqlConnection db, string plan, IReadOnlyList<Building> buildings, int srid, CancellationToken ct)
    {
        await DeleteAllAsync(db, "buildings", plan, ct).ConfigureAwait(false);
        await using var copy = await db.BeginBinaryImportAsync("COPY cctvplanner.buildings (plan, id, seq, geom, height_m) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        var seq = 0;
        foreach (var b in buildings)
        {
            await copy.StartRowAsync(ct).ConfigureAwait(false);
            await copy.WriteAsync(plan, ct).ConfigureAwait(false);
            await copy.WriteAsync(b.Id, ct).ConfigureAwait(false);
            await copy.WriteAsync(seq++, ct).ConfigureAwait(false);
            await copy.WriteAsync<Geometry>(Multi(b.Footprint, srid), "geometry", ct).ConfigureAwait(false);
            await WriteNullableAsync(copy, b.HeightM, NpgsqlDbType.Double, ct).ConfigureAwait(false);
        }

        await copy.CompleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Replaces a plan's incidents; times as timestamptz plus the offset they were given in. Row security on incidents
    /// rules out COPY, so rows go in as array parameters, a few thousand per statement.
    /// </summary>
    public static async Task ReplaceIncidentsAsync(NpgsqlConnection db, string plan, IReadOnlyList<Incident> incidents, int srid, CancellationToken ct)
    {
        await DeleteAllAsync(db, "incidents", plan, ct).ConfigureAwait(false);
        const int chunk = 5000;
        for (var start = 0; start < incidents.Count; start += chunk)
        {
            var part = incidents.Skip(start).Take(chunk).ToArray();
            await using var cmd = new NpgsqlCommand($"""
                INSERT INTO cctvplanner.incidents (plan, id, seq, geom, occurred_at, occurred_offset_min, offence, amount_dkk, reported)
                SELECT @plan, u.id, u.seq, ST_SetSRID(ST_MakePoint(u.x, u.y), {srid}), u.at, u.off, u.offence, u.amount, u.reported
                FROM unnest(@id, @seq, @x, @y, @at, @off, @offence, @amount, @reported) AS u(id, seq, x, y, at, off, offence, amount, reported)
                """, db);
            cmd.Parameters.AddWithValue("plan", plan);
            cmd.Parameters.AddWithValue("id", part.Select(i => i.Id).ToArray());
            cmd.Parameters.AddWithValue("seq", part.Select((_, k) => start + k).ToArray());
            cmd.Parameters.AddWithValue("x", part.Select(i => i.X).ToArray());
            cmd.Parameters.AddWithValue("y", part.Select(i => i.Y).ToArray());
            cmd.Parameters.Add(new NpgsqlParameter("at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz) { Value = part.Select(i => i.OccurredAt.UtcDateTime).ToArray() });
            cmd.Parameters.AddWithValue("off", part.Select(i => (short)i.OccurredAt.Offset.TotalMinutes).ToArray());
            cmd.Parameters.AddWithValue("offence", part.Select(i => i.Offence).ToArray());
            cmd.Parameters.Add(new NpgsqlParameter("amount", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = part.Select(i => i.AmountDkk).ToArray() });
            cmd.Parameters.Add(new NpgsqlParameter("reported", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = part.Select(i => i.Reported).ToArray() });
            await cmd.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    public static Task<List<Building>> ReadBuildingsAsync(NpgsqlConnection db, string plan, CancellationToken ct) =>
        ReadRowsAsync(db, "SELECT id, geom, height_m FROM cctvplanner.buildings WHERE plan = @n ORDER BY seq", plan,
            r => new Building(r.GetString(0), Single(r.GetFieldValue<Geometry>(1)), r.IsDBNull(2) ? null : r.GetDouble(2)), ct);

    public static Task<List<Zone>> ReadZonesAsync(NpgsqlConnection db, string plan, CancellationToken ct) =>
        ReadRowsAsync(db, "SELECT id, geom, kind, operator_id, name, business_type, source FROM cctvplanner.zones WHERE plan = @n ORDER BY seq", plan, r =>
        {
            var where = $"plan \"{PostGisText.Safe(plan)}\" zone \"{PostGisText.Safe(r.GetString(0))}\"";
            var kind = ZoneKinds.TryParse(r.GetString(2), out var k) ? k
                : throw new InputException("cctvplanner.zones", where, "kind", $"expected one of {ZoneKinds.AllNames}");
            BusinessType? business = r.IsDBNull(5) ? null : BusinessTypes.TryParse(r.GetString(5), out var b) ? b
                : throw new InputException("cctvplanner.zones", where, "business_type", $"expected one of {BusinessTypes.AllNames}");
            return new Zone(r.GetString(0), kind, Single(r.GetFieldValue<Geometry>(1)), Text(r, 3), Text(r, 4)) { BusinessType = business, Source = Text(r, 6) };
        }, ct);

    public static Task<List<Street>> ReadStreetsAsync(NpgsqlConnection db, string plan, CancellationToken ct) =>
        ReadRowsAsync(db, "SELECT id, geom, name, highway, source FROM cctvplanner.streets WHERE plan = @n ORDER BY seq", plan,
            r => new Street(r.GetString(0), SingleLine(r.GetFieldValue<Geometry>(1)), Text(r, 2), Text(r, 3)) { Source = Text(r, 4) }, ct);

    /// <summary>Replaces a plan's streets by binary COPY (LineStrings stored as one-part MultiLineStrings).</summary>
    public static async Task ReplaceStreetsAsync(NpgsqlConnection db, string plan, IReadOnlyList<Street> streets, int srid, CancellationToken ct)
    {
        await DeleteAllAsync(db, "streets", plan, ct).ConfigureAwait(false);
        var factory = new GeometryFactory(new PrecisionModel(), srid);
        await using var copy = await db.BeginBinaryImportAsync("COPY cctvplanner.streets (plan, id, seq, geom, name, highway, source) FROM STDIN (FORMAT BINARY)", ct).ConfigureAwait(false);
        var seq = 0;
        foreach (var s in streets)
        {
            var line = s.Line is MultiLineString ml ? (MultiLineString)factory.CreateGeometry(ml) : factory.CreateMultiLineString([(LineString)factory.CreateGeometry(s.Line)]);
            await copy.StartRowAsync(ct).ConfigureAwait(false);
            await copy.WriteAsync(plan, ct).ConfigureAwait(false);
            await copy.WriteAsync(s.Id, ct).ConfigureAwait(false);
            await copy.WriteAsync(seq++, ct).ConfigureAwait(false);
            await copy.WriteAsync<Geometry>(line, "geometry", ct).ConfigureAwait(false);
            await WriteTextAsync(copy, s.Name, ct).ConfigureAwait(false);
            await WriteTextAsync(copy, s.Highway, ct).ConfigureAwait(false);
            await WriteTextAsync(copy, s.Source, ct).ConfigureAwait(false);
        }

        await copy.CompleteAsync(ct).ConfigureAwait(false);
    }

    public static Task<List<Incident>> ReadIncidentsAsync(NpgsqlConnection db, string plan, CancellationToken ct) =>
        ReadRowsAsync(db, "SELECT id, geom, occurred_at, occurred_offset_min, offence, amount_dkk, reported FROM cctvplanner.incidents WHERE plan = @n ORDER BY seq", plan, r =>
        {
            var p = r.GetFieldValue<Point>(1);
            var at = new DateTimeOffset(r.GetFieldValue<DateTime>(2), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(r.GetInt16(3)));
            return new Incident(r.GetString(0), p.X, p.Y, at, r.GetString(4))
            {
                AmountDkk = r.IsDBNull(5) ? null : r.GetDecimal(5),
                Reported = r.IsDBNull(6) ? null : r.GetBoolean(6),
            };
        }, ct);

    /// <summary>Same zone in the database's sense: id, kind, operator, name and the same area (vertex by vertex within <paramref name="tolerance"/> metres).</summary>
    public static bool SameZone(Zone a, Zone b, double tolerance) =>
        a.Id == b.Id && a.Kind == b.Kind && a.OperatorId == b.OperatorId && a.Name == b.Name && a.BusinessType == b.BusinessType
        && a.Source == b.Source && Single(a.Area).EqualsExact(Single(b.Area), tolerance);

    public static NpgsqlParameter Nullable<T>(string name, T? value, NpgsqlDbType type) where T : struct =>
        new(name, type) { Value = value is { } v ? v : DBNull.Value };

    public static NpgsqlParameter Nullable(string name, string? value, NpgsqlDbType type) =>
        new(name, type) { Value = (object?)value ?? DBNull.Value };

    public static MultiPolygon Multi(Geometry g, int srid)
    {
        var factory = new GeometryFactory(new PrecisionModel(), srid);
        return g switch
        {
            MultiPolygon mp => (MultiPolygon)factory.CreateGeometry(mp),
            Polygon p => factory.CreateMultiPolygon([(Polygon)factory.CreateGeometry(p)]),
            _ => throw new ArgumentException($"expected a Polygon or MultiPolygon, got {g.GeometryType}", nameof(g)),
        };
    }

    /// <summary>Polygons are stored as one-part MultiPolygons (the column type); they read back as the Polygon.</summary>
    private static Geometry Single(Geometry g) => g is MultiPolygon { NumGeometries: 1 } mp ? mp.GetGeometryN(0) : g;

    private static Geometry SingleLine(Geometry g) => g is MultiLineString { NumGeometries: 1 } ml ? ml.GetGeometryN(0) : g;

    private static async Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, ct).ConfigureAwait(false);
        }
    }

    private static async Task DeleteAllAsync(NpgsqlConnection db, string table, string plan, CancellationToken ct)
    {
        await using var del = new NpgsqlCommand($"DELETE FROM cctvplanner.{table} WHERE plan = @n", db);
        del.Parameters.AddWithValue("n", plan);
        await del.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) where T : struct
    {
        if (value is { } v)
        {
            await copy.WriteAsync(v, type, ct).ConfigureAwait(false);
        }
        else
        {
            await copy.WriteNullAsync(ct).ConfigureAwait(false);
        }
    }

    private static async Task<List<T>> ReadRowsAsync<T>(NpgsqlConnection db, string sql, string plan, Func<NpgsqlDataReader, T> map, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, db);
        cmd.Parameters.AddWithValue("n", plan);
        await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<T>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add(map(r));
        }

        return list;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
