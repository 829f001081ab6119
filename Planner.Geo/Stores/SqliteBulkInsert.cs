using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Planner.Geo.Stores;

/// <summary>
/// One prepared statement run once per row through SQLite's C API (SQLitePCL.raw) on an open
/// <see cref="SqliteConnection"/>, inside its transaction. Writing 100,000 features, the ADO.NET layer's per-execution
/// work (parameter lookup by name, a data reader per call) cost more than SQLite itself. Values bind by position
/// (1-based): null, string, double, int, long, bool (as 0/1) and byte[]. A failing step throws the
/// <see cref="SqliteException"/> ADO.NET would (so a full disk is reported the same way).
/// </summary>
internal sealed class SqliteBulkInsert : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public SqliteBulkInsert(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out statement), db);
    }

    public void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string s => raw.sqlite3_bind_text(statement, index, s),
            double d => raw.sqlite3_bind_double(statement, index, d),
            int i => raw.sqlite3_bind_int64(statement, index, i),
            long l => raw.sqlite3_bind_int64(statement, index, l),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            byte[] blob => raw.sqlite3_bind_blob(statement, index, blob),
            _ => throw new ArgumentException($"cannot store a {value.GetType().Name} in SQLite", nameof(value)),
        };
        SqliteException.ThrowExceptionForRC(rc, db);
    }

    /// <summary>Runs the statement with the values bound, then resets it for the next row (bindings are kept).</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    public void Dispose() => statement.Dispose();
}
