using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace Planner.Geo.Formats;

/// <summary>
/// Writes a file so that a reader never sees it half-written: the content goes to a temporary file
/// <c>.NAME.&lt;guid&gt;.tmp</c> in the same folder, which then replaces the target in one rename. On failure or
/// cancellation the temporary file (and a GeoPackage's <c>-journal</c>) is deleted and an existing target is left as
/// it was; <see cref="AbandonAll"/> does the same for every write in flight when the process is told to stop.
/// Temporary files of this naming that a killed process left behind are removed by the next write into the folder;
/// one still being written is recognised by its lock (every temporary file is held open with a shared lock while it
/// is written) and left alone.
/// </summary>
public static partial class AtomicFile
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> InFlight = new(StringComparer.Ordinal);
    private static readonly string[] SqliteSuffixes = ["-journal", "-wal", "-shm"];
    private static bool abandoned;

    [GeneratedRegex(@"^\.(?<name>.+)\.[0-9a-f]{32}\.tmp(?<suffix>-journal|-wal|-shm)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TempName();

    /// <summary>Writes <paramref name="path"/> from <paramref name="write"/>; a full disk or a folder without write permission is one <see cref="InputException"/>.</summary>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        Commit(path, (_, holder) =>
        {
            // Native writers (SkiaSharp's PDF and image encoders) call back into the stream; an exception thrown across
            // that boundary aborts the process. The latch keeps the first failure and rethrows it here instead.
            using var latch = new FailureLatchStream(holder);
            write(latch);
            latch.Flush();
            latch.ThrowIfFailed();
            holder.Flush(flushToDisk: true);
        }, cancellationToken);
    }

    public static void WriteText(string path, string text) =>
        Write(path, s =>
        {
            using var w = new StreamWriter(s, new System.Text.UTF8Encoding(false), leaveOpen: true);
            w.Write(text);
        });

    /// <summary>Lets <paramref name="produce"/> create a file at a temporary path (e.g. a GeoPackage), then moves it into place.</summary>
    public static void WriteVia(string path, Action<string> produce, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(produce);
        Commit(path, (temp, _) => produce(temp), cancellationToken);
    }

    /// <summary>
    /// Deletes the temporary files of every write in flight and makes those writes (and any later one) fail instead of
    /// replacing their targets. For signal handlers (Ctrl+C, SIGTERM) just before the process exits. Returns how many
    /// writes were in flight; with none, nothing changes.
    /// </summary>
    public static int AbandonAll()
    {
        lock (Gate)
        {
            var count = InFlight.Count;
            if (count == 0)
            {
                return 0;
            }

            abandoned = true;
            foreach (var temp in InFlight)
            {
                DeleteWithCompanions(temp);
            }

            InFlight.Clear();
            return count;
        }
    }

    /// <summary>
    /// Removes temporary files of our naming for <paramref name="path"/> that no running write holds (left by a killed
    /// process), with their SQLite companions. Returns how many files were removed.
    /// </summary>
    public static int RemoveStale(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        if (!Directory.Exists(dir))
        {
            return 0;
        }

        var removed = 0;
        string[] candidates;
        try
        {
            candidates = Directory.GetFiles(dir, "." + name + ".*.tmp*");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }

        foreach (var file in candidates.Order(StringComparer.Ordinal))
        {
            var m = TempName().Match(Path.GetFileName(file));
            if (!m.Success || m.Groups["name"].Value != name)
            {
                continue;
            }

            var isCompanion = m.Groups["suffix"].Success;
            var baseTemp = isCompanion ? file[..^m.Groups["suffix"].Length] : file;
            if (isCompanion ? File.Exists(baseTemp) : IsHeld(file))
            {
                continue;
            }

            removed += TryDelete(file) ? 1 : 0;
        }

        return removed;
    }

    private static void Commit(string path, Action<string, FileStream> produce, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InputException("", null, null, "expected an output file name, got an empty one");
        }

        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(dir))
        {
            throw Fail.Input(path, null, null, $"the folder {dir} does not exist");
        }

        if (Directory.Exists(full))
        {
            throw Fail.Input(path, null, null, "is a folder; expected a file name to write");
        }

        RemoveStale(full);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        FileStream? holder = null;
        try
        {
            lock (Gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ThrowIfAbandoned();
                // Unbuffered (bufferSize 0): a full disk must surface in a write, never later in Dispose.
                holder = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
                InFlight.Add(temp);
            }

            produce(temp, holder);
            lock (Gate)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ThrowIfAbandoned();
                File.Move(temp, full, overwrite: true);
                InFlight.Remove(temp);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || ex is SqliteException { SqliteErrorCode: 8 or 10 or 13 or 14 })
        {
            throw Fail.Input(path, null, null, "could not be written: " + Reason(ex));
        }
        finally
        {
            try
            {
                holder?.Dispose();
            }
            catch (IOException)
            {
                // Already reported (or superseded) by the failure that got us here; the file is deleted next.
            }

            lock (Gate)
            {
                if (InFlight.Remove(temp))
                {
                    DeleteWithCompanions(temp);
                }
            }
        }
    }

    private static void ThrowIfAbandoned()
    {
        if (abandoned)
        {
            throw new OperationCanceledException("the process is stopping; the write was abandoned");
        }
    }

    /// <summary>The operating system's reason without the temporary path it names (the user knows only the target).</summary>
    private static string Reason(Exception ex)
    {
        if (ex is SqliteException se)
        {
            return se.SqliteErrorCode == 13 ? "the disk is full" : "the file system refused the write (SQLite error " + se.SqliteErrorCode.ToString(CultureInfo.InvariantCulture) + ")";
        }

        if (ex is UnauthorizedAccessException)
        {
            return "permission denied (the folder is not writable)";
        }

        var message = ex.Message;
        var cut = message.IndexOf(" : '", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        return message.Contains("No space left", StringComparison.OrdinalIgnoreCase) || message.Contains("disk full", StringComparison.OrdinalIgnoreCase)
            ? "the disk is full (no space left on device)"
            : message.TrimEnd('.');
    }

    private static bool IsHeld(string file)
    {
        try
        {
            // An exclusive lock fails while a running write holds its shared one.
            using var probe = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.None);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    private static void DeleteWithCompanions(string temp)
    {
        TryDelete(temp);
        foreach (var suffix in SqliteSuffixes)
        {
            TryDelete(temp + suffix);
        }
    }

    private static bool TryDelete(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                return false;
            }

            File.Delete(file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
