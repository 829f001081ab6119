using System.CommandLine;

namespace Planner.Desktop.Cli;

/// <summary>The options of the app (no verb, and <c>open</c>): <c>--port</c> and <c>--no-browser</c>.</summary>
internal static class AppOptions
{
    public static Option<int> Port() => new("--port")
    {
        Description = "Port on 127.0.0.1 to serve the app on (default: a free port)",
        DefaultValueFactory = _ => 0,
    };

    public static Option<bool> NoBrowser() => new("--no-browser")
    {
        Description = "Do not open a window; only print the address",
    };
}
