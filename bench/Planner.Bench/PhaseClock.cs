using System.Diagnostics;

namespace Planner.Bench;

/// <summary>
/// Times consecutive phases of a run in this process: wall clock and process CPU time (user + system) since the last
/// lap. The machine is shared, so CPU time is the steadier number.
/// </summary>
internal sealed class PhaseClock
{
    private readonly Process process = Process.GetCurrentProcess();
    private readonly Stopwatch wall = Stopwatch.StartNew();
    private TimeSpan cpu;

    public PhaseClock() => cpu = process.TotalProcessorTime;

    /// <summary>Seconds of CPU and of wall clock since the previous lap (or the start); starts the next phase.</summary>
    public (double CpuS, double WallS) Lap()
    {
        process.Refresh();
        var now = process.TotalProcessorTime;
        var lap = ((now - cpu).TotalSeconds, wall.Elapsed.TotalSeconds);
        cpu = now;
        wall.Restart();
        return lap;
    }
}
