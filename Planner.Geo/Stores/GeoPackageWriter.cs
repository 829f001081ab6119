using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using L = Planner.Geo.Stores.GeoPackageLayout;

namespace Planner.Geo.Stores;

/// <summary>Builds a new plan GeoPackage at a path that must not exist yet (the store writes to a temporary path).</summary>
internal static class GeoPackageWriter
{
    public static void WriteNew(string file, Plan plan, PlanOrigin? origin)
    {
        var (srsName, wkt) = SpatialRefSys.Definition(plan.Epsg);
        var connection = new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString();
        using var db = new SqliteConnection(connection);
        db.Open();
        GeoPackageRTree.RegisterFunctions(db);
        // The file is a temporary one that is renamed into place only when complete (AtomicFile), so it needs no
        // rollback journal: a failed build is deleted, never repaired. With synchronous FULL, the one commit syncs
        // the file to disk before the rename. A 64 MiB page cache keeps the R-tree's nodes in memory while it fills.
        Exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;");
        using var tx = db.BeginTransaction();
        Exec(db, $"PRAGMA application_id = {L.ApplicationId}; PRAGMA user_version = {L.UserVersion};");
        Exec(db, L.CoreTables);
        Exec(db, GeoPackageRTree.ExtensionsTable);
        InsertSrs(db, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
        InsertSrs(db, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
        var (wgsName, wgsWkt) = SpatialRefSys.Definition(Crs.CrsRegistry.Wgs84);
        InsertSrs(db, wgsName, Crs.CrsRegistry.Wgs84, "EPSG", Crs.CrsRegistry.Wgs84, wgsWkt, "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
        if (plan.Epsg != Crs.CrsRegistry.Wgs84)
        {
            InsertSrs(db, srsName, plan.Epsg, "EPSG", plan.Epsg, wkt, "working CRS of the plan (metres)");
        }

        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };

        // GIS tools show gpkg_contents descriptions; synthetic data says so there too.
        string Describe(string text) => plan.Metadata.Synthetic ? text + " — SYNTHETIC DATA" : text;
        var factory = new GeometryFactory(new PrecisionModel(), plan.Epsg);

        WriteLayer(db, writer, plan.Epsg, L.Cameras, "POINT", L.CamerasColumns, Describe("Cameras of the plan"), plan.Cameras,
            c => factory.CreatePoint(c.Location),
            c => [.. CameraAttributes.All.Select(a => L.CameraValue(a, c))]);
        WriteLayer(db, writer, plan.Epsg, L.Buildings, "MULTIPOLYGON", L.BuildingsColumns, Describe("Building footprints with heights (m)"), plan.Buildings,
            b => AsMulti(b.Footprint, factory), b => [b.Id, b.HeightM]);
        WriteLayer(db, writer, plan.Epsg, L.Zones, "MULTIPOLYGON", L.ZonesColumns, Describe("Zones (public_area, dwelling, …)"), plan.Zones,
            z => AsMulti(z.Area, factory), z => [z.Id, z.Kind.ToContractName(), z.OperatorId, z.Name, z.BusinessType?.ToContractName(), z.Source]);
        WriteLayer(db, writer, plan.Epsg, L.Incidents, "POINT", L.IncidentsColumns, Describe("Incidents"), plan.Incidents,
            i => factory.CreatePoint(new Coordinate(i.X, i.Y)),
            i => [i.Id, i.OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), i.Offence,
                i.AmountDkk is { } a ? (double)a : null, i.Reported]);
        if (plan.Streets.Count > 0)
        {
            // Optional layer: written only when the plan has streets, so plans without them keep the four contract layers.
            WriteLayer(db, writer, plan.Epsg, L.Streets, "MULTILINESTRING", L.StreetsColumns, Describe("Street centre lines with names"), plan.Streets,
                s => AsMultiLine(s.Line, factory), s => [s.Id, s.Name, s.Highway, s.Source]);
        }

        WriteMetadata(db, plan);
        if (origin is not null)
        {
            WriteOrigin(db, origin);
        }

        tx.Commit();
    }

    /// <summary>
    /// Layers are declared MULTIPOLYGON (what GIS tools expect of one layer); a Polygon is stored as a one-part
    /// MultiPolygon. The parts are shared, not copied (geometries are treated as immutable); only the collection carries
    /// the plan's SRID, which the GeoPackage header records.
    /// </summary>
    private static MultiPolygon AsMulti(Geometry g, GeometryFactory factory) => g switch
    {
        MultiPolygon mp => factory.CreateMultiPolygon([.. Enumerable.Range(0, mp.NumGeometries).Select(i => (Polygon)mp.GetGeometryN(i))]),
        Polygon p => factory.CreateMultiPolygon([p]),
        _ => throw new ArgumentException($"expected a Polygon or MultiPolygon, got {g.GeometryType}", nameof(g)),
    };

    /// <summary>The streets layer is declared MULTILINESTRING; a LineString is stored as a one-part MultiLineString (parts shared as above).</summary>
    private static MultiLineString AsMultiLine(Geometry g, GeometryFactory factory) => g switch
    {
        MultiLineString ml => factory.CreateMultiLineString([.. Enumerable.Range(0, ml.NumGeometries).Select(i => (LineString)ml.GetGeometryN(i))]),
        LineString l => factory.CreateMultiLineString([l]),
        _ => throw new ArgumentException($"expected a LineString or MultiLineString, got {g.GeometryType}", nameof(g)),
    };

    /// <summary>
    /// Creates and fills one feature layer: rows with fid 1…n in list order through one prepared statement, then the
    /// R-tree filled in one pass from the envelopes the rows already had (no per-row trigger parsing the blob again),
    /// then the spec's triggers for later edits.
    /// </summary>
    private static void WriteLayer<T>(
        SqliteConnection db, GeoPackageGeoWriter writer, int epsg, string table, string geometryType, string columns, string description,
        IReadOnlyList<T> items, Func<T, Geometry> geometry, Func<T, object?[]> values)
    {
        var names = columns.Split(',').Select(c => c.Trim().Split(' ')[0]).ToArray();
        Exec(db, $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {L.GeometryColumn} {geometryType}, {columns})");
        Exec(db, GeoPackageRTree.CreateIndex(table, L.GeometryColumn));
        var envelope = new Envelope();
        var bounds = new Envelope?[items.Count];
        using (var insert = new SqliteBulkInsert(db, $"INSERT INTO \"{table}\" (fid, {L.GeometryColumn}, {string.Join(", ", names)}) VALUES ({string.Join(", ", Enumerable.Repeat("?", names.Length + 2))})"))
        {
            for (var i = 0; i < items.Count; i++)
            {
                var geom = geometry(items[i]);
                var e = geom.EnvelopeInternal;
                envelope.ExpandToInclude(e);
                bounds[i] = e.IsNull ? null : e;
                insert.Bind(1, (long)i + 1);
                insert.Bind(2, writer.Write(geom));
                var row = values(items[i]);
                for (var k = 0; k < row.Length; k++)
                {
                    insert.Bind(k + 3, row[k]);
                }

                insert.Run();
            }
        }

        GeoPackageRTree.Fill(db, table, L.GeometryColumn, bounds);
        Exec(db, GeoPackageRTree.CreateTriggers(table, L.GeometryColumn));

        using var contents = db.CreateCommand();
        contents.CommandText = """
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id)
            VALUES (@t, 'features', @t, @d, @x0, @y0, @x1, @y1, @srs);
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES (@t, @c, @gt, @srs, 0, 0);
            """;
        contents.Parameters.AddWithValue("@t", table);
        contents.Parameters.AddWithValue("@d", description);
        contents.Parameters.AddWithValue("@x0", envelope.IsNull ? DBNull.Value : envelope.MinX);
        contents.Parameters.AddWithValue("@y0", envelope.IsNull ? DBNull.Value : envelope.MinY);
        contents.Parameters.AddWithValue("@x1", envelope.IsNull ? DBNull.Value : envelope.MaxX);
        contents.Parameters.AddWithValue("@y1", envelope.IsNull ? DBNull.Value : envelope.MaxY);
        contents.Parameters.AddWithValue("@srs", epsg);
        contents.Parameters.AddWithValue("@c", L.GeometryColumn);
        contents.Parameters.AddWithValue("@gt", geometryType);
        contents.ExecuteNonQuery();
    }

    private static void WriteMetadata(SqliteConnection db, Plan plan)
    {
        Exec(db, $"CREATE TABLE {L.MetadataTable} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {L.MetadataColumns})");
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO {L.MetadataTable} (name, municipality, author, created_at, synthetic, source, epsg, format_version, camera_input_epsg)
            VALUES (@name, @municipality, @author, @created, @synthetic, @source, @epsg, @version, @cameraEpsg);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('{L.MetadataTable}', 'attributes', '{L.MetadataTable}', 'CctvPlanner plan metadata');
            """;
        var m = plan.Metadata;
        cmd.Parameters.AddWithValue("@name", m.Name);
        cmd.Parameters.AddWithValue("@municipality", (object?)m.Municipality ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@author", (object?)m.Author ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@created", m.CreatedAt is { } c ? c.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
        cmd.Parameters.AddWithValue("@synthetic", m.Synthetic ? 1 : 0);
        cmd.Parameters.AddWithValue("@source", (object?)m.Source ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@epsg", plan.Epsg);
        cmd.Parameters.AddWithValue("@version", L.FormatVersion);
        cmd.Parameters.AddWithValue("@cameraEpsg", (object?)m.CameraInputEpsg ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    private static void WriteOrigin(SqliteConnection db, PlanOrigin origin)
    {
        Exec(db, $"CREATE TABLE {L.OriginTable} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL)");
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO {L.OriginTable} (name, version) VALUES (@name, @version);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('{L.OriginTable}', 'attributes', '{L.OriginTable}', 'The shared plan (PostGIS) this file was pulled from, and its version then');
            """;
        cmd.Parameters.AddWithValue("@name", origin.Name);
        cmd.Parameters.AddWithValue("@version", origin.Version);
        cmd.ExecuteNonQuery();
    }

    private static void InsertSrs(SqliteConnection db, string name, int id, string org, int orgId, string definition, string description)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES (@n, @i, @o, @oi, @d, @ds)";
        cmd.Parameters.AddWithValue("@n", name);
        cmd.Parameters.AddWithValue("@i", id);
        cmd.Parameters.AddWithValue("@o", org);
        cmd.Parameters.AddWithValue("@oi", orgId);
        cmd.Parameters.AddWithValue("@d", definition);
        cmd.Parameters.AddWithValue("@ds", description);
        cmd.ExecuteNonQuery();
    }

    private static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
