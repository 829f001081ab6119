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
        ["permit_issuer"] = c.PermitIssuer,
        ["controller_name"] = c.ControllerName,
        ["controller_cvr"] = c.ControllerCvr,
        ["controller_contact"] = c.ControllerContact,
        ["council_decision_ref"] = c.CouncilDecisionRef,
        ["council_decision_date"] = c.CouncilDecisionDate,
        ["purpose_category"] = c.PurposeCategory?.ToContractName(),
        ["deletion_exceptions"] = c.DeletionExceptions,
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
                  model, operator, operator_id, recording, retention_days, purpose, permit, permit_expires, police_consulted, surveillance_zone,
                  permit_issuer, controller_name, controller_cvr, controller_contact, council_decision_ref, council_decision_date, purpose_category,
                  deletion_exceptions)
                VALUES (@plan, @id, @seq, @geom, @heading_deg, @hfov_deg, @vfov_deg, @range_m, @height_m, @tilt_deg, @resolution_px, @ptz,
                  @model, @operator, @operator_id, @recording, @retention_days, @purpose, @permit, @permit_expires, @police_consulted, @surveillance_zone,
                  @permit_issuer, @controller_name, @controller_cvr, @controller_contact, @council_decision_ref, @council_decision_date, @purpose_category,
                  @deletion_exceptions)
                """, [("plan", plan), ("seq", seq++), ("geom", factory.CreatePoint(c.Location)), .. v.Where(kv => kv.Key is not ("x" or "y")).Select(kv => (kv.Key, kv.Value))]);
            Typed(cmd);
            cmd.ExecuteNonQuery();
        }

        // The bulk layers go in by binary COPY: one round trip per layer instead of one per row.
        using (var copy = db.BeginBinaryImport("COPY cctvplanner.buildings (plan, id, seq, geom, height_m) FROM STDIN (FORMAT BINARY)"))
        {
            seq = 0;
            foreach (var b in p.Buildings)
            {
                copy.StartRow();
                copy.Write(plan);
                copy.Write(b.Id);
                copy.Write(seq++);
                copy.Write<Geometry>(Multi(b.Footprint, factory), "geometry");
                WriteNullable(copy, b.HeightM);
            }

            copy.Complete();
        }

        using (var copy = db.BeginBinaryImport("COPY cctvplanner.zones (plan, id, seq, geom, kind, operator_id, name, business_type) FROM STDIN (FORMAT BINARY)"))
        {
            seq = 0;
            foreach (var z in p.Zones)
            {
                copy.StartRow();
                copy.Write(plan);
                copy.Write(z.Id);
                copy.Write(seq++);
                copy.Write<Geometry>(Multi(z.Area, factory), "geometry");
                copy.Write(z.Kind.ToContractName());
                WriteNullable(copy, z.OperatorId);
                WriteNullable(copy, z.Name);
                WriteNullable(copy, z.BusinessType?.ToContractName());
            }

            copy.Complete();
        }

        using (var copy = db.BeginBinaryImport("COPY cctvplanner.incidents (plan, id, seq, geom, occurred_at, offence, amount_dkk, reported) FROM STDIN (FORMAT BINARY)"))
        {
            seq = 0;
            foreach (var i in p.Incidents)
            {
                copy.StartRow();
                copy.Write(plan);
                copy.Write(i.Id);
                copy.Write(seq++);
                copy.Write<Geometry>(factory.CreatePoint(new Coordinate(i.X, i.Y)), "geometry");
                copy.Write(i.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                copy.Write(i.Offence);
                WriteNullable(copy, i.AmountDkk);
                WriteNullable(copy, i.Reported);
            }

            copy.Complete();
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value) where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value);
        }
    }

    public static List<Camera> ReadCameras(NpgsqlConnection db, string plan)
    {
        using var cmd = Command(db, """
            SELECT id, geom, heading_deg, hfov_deg, vfov_deg, range_m, height_m, tilt_deg, resolution_px, ptz, model, operator, operator_id,
              recording, retention_days, purpose, permit, permit_expires, police_consulted, surveillance_zone,
              permit_issuer, controller_name, controller_cvr, controller_contact, council_decision_ref, council_decision_date, purpose_category,
              deletion_exceptions
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
                PermitIssuer = Text(r, 20),
                ControllerName = Text(r, 21),
                ControllerCvr = Text(r, 22),
                ControllerContact = Text(r, 23),
                CouncilDecisionRef = Text(r, 24),
                CouncilDecisionDate = r.IsDBNull(25) ? null : r.GetFieldValue<DateOnly>(25),
                PurposeCategory = r.IsDBNull(26) ? null : PurposeCategories.TryParse(r.GetString(26), out var pc) ? pc
                    : throw new InputException("--db", $"plan \"{plan}\" camera \"{r.GetString(0)}\"", "purpose_category", $"expected one of {PurposeCategories.AllNames}"),
                DeletionExceptions = Text(r, 27),
                HeadingKnown = heading is not null,
            });
        }

        return list;
    }

    public static List<Building> ReadBuildings(NpgsqlConnection db, string plan) =>
        ReadRows(db, "SELECT id, geom, height_m FROM cctvplanner.buildings WHERE plan = @n ORDER BY seq", plan,
            r => new Building(r.GetString(0), Single(r.GetFieldValue<Geometry>(1)), r.IsDBNull(2) ? null : r.GetDouble(2)));

    public static List<Zone> ReadZones(NpgsqlConnection db, string plan) =>
        ReadRows(db, "SELECT id, geom, kind, operator_id, name, business_type FROM cctvplanner.zones WHERE plan = @n ORDER BY seq", plan, r =>
        {
            var kind = ZoneKinds.TryParse(r.GetString(2), out var k) ? k : throw new InputException("--db", $"plan \"{plan}\" zone \"{r.GetString(0)}\"", "kind", $"expected one of {ZoneKinds.AllNames}");
            BusinessType? type = r.IsDBNull(5) ? null : BusinessTypes.TryParse(r.GetString(5), out var t) ? t
                : throw new InputException("--db", $"plan \"{plan}\" zone \"{r.GetString(0)}\"", "business_type", $"expected one of {BusinessTypes.AllNames}");
            return new Zone(r.GetString(0), kind, Single(r.GetFieldValue<Geometry>(1)), Text(r, 3), Text(r, 4)) { BusinessType = type };
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
