using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using L = Planner.Geo.Stores.GeoPackageLayout;

namespace Planner.Geo.Stores;

/// <summary>
/// Reads a plan GeoPackage. Checks the file is a GeoPackage, that every layer is in the plan's projected CRS, and
/// every row: bad values throw <see cref="InputException"/> naming file, layer + fid, column and what was expected.
/// A missing layer reads as empty (with a warning); an invalid polygon is repaired with a warning naming the feature.
/// </summary>
internal sealed class GeoPackageReader
{
    private readonly string file;
    private readonly SqliteConnection db;
    private readonly List<string> warnings = [];
    private readonly GeoPackageGeoReader geoReader = new() { HandleOrdinates = Ordinates.XY };
    private readonly SqliteWatchdog watchdog;

    private GeoPackageReader(string file, SqliteConnection db)
    {
        this.file = file;
        this.db = db;
        watchdog = new SqliteWatchdog(db, StallLimit);
    }

    /// <summary>Longest a statement may run without delivering a row before the read is given up (a hostile file).</summary>
    internal static TimeSpan StallLimit { get; } = TimeSpan.FromSeconds(3);

    public static PlanLoadResult Read(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(path, null, null, "is a folder; expected a GeoPackage plan file");
        }

        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "the file does not exist");
        }

        if (new FileInfo(path).Length < 100 || !HasSqliteHeader(path))
        {
            throw new InputException(path, null, null, "expected a GeoPackage (SQLite) file; this file is empty or not SQLite");
        }

        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var db = new SqliteConnection(connection);
        try
        {
            db.Open();
            return new GeoPackageReader(path, db).ReadPlan();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteWatchdog.InterruptCode)
        {
            throw new InputException(path, null, null, $"expected plain GeoPackage feature tables; a query made no progress for {StallLimit.TotalSeconds:0} s and was stopped");
        }
        catch (SqliteException ex)
        {
            throw new InputException(path, null, null, $"expected a readable GeoPackage: {ex.Message}");
        }
    }

    /// <summary>The plan_origin row of a pulled plan file, or null.</summary>
    public static PlanOrigin? ReadOrigin(string path)
    {
        Read(path); // validates the file as a whole first
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var db = new SqliteConnection(connection);
        db.Open();
        var reader = new GeoPackageReader(path, db);
        if (!reader.TableExists(L.OriginTable))
        {
            return null;
        }

        using var cmd = reader.Command();
        cmd.CommandText = $"SELECT name, version FROM {L.OriginTable} ORDER BY fid LIMIT 1";
        using var r = cmd.ExecuteReader();
        return r.Read() && !r.IsDBNull(0) && !r.IsDBNull(1) && r.GetValue(1) is long v and > 0 and < int.MaxValue
            ? new PlanOrigin(r.GetString(0), (int)v)
            : throw new InputException(path, $"table {L.OriginTable}", "version", "expected a plan name and a version ≥ 1");
    }

    private static bool HasSqliteHeader(string path)
    {
        Span<byte> head = stackalloc byte[16];
        using var s = File.OpenRead(path);
        return s.Read(head) == 16 && System.Text.Encoding.ASCII.GetString(head) == "SQLite format 3\0";
    }

    private PlanLoadResult ReadPlan()
    {
        var appId = Scalar<long>("PRAGMA application_id");
        if (appId != L.ApplicationId && appId != 0x47503130)
        {
            throw new InputException(file, null, "application_id", $"expected a GeoPackage (application_id 'GPKG'), got 0x{appId:X8}");
        }

        var layerSrs = LayerSrs();
        var (metadata, epsg) = ReadMetadata(layerSrs);
        foreach (var (table, srs) in layerSrs)
        {
            if (srs != epsg)
            {
                throw new InputException(file, $"layer {table}", "srs_id", $"expected the plan's CRS EPSG:{epsg}, got {srs}");
            }
        }

        var factory = new GeometryFactory(new PrecisionModel(), epsg);
        var plan = new Plan(epsg, metadata)
        {
            Cameras = ReadLayer(layerSrs, L.Cameras, ReadCamera),
            Buildings = ReadLayer(layerSrs, L.Buildings, r => new Building(r.Id!, Polygonal(r, factory), r.Real("height_m"))),
            Zones = ReadLayer(layerSrs, L.Zones, r => ReadZone(r, factory)),
            Incidents = ReadLayer(layerSrs, L.Incidents, ReadIncident),
            Streets = layerSrs.ContainsKey(L.Streets) ? ReadLayer(layerSrs, L.Streets, r => ReadStreet(r, factory)) : [],
        };
        if (LayerSpread.Warning(plan, file) is { } spread)
        {
            warnings.Add(spread);
        }

        return new PlanLoadResult(plan, warnings);
    }

    private Dictionary<string, int> LayerSrs()
    {
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (!TableExists("gpkg_geometry_columns"))
        {
            throw new InputException(file, null, "gpkg_geometry_columns", "expected a GeoPackage with feature layers; the table is missing");
        }

        using var cmd = Command();
        // Only layers registered in gpkg_contents as features are read: an attribute table named like a layer is not one.
        cmd.CommandText = "SELECT g.table_name, g.column_name, g.srs_id FROM gpkg_geometry_columns g "
            + "JOIN gpkg_contents c ON c.table_name = g.table_name WHERE c.data_type = 'features'";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var table = r.GetString(0);
            if (table is L.Cameras or L.Buildings or L.Zones or L.Incidents or L.Streets && !string.Equals(r.GetString(1), L.GeometryColumn, StringComparison.OrdinalIgnoreCase))
            {
                throw new InputException(file, $"layer {table}", "geometry column", $"expected \"{L.GeometryColumn}\", got \"{r.GetString(1)}\"");
            }

            result[table] = r.GetInt32(2);
        }

        return result;
    }

    private (PlanMetadata Metadata, int Epsg) ReadMetadata(Dictionary<string, int> layerSrs)
    {
        if (IsView(L.MetadataTable))
        {
            throw new InputException(file, $"table {L.MetadataTable}", null, "expected a table; this is a view, and views are not read");
        }

        if (!TableExists(L.MetadataTable))
        {
            var srs = layerSrs.Values.Distinct().ToList();
            if (srs.Count != 1)
            {
                throw new InputException(file, null, L.MetadataTable, "expected a plan_metadata table or layers in one CRS");
            }

            warnings.Add($"{file}: no {L.MetadataTable} table; the plan is named after the file");
            return (new PlanMetadata { Name = Path.GetFileNameWithoutExtension(file) }, CheckEpsg(srs[0], $"layer {layerSrs.Keys.First()}", "srs_id"));
        }

        using var cmd = Command();
        cmd.CommandText = $"SELECT * FROM {L.MetadataTable} ORDER BY fid LIMIT 1";
        using var reader = cmd.ExecuteReader();
        var row = new GeoPackageRow(file, L.MetadataTable, reader);
        if (!reader.Read())
        {
            throw new InputException(file, $"table {L.MetadataTable}", null, "expected one row of plan metadata, found none");
        }

        var version = row.Int("format_version") ?? throw row.Bad("format_version", "expected a number");
        if (version > L.FormatVersion)
        {
            throw new InputException(file, $"table {L.MetadataTable}", "format_version", $"expected {L.FormatVersion} or older; this plan was written by a newer CctvPlanner ({version})");
        }

        var epsg = CheckEpsg(row.Int("epsg") ?? throw row.Bad("epsg", "expected an EPSG code"), $"table {L.MetadataTable}", "epsg");
        var metadata = new PlanMetadata
        {
            Name = row.Text("name") ?? Path.GetFileNameWithoutExtension(file),
            Municipality = row.Text("municipality"),
            Author = row.Text("author"),
            CreatedAt = row.Timestamp("created_at"),
            Synthetic = row.Bool("synthetic") ?? false,
            Source = row.Text("source"),
            CameraInputEpsg = row.Int("camera_input_epsg"),
        };
        return (metadata, epsg);
    }

    private int CheckEpsg(int epsg, string location, string field)
    {
        if (!CrsRegistry.TryDescribe(epsg, out var info))
        {
            throw new InputException(file, location, field, $"expected a supported CRS (EPSG:25832, 25833, 3857, UTM 326xx/327xx), got {epsg}");
        }

        return info.IsGeographic
            ? throw new InputException(file, location, field, $"expected a projected CRS in metres, got EPSG:{epsg} (lon/lat)")
            : epsg;
    }

    private List<T> ReadLayer<T>(Dictionary<string, int> layerSrs, string table, Func<GeoPackageRow, T> map)
    {
        if (IsView(table))
        {
            throw new InputException(file, $"layer {table}", null, "expected a feature table; this layer is a view, and views are not read");
        }

        if (!layerSrs.ContainsKey(table) || !TableExists(table))
        {
            warnings.Add($"{file}: no {table} layer; read as empty");
            return [];
        }

        using var cmd = Command();
        cmd.CommandText = $"SELECT * FROM \"{table}\" ORDER BY fid";
        using var reader = cmd.ExecuteReader();
        var row = new GeoPackageRow(file, table, reader);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<T>();
        while (row.Read())
        {
            watchdog.Touch();
            if (!seen.Add(row.Id!))
            {
                throw row.Bad("id", "expected a unique id; this id appears earlier in the layer");
            }

            try
            {
                items.Add(map(row));
            }
            catch (DomainRuleException ex)
            {
                throw row.Bad(ex.Field, ex.Message);
            }
        }

        return items;
    }

    private Camera ReadCamera(GeoPackageRow r)
    {
        var p = Geometry(r) as Point ?? throw r.Bad(L.GeometryColumn, "expected a Point");
        return CameraAttributeReader.Read(r, r.Id!, p.X, p.Y, catalogue: null);
    }

    private Zone ReadZone(GeoPackageRow r, GeometryFactory factory)
    {
        var kindText = r.Text("kind") ?? throw r.Bad("kind", $"expected one of {ZoneKinds.AllNames}");
        if (!ZoneKinds.TryParse(kindText, out var kind))
        {
            throw r.Bad("kind", $"expected one of {ZoneKinds.AllNames}, got \"{kindText}\"");
        }

        BusinessType? businessType = null;
        if (r.Text("business_type") is { } typeText)
        {
            businessType = BusinessTypes.TryParse(typeText, out var t)
                ? t
                : throw r.Bad("business_type", $"expected one of {BusinessTypes.AllNames}, got \"{typeText}\"");
        }

        return new Zone(r.Id!, kind, Polygonal(r, factory), r.Text("operator_id"), r.Text("name")) { BusinessType = businessType, Source = r.Text("source") };
    }

    /// <summary>A one-part MultiLineString reads as its LineString (the writer stores every LineString as one).</summary>
    private Street ReadStreet(GeoPackageRow r, GeometryFactory factory)
    {
        var g = Geometry(r);
        if (g is MultiLineString { NumGeometries: 1 } one)
        {
            g = factory.CreateGeometry(one.GetGeometryN(0));
        }

        if (g is not (LineString or MultiLineString))
        {
            throw r.Bad(L.GeometryColumn, $"expected a LineString or MultiLineString, got {g.GeometryType}");
        }

        return new Street(r.Id!, g, r.Text("name"), r.Text("highway")) { Source = r.Text("source") };
    }

    private Incident ReadIncident(GeoPackageRow r)
    {
        var p = Geometry(r) as Point ?? throw r.Bad(L.GeometryColumn, "expected a Point");
        var at = r.Timestamp("occurred_at") ?? throw r.Bad("occurred_at", "expected an ISO 8601 date-time");
        var offence = r.Text("offence") ?? throw r.Bad("offence", "expected a non-empty offence");
        var amount = r.Real("amount_dkk");
        return new Incident(r.Id!, p.X, p.Y, at, offence)
        {
            AmountDkk = amount is { } a ? PlausibleRanges.AmountDkk(a, "amount_dkk") : null,
            Reported = r.Bool("reported"),
        };
    }

    /// <summary>A one-part MultiPolygon reads as its Polygon (the writer stores every Polygon as one); invalid rings are repaired with a warning.</summary>
    private Geometry Polygonal(GeoPackageRow r, GeometryFactory factory)
    {
        var g = Geometry(r);
        if (g is not (Polygon or MultiPolygon))
        {
            throw r.Bad(L.GeometryColumn, $"expected a Polygon or MultiPolygon, got {g.GeometryType}");
        }

        if (g is MultiPolygon { NumGeometries: 1 } one)
        {
            g = factory.CreateGeometry(one.GetGeometryN(0));
        }

        if (!g.IsValid)
        {
            var fixedGeometry = GeometryFixer.Fix(g);
            if (fixedGeometry is not (Polygon or MultiPolygon) || fixedGeometry.IsEmpty)
            {
                throw r.Bad(L.GeometryColumn, "expected a valid polygon; this one cannot be repaired");
            }

            warnings.Add($"{file}: {r.Location}: {L.GeometryColumn}: invalid polygon (e.g. self-intersecting) repaired");
            g = fixedGeometry;
        }

        return g;
    }

    private Geometry Geometry(GeoPackageRow r)
    {
        var blob = r.Blob(L.GeometryColumn) ?? throw r.Bad(L.GeometryColumn, "expected a geometry, got none");
        Geometry g;
        try
        {
            g = geoReader.Read(blob);
        }
#pragma warning disable CA1031 // any decoding failure of a user's blob is bad input, reported as such
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // The decoder's own message can carry .NET internals; the type of failure is enough for the user.
            throw r.Bad(L.GeometryColumn, $"expected a GeoPackage binary geometry; this blob of {blob.Length} bytes cannot be decoded ({ex.GetType().Name})");
        }

        if (g.IsEmpty)
        {
            throw r.Bad(L.GeometryColumn, "expected a geometry, got an empty one");
        }

        if (g.Coordinates.Any(c => !double.IsFinite(c.X) || !double.IsFinite(c.Y)))
        {
            throw r.Bad(L.GeometryColumn, "expected finite coordinates");
        }

        const double Max = PlausibleRanges.MaxAbsCoordinateM;
        if (g.Coordinates.Any(c => Math.Abs(c.X) > Max || Math.Abs(c.Y) > Max))
        {
            throw r.Bad(L.GeometryColumn, $"expected coordinates within ±{Max} m of the CRS origin");
        }

        return g;
    }

    internal SqliteCommand Command()
    {
        watchdog.Touch();
        return db.CreateCommand();
    }

    private bool IsView(string name)
    {
        using var cmd = Command();
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = @n";
        cmd.Parameters.AddWithValue("@n", name);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    internal bool TableExists(string name)
    {
        using var cmd = Command();
        // Views are not read: a plan file's layers are plain tables, and a view can be made to run forever.
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @n";
        cmd.Parameters.AddWithValue("@n", name);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private T Scalar<T>(string sql)
    {
        using var cmd = Command();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), CultureInfo.InvariantCulture);
    }
}
