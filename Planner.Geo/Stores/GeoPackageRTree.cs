using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Planner.Geo.Stores;

/// <summary>
/// The GeoPackage R-tree spatial index extension (<c>gpkg_rtree_index</c>, GeoPackage 1.3 § F.3) on a feature layer: the
/// virtual table <c>rtree_&lt;table&gt;_geom</c> and the spec's six triggers that keep it in step with edits, so QGIS and
/// GDAL filter large layers (100,000 buildings) by extent without a full scan. The triggers call the spec's SQL functions
/// <c>ST_IsEmpty</c>, <c>ST_MinX</c>, … which GDAL and QGIS provide; <see cref="RegisterFunctions"/> provides them on our
/// own connections (and for anyone editing a plan through <c>Microsoft.Data.Sqlite</c>). R-tree bounds are 32-bit floats
/// rounded outwards by SQLite (never smaller than the geometry).
/// </summary>
internal static class GeoPackageRTree
{
    public const string ExtensionName = "gpkg_rtree_index";

    public const string ExtensionsTable = """
        CREATE TABLE gpkg_extensions (
          table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL, scope TEXT NOT NULL,
          CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        """;

    /// <summary>Defines ST_IsEmpty, ST_MinX, ST_MaxX, ST_MinY and ST_MaxY over GeoPackage geometry blobs on <paramref name="db"/>.</summary>
    public static void RegisterFunctions(SqliteConnection db)
    {
        var reader = new GeoPackageGeoReader { HandleOrdinates = Ordinates.XY };
        Envelope? Env(byte[]? blob)
        {
            try
            {
                return blob is null ? null : reader.Read(blob) is { IsEmpty: false } g ? g.EnvelopeInternal : null;
            }
#pragma warning disable CA1031 // an unreadable blob is left out of the index (as empty); the plan reader reports it
            catch (Exception)
#pragma warning restore CA1031
            {
                return null;
            }
        }

        db.CreateFunction("ST_IsEmpty", (byte[]? b) => Env(b) is null ? 1 : 0, isDeterministic: true);
        db.CreateFunction("ST_MinX", (byte[]? b) => Env(b)?.MinX, isDeterministic: true);
        db.CreateFunction("ST_MaxX", (byte[]? b) => Env(b)?.MaxX, isDeterministic: true);
        db.CreateFunction("ST_MinY", (byte[]? b) => Env(b)?.MinY, isDeterministic: true);
        db.CreateFunction("ST_MaxY", (byte[]? b) => Env(b)?.MaxY, isDeterministic: true);
    }

    /// <summary>The SQL that creates the (empty) index of <paramref name="table"/>'s column <paramref name="column"/> and registers the extension.</summary>
    public static string CreateIndex(string table, string column) => $"""
        CREATE VIRTUAL TABLE "rtree_{table}_{column}" USING rtree(id, minx, maxx, miny, maxy);
        INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
          VALUES ('{table}', '{column}', '{ExtensionName}', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
        """;

    /// <summary>
    /// Fills the (empty) index of a layer whose row i has fid i + 1 and envelope <paramref name="bounds"/>[i] (null:
    /// empty geometry, not indexed), in one pass after the rows are in. Rows go in file order: on 101,655 Copenhagen
    /// buildings a Hilbert-curve order was measured slower (0.74 s against 0.46–0.57 s CPU, bench gpkg-write).
    /// </summary>
    public static void Fill(SqliteConnection db, string table, string column, IReadOnlyList<Envelope?> bounds)
    {
        using var insert = new SqliteBulkInsert(db, $"INSERT INTO \"rtree_{table}_{column}\" (id, minx, maxx, miny, maxy) VALUES (?, ?, ?, ?, ?)");
        for (var i = 0; i < bounds.Count; i++)
        {
            if (bounds[i] is { } e)
            {
                insert.Bind(1, (long)i + 1);
                insert.Bind(2, e.MinX);
                insert.Bind(3, e.MaxX);
                insert.Bind(4, e.MinY);
                insert.Bind(5, e.MaxY);
                insert.Run();
            }
        }
    }

    /// <summary>
    /// The spec's six triggers (key fid) that keep the index in step with later edits. Created after the writer has filled
    /// the index in one pass from the envelopes it already has (no blob is parsed twice, no trigger runs per row).
    /// </summary>
    public static string CreateTriggers(string table, string column)
    {
        var t = table;
        var c = column;
        var r = $"rtree_{t}_{c}";
        const string i = "fid";
        var values = $"NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})";
        return $"""
            CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN (new.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES ({values}); END;
            CREATE TRIGGER "{r}_update1" AFTER UPDATE OF {c} ON "{t}" WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO "{r}" VALUES ({values}); END;
            CREATE TRIGGER "{r}_update2" AFTER UPDATE OF {c} ON "{t}" WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{r}" WHERE id = OLD.{i}; END;
            CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}" WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{r}" WHERE id = OLD.{i}; INSERT OR REPLACE INTO "{r}" VALUES ({values}); END;
            CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}" WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{r}" WHERE id IN (OLD.{i}, NEW.{i}); END;
            CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN old.{c} NOT NULL
            BEGIN DELETE FROM "{r}" WHERE id = OLD.{i}; END;
            """;
    }
}
