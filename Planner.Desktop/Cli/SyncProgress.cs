namespace Planner.Desktop.Cli;

/// <summary>An <see cref="IProgress{T}"/> that reports on the reporting thread (no synchronisation context on the command line).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
