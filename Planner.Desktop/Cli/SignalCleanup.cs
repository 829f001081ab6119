using System.Runtime.InteropServices;
using Planner.Geo.Formats;

namespace Planner.Desktop.Cli;

/// <summary>
/// Ctrl+C, SIGTERM, SIGHUP and SIGQUIT during a write: the temporary file (and a GeoPackage's journal) is deleted, the
/// old output stays as it was, one line says so, and the process exits with 128 + the signal number. Without a write
/// in flight the signal keeps its default handling (and the app's own shutdown).
/// </summary>
internal sealed class SignalCleanup : IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = [];

    private SignalCleanup()
    {
        foreach (var (signal, number) in new[] { (PosixSignal.SIGINT, 2), (PosixSignal.SIGTERM, 15), (PosixSignal.SIGHUP, 1), (PosixSignal.SIGQUIT, 3) })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context => Handle(context, number)));
            }
            catch (PlatformNotSupportedException)
            {
                // Windows has no SIGHUP registration; the others are enough there.
            }
        }
    }

    public static SignalCleanup Register() => new();

    public void Dispose()
    {
        foreach (var r in registrations)
        {
            r.Dispose();
        }
    }

    private static void Handle(PosixSignalContext context, int number)
    {
        if (AtomicFile.AbandonAll() == 0)
        {
            return;
        }

        context.Cancel = true;
        Console.Error.WriteLine($"planner: stopped by {context.Signal}; the file being written was discarded and any old file left as it was");
        Environment.Exit(128 + number);
    }
}
