using System.Diagnostics;

namespace Planner.Desktop.App;

/// <summary>Opens the app's address as an app window: <c>chromium --app=URL</c> where Chromium is installed, else the default browser.</summary>
internal static class BrowserLauncher
{
    private static readonly string[] Chromiums = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>Starts the window; returns false (and says why on stderr) when nothing could be started.</summary>
    public static bool Open(Uri address)
    {
        var url = address.ToString();
        var chromium = Chromiums.Select(Which).FirstOrDefault(p => p is not null);
        var start = chromium is not null
            ? new ProcessStartInfo(chromium) { ArgumentList = { "--app=" + url, "--no-first-run", "--disable-background-networking" } }
            : Which("xdg-open") is { } xdg ? new ProcessStartInfo(xdg) { ArgumentList = { url } } : null;
        if (start is null)
        {
            Console.Error.WriteLine($"planner: no browser found (chromium or xdg-open); open {url} yourself");
            return false;
        }

        start.UseShellExecute = false;
        start.RedirectStandardError = true;
        start.RedirectStandardOutput = true;
        try
        {
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Console.Error.WriteLine($"planner: could not start {start.FileName} ({ex.Message}); open {url} yourself");
            return false;
        }
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
