using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Planner.Geo.Stores;

/// <summary>
/// Interrupts a SQLite statement that makes no progress: a hostile file can hang a reader with a recursive view or a
/// trigger-free but endless query. SQLite calls the progress handler every 10,000 virtual-machine steps; the handler
/// interrupts once <see cref="Stall"/> has passed since the last <see cref="Touch"/> (a new statement or a row read), so
/// a large layer that keeps delivering rows is never cut, however long it takes. The statement then fails with
/// SQLITE_INTERRUPT (<see cref="InterruptCode"/>).
/// </summary>
internal sealed class SqliteWatchdog
{
    public const int InterruptCode = 9;

    private long deadline;

    public SqliteWatchdog(SqliteConnection db, TimeSpan stall)
    {
        ArgumentNullException.ThrowIfNull(db);
        Stall = stall;
        Touch();
        raw.sqlite3_progress_handler(db.Handle, 10_000, _ => Environment.TickCount64 > Volatile.Read(ref deadline) ? 1 : 0, null);
    }

    /// <summary>Longest time a statement may run without delivering a row (plan files: 3 s).</summary>
    public TimeSpan Stall { get; }

    public void Touch() => Volatile.Write(ref deadline, Environment.TickCount64 + (long)Stall.TotalMilliseconds);
}
