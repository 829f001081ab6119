using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Planner.Desktop.App;

/// <summary>
/// Stops the app when its last window has been closed for <see cref="Grace"/> (a reload closes and reopens a window
/// within it). Used only when the app opened its own window; with --no-browser the server runs until Ctrl+C.
/// </summary>
internal sealed class LastWindowShutdown : CircuitHandler
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly IHostApplicationLifetime lifetime;
    private int open;
    private long generation;

    public LastWindowShutdown(IHostApplicationLifetime lifetime) => this.lifetime = lifetime;

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open);
        Interlocked.Increment(ref generation);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref open) == 0)
        {
            var seen = Interlocked.Read(ref generation);
            _ = Task.Delay(Grace, CancellationToken.None).ContinueWith(
                _ =>
                {
                    if (Volatile.Read(ref open) == 0 && Interlocked.Read(ref generation) == seen)
                    {
                        Console.WriteLine("planner: the last window was closed; stopping.");
                        lifetime.StopApplication();
                    }
                },
                TaskScheduler.Default);
        }

        return Task.CompletedTask;
    }
}
