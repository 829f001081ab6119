using Planner.Geo;

namespace Planner.Desktop.App;

/// <summary>How the app starts: the plan file (null = the bundled sample), the port (0 = a free one) and whether to open a window.</summary>
internal sealed record AppLaunch
{
    public AppLaunch(string? planPath, int port, bool openBrowser)
    {
        Guard.That(port is >= 0 and <= 65535, "port", "port must be in [0, 65535] (0 = a free port)");
        PlanPath = planPath;
        Port = port;
        OpenBrowser = openBrowser;
    }

    public string? PlanPath { get; }

    public int Port { get; }

    public bool OpenBrowser { get; }
}
