using System.Globalization;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// The plan file's table layout (format version <see cref="FormatVersion"/>): four feature layers whose columns are
/// the contract's snake_case property names, and the one-row attribute table <see cref="MetadataTable"/>.
/// </summary>
internal static class GeoPackageLayout
{
    /// <summary>Version of this layout, stored in <c>plan_metadata.format_version</c>; readers refuse newer ones.</summary>
    public const int FormatVersion = 1;

    /// <summary>'GPKG' as a big-endian 32-bit integer (GeoPackage 1.2+ application_id).</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage 1.3.0, the version GDAL and QGIS have read longest.</summary>
    public const int UserVersion = 10300;

    public const string GeometryColumn = "geom";
    public const string Cameras = "cameras";
    public const string Buildings = "buildings";
    public const string Zones = "zones";
    public const string Incidents = "incidents";
    public const string Streets = "streets";
    public const string MetadataTable = "plan_metadata";
    public const string OriginTable = "plan_origin";

    public const string CoreTables = """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL, m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        """;

    /// <summary>
    /// The cameras layer's columns, from the attribute table: heading_deg is NULL when the source gave no direction
    /// (Camera.HeadingKnown = false); vfov_deg NULL = from hfov and a 16:9 sensor. Attributes with a contract default
    /// are NOT NULL DEFAULT it, so a camera drawn in QGIS starts with them.
    /// </summary>
    public static string CamerasColumns { get; } = string.Join(", ", CameraAttributes.All.Select(ColumnDefinition));

    /// <summary>A camera value as stored in its column: dates as yyyy-MM-dd text, the rest as they are (<see cref="SqliteBulkInsert"/> binds bool as 0/1).</summary>
    public static object? CameraValue(CameraAttribute attribute, Camera camera) => attribute.Get(camera) switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var v => v,
    };

    private static string ColumnDefinition(CameraAttribute a)
    {
        var type = a.Type switch
        {
            AttributeType.Real => "REAL",
            AttributeType.Integer => "MEDIUMINT",
            AttributeType.Boolean => "BOOLEAN",
            AttributeType.Date => "DATE",
            _ => "TEXT",
        };
        var constraint = a.Required ? " NOT NULL UNIQUE"
            : a.Default is null ? ""
            : $" NOT NULL DEFAULT {a.Default switch { bool b => b ? "1" : "0", var v => Convert.ToString(v, CultureInfo.InvariantCulture) }}";
        return a.Name + " " + type + constraint;
    }

    public const string BuildingsColumns = "id TEXT NOT NULL UNIQUE, height_m REAL";

    public const string ZonesColumns = "id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, operator_id TEXT, name TEXT, business_type TEXT, source TEXT";

    public const string StreetsColumns = "id TEXT NOT NULL UNIQUE, name TEXT, highway TEXT, source TEXT";

    /// <summary>occurred_at is TEXT, not GeoPackage DATETIME, because it keeps the record's local offset (DATETIME is UTC only).</summary>
    public const string IncidentsColumns = "id TEXT NOT NULL UNIQUE, occurred_at TEXT NOT NULL, offence TEXT NOT NULL, amount_dkk REAL, reported BOOLEAN";

    public const string MetadataColumns = """
        name TEXT NOT NULL, municipality TEXT, author TEXT, created_at TEXT, synthetic BOOLEAN NOT NULL, source TEXT,
        epsg MEDIUMINT NOT NULL, format_version MEDIUMINT NOT NULL, camera_input_epsg MEDIUMINT
        """;
}
