using Microsoft.Data.Sqlite;
using Planner.Geo.Stores;

namespace Planner.Tests.Stores;

/// <summary>Opens a written plan file with plain SQLite, as QGIS or GDAL would, for tests that look inside it.</summary>
internal static class GeoPackageDb
{
    public static SqliteConnection Open(string file, SqliteOpenMode mode = SqliteOpenMode.ReadOnly)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        db.Open();
        GeoPackageRTree.RegisterFunctions(db); // the R-tree triggers call ST_IsEmpty, ST_MinX, … on every edit (as in GDAL's files)
        return db;
    }

    public static object? Scalar(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public static void Exec(SqliteConnection db, string sql)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
