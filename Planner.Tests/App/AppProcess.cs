using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Planner.Tests.Support;

namespace Planner.Tests.App;

/// <summary>
/// The real <c>planner</c> app (built beside this test project) started with <c>--no-browser --port N</c> on a free
/// port; ready when it prints its address. Stopped (killed, it holds nothing to save) when disposed.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, int port)
    {
        this.process = process;
        Port = port;
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>From starting the process to its printed address.</summary>
    public TimeSpan Startup { get; private set; }

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>The planner executable's folder: Planner.Desktop's build output of the same configuration.</summary>
    public static string ProgramFolder => AppContext.BaseDirectory.Replace(
        Path.Combine("Planner.Tests", "bin"), Path.Combine("Planner.Desktop", "bin"), StringComparison.Ordinal);

    public static async Task<AppProcess> StartAsync(params string[] args)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = TestPaths.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Each app gets its own per-user data folder, so the sample's autosave recovery file of one test (or of the
        // user's own sessions) is never offered to another.
        start.Environment["XDG_DATA_HOME"] = Directory.CreateTempSubdirectory("planner-appdata-").FullName;
        start.ArgumentList.Add(Path.Combine(ProgramFolder, "planner.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.ArgumentList.Add("--no-browser");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start planner");
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new AppProcess(process, port);
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (app.output)
            {
                app.output.AppendLine(e.Data);
            }

            if (e.Data.StartsWith("Listening on ", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        if (finished != ready.Task)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException("planner did not start: " + app.Output);
        }

        app.Startup = clock.Elapsed;
        return app;
    }

    /// <summary>Kills the app with SIGKILL (no shutdown code runs), as a crash or power cut would.</summary>
    public ValueTask KillAsync() => DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
