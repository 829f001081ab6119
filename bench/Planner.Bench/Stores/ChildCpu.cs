using System.Diagnostics;
using System.Globalization;

namespace Planner.Bench.Stores;

/// <summary>
/// Runs a program to the end and returns the CPU time (user + system) it used, from the reaped-children times of
/// <c>/proc/self/stat</c> before and after (Linux; the machine is shared, so CPU time is the number that means something, not wall clock).
/// </summary>
internal static class ChildCpu
{
    public static (TimeSpan Cpu, TimeSpan Wall) Run(string program, params string[] args)
    {
        var before = Children();
        var wall = Stopwatch.StartNew();
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        wall.Stop();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited {p.ExitCode}: {stderr.Result}{stdout.Result}");
        }

        return (Children() - before, wall.Elapsed);
    }

    /// <summary>cutime + cstime of this process (reaped children): fields 16 and 17 of /proc/self/stat, in clock ticks of 1/100 s.</summary>
    private static TimeSpan Children()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        // The command name (field 2) is in parentheses and may hold spaces; count fields after its closing one.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        const int FirstAfterName = 3;
        var ticks = long.Parse(fields[16 - FirstAfterName], CultureInfo.InvariantCulture) + long.Parse(fields[17 - FirstAfterName], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }
}
