using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;
using Planner.Geo.Model;
using static Planner.Geo.Stores.PostGisPlanStore;

namespace Planner.Geo.Stores;

/// <summary>Row mapping of the four plan layers to and from the PostGIS tables (layer order kept in <c>seq</c>).</summary>
internal static class PostGisLayers
{
    /// <summary>A camera's columns by contract name (also the audit trail's JSON).</summary>
    public static SortedDictionary<string, object?> CameraValues(Camera c) => new(StringComparer.Ordinal)
    {
        ["id"] = c.Id,
        ["x"] = c.X,
        ["y"] = c.Y,
        ["heading_deg"] = c.HeadingKnown ? c.Optics.HeadingDeg : null,
        ["hfov_deg"] = c.Optics.HfovDeg,
        ["vfov_deg"] = c.Optics.VfovDeg,
        ["range_m"] = c.Optics.RangeM,
        ["height_m"] = c.Optics.HeightM,
        ["tilt_deg"] = c.Optics.TiltDeg,
        ["resolution_px"] = c.Optics.ResolutionPx,
        ["ptz"] = c.Optics.Ptz,
        ["model"] = c.Model,
        ["operator"] = c.Operator?.ToContractName(),
        ["operator_id"] = c.OperatorId,
        ["recording"] = c.Recording,
        ["retention_days"] = c.RetentionDays,
        ["purpose"] = c.Purpose,
        ["permit"] = c.Permit,
        ["permit_expires"] = c.PermitExpires,
        ["police_consulted"] = c.PoliceConsulted,
        ["surveillance_zone"] = c.SurveillanceZone,
    };

