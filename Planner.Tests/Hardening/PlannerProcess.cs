using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Planner.Tests.Hardening;

/// <summary>Starts the built <c>planner</c> as a real process (signals, kills and native crashes cannot be tested in-process).</summary>
internal static class PlannerProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "planner.dll");

    public static Process Start(string workingDirectory, params string[] args)
    {
        // The test host's own dotnet executable: a "dotnet" found on PATH may be a wrapper script whose child would get the signal's pid wrong.
        var host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start planner");
    }

    /// <summary>Runs to the end (at most <paramref name="timeout"/>) and returns exit code and both streams.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var p = Start(workingDirectory, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"planner {string.Join(' ', args)} did not finish within {timeout}");
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Sends signal <paramref name="signal"/> (SIGINT, SIGTERM, SIGKILL) to <paramref name="pid"/> with kill(2); returns a note for failure messages.</summary>
    public static string Signal(int pid, string signal)
    {
        var number = signal switch
        {
            "SIGINT" => 2,
            "SIGKILL" => 9,
            "SIGTERM" => 15,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "SIGINT, SIGTERM or SIGKILL"),
        };
        var result = Kill(pid, number);
        return $"kill({pid}, {number}) = {result}, errno {Marshal.GetLastPInvokeError()}";
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the test project for one int call
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
#pragma warning restore SYSLIB1054
}