    public static void Insert(NpgsqlConnection db, string plan, Plan p)
    {
        var factory = new GeometryFactory(new PrecisionModel(), p.Epsg);
        var seq = 0;
        foreach (var c in p.Cameras)
        {
            var v = CameraValues(c);
            using var cmd = Command(db, """
                INSERT INTO cctvplanner.cameras (plan, id, seq, geom, heading_deg, hfov_deg, vfov_deg, range_m, height_m, tilt_deg, resolution_px, ptz,
                  model, operator, operator_id, recording, retention_days, purpose, permit, permit_expires, police_consulted, surveillance_zone)
                VALUES (@plan, @id, @seq, @geom, @heading_deg, @hfov_deg, @vfov_deg, @range_m, @height_m, @tilt_deg, @resolution_px, @ptz,
                  @model, @operator, @operator_id, @recording, @retention_days, @purpose, @permit, @permit_expires, @police_consulted, @surveillance_zone)
                """, [("plan", plan), ("seq", seq++), ("geom", factory.CreatePoint(c.Location)), .. v.Where(kv => kv.Key is not ("x" or "y")).Select(kv => (kv.Key, kv.Value))]);
            Typed(cmd);
            cmd.ExecuteNonQuery();
        }

        seq = 0;
        foreach (var b in p.Buildings)
        {
            using var cmd = Command(db, "INSERT INTO cctvplanner.buildings (plan, id, seq, geom, height_m) VALUES (@plan, @id, @seq, @geom, @h)",
                ("plan", plan), ("id", b.Id), ("seq", seq++), ("geom", Multi(b.Footprint, factory)), ("h", b.HeightM));
            Typed(cmd);
            cmd.ExecuteNonQuery();
        }

        seq = 0;
        foreach (var z in p.Zones)
        {
            using var cmd = Command(db, "INSERT INTO cctvplanner.zones (plan, id, seq, geom, kind, operator_id, name) VALUES (@plan, @id, @seq, @geom, @kind, @op, @name)",
                ("plan", plan), ("id", z.Id), ("seq", seq++), ("geom", Multi(z.Area, factory)), ("kind", z.Kind.ToContractName()), ("op", z.OperatorId), ("name", z.Name));
            Typed(cmd);
            cmd.ExecuteNonQuery();
        }

        seq = 0;
        foreach (var i in p.Incidents)
        {
            using var cmd = Command(db, "INSERT INTO cctvplanner.incidents (plan, id, seq, geom, occurred_at, offence, amount_dkk, reported) VALUES (@plan, @id, @seq, @geom, @at, @off, @amount, @rep)",
                ("plan", plan), ("id", i.Id), ("seq", seq++), ("geom", factory.CreatePoint(new Coordinate(i.X, i.Y))),
                ("at", i.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)), ("off", i.Offence), ("amount", i.AmountDkk), ("rep", i.Reported));
            Typed(cmd);
            cmd.ExecuteNonQuery();
        }
    }

    public static List<Camera> ReadCameras(NpgsqlConnection db, string plan)
    {
        using var cmd = Command(db, """
            SELECT id, geom, heading_deg, hfov_deg, vfov_deg, range_m, height_m, tilt_deg, resolution_px, ptz, model, operator, operator_id,
              recording, retention_days, purpose, permit, permit_expires, police_consulted, surveillance_zone
            FROM cctvplanner.cameras WHERE plan = @n ORDER BY seq
            """, ("n", plan));
        using var r = cmd.ExecuteReader();
        var list = new List<Camera>();
        while (r.Read())
        {
            var p = r.GetFieldValue<Point>(1);
            double? heading = r.IsDBNull(2) ? null : r.GetDouble(2);
            var optics = CameraOptics.Create(heading ?? 0, r.GetDouble(3), r.GetDouble(4), r.GetDouble(5), r.GetDouble(6), r.GetDouble(7), r.GetInt32(8), r.GetBoolean(9));
            OperatorType? op = r.IsDBNull(11) ? null : OperatorTypes.TryParse(r.GetString(11), out var o) ? o : throw new InputException("--db", $"plan \"{plan}\" camera \"{r.GetString(0)}\"", "operator", $"expected a contract operator type, got \"{r.GetString(11)}\"");
            list.Add(new Camera(r.GetString(0), p.X, p.Y, optics)
            {
                Model = Text(r, 10),
                Operator = op,
                OperatorId = Text(r, 12),
                Recording = r.IsDBNull(13) ? null : r.GetBoolean(13),
                RetentionDays = r.IsDBNull(14) ? null : r.GetInt32(14),
                Purpose = Text(r, 15),
                Permit = Text(r, 16),
                PermitExpires = r.IsDBNull(17) ? null : r.GetFieldValue<DateOnly>(17),
                PoliceConsulted = r.IsDBNull(18) ? null : r.GetBoolean(18),
                SurveillanceZone = Text(r, 19),
                HeadingKnown = heading is not null,
            });
        }

        return list;
    }

    public static List<Building> ReadBuildings(NpgsqlConnection db, string plan) =>
        ReadRows(db, "SELECT id, geom, height_m FROM cctvplanner.buildings WHERE plan = @n ORDER BY seq", plan,
            r => new Building(r.GetString(0), Single(r.GetFieldValue<Geometry>(1)), r.IsDBNull(2) ? null : r.GetDouble(2)));

    public static List<Zone> ReadZones(NpgsqlConnection db, string plan) =>
        ReadRows(db, "SELECT id, geom, kind, operator_id, name FROM cctvplanner.zones WHERE plan = @n ORDER BY seq", plan, r =>
        {
            var kind = ZoneKinds.TryParse(r.GetString(2), out var k) ? k : throw new InputException("--db", $"plan \"{plan}\" zone \"{r.GetString(0)}\"", "kind", $"expected one of {ZoneKinds.AllNames}");
            return new Zone(r.GetString(0), kind, Single(r.GetFieldValue<Geometry>(1)), Text(r, 3), Text(r, 4));
        });

    public static List<Incident> ReadIncidents(NpgsqlConnection db, string plan) =>
        ReadRows(db, "SELECT id, geom, occurred_at, offence, amount_dkk, reported FROM cctvplanner.incidents WHERE plan = @n ORDER BY seq", plan, r =>
        {
            var p = r.GetFieldValue<Point>(1);
            return new Incident(r.GetString(0), p.X, p.Y, DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture), r.GetString(3))
            {
                AmountDkk = r.IsDBNull(4) ? null : r.GetDecimal(4),
                Reported = r.IsDBNull(5) ? null : r.GetBoolean(5),
            };
        });

    private static List<T> ReadRows<T>(NpgsqlConnection db, string sql, string plan, Func<NpgsqlDataReader, T> map)
    {
        using var cmd = Command(db, sql, ("n", plan));
        using var r = cmd.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(map(r));
        }

        return list;
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>Polygons are stored as one-part MultiPolygons (the column type); they read back as the Polygon.</summary>
    private static Geometry Single(Geometry g) => g is MultiPolygon { NumGeometries: 1 } mp ? mp.GetGeometryN(0) : g;

    private static MultiPolygon Multi(Geometry g, GeometryFactory factory) => g switch
    {
        MultiPolygon mp => (MultiPolygon)factory.CreateGeometry(mp),
        Polygon p => factory.CreateMultiPolygon([(Polygon)factory.CreateGeometry(p)]),
        _ => throw new ArgumentException($"expected a Polygon or MultiPolygon, got {g.GeometryType}", nameof(g)),
    };

    /// <summary>Nulls need a type for Npgsql; the column decides it on the server, so send them untyped as text-compatible.</summary>
    private static void Typed(NpgsqlCommand cmd)
    {
        foreach (NpgsqlParameter p in cmd.Parameters)
        {
            if (p.Value is DBNull)
            {
                p.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Unknown;
            }
            else if (p.Value is DateOnly)
            {
                p.NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date;
            }
        }
    }
}
