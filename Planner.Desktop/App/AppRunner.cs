using Planner.Desktop.Cli;
using Planner.Geo.Sample;

namespace Planner.Desktop.App;

/// <summary>Runs the app from the command line until Ctrl+C (or the last window closes): prints the address, opens a window.</summary>
internal static class AppRunner
{
    public static int Run(AppLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var sample = launch.PlanPath is null ? SampleMunicipality.Build() : null;
        var app = AppHost.StartAsync(launch, sample, CancellationToken.None).GetAwaiter().GetResult();
        var session = app.Services.GetRequiredService<PlanSession>();
        var address = AppHost.Address(app);
        Console.WriteLine("CctvPlanner — " + AppVerb.OneLine(session.Current.Plan));
        foreach (var warning in session.Warnings)
        {
            Console.WriteLine("warning: " + warning);
        }

        Console.WriteLine($"Listening on {address} (this computer only). Press Ctrl+C to stop.");
        if (launch.OpenBrowser)
        {
            BrowserLauncher.Open(address);
        }

        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        if (session.Unsaved)
        {
            Console.WriteLine("planner: stopped with edits that were not saved (use Save before stopping to keep them)");
        }

        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return CliRunner.Ok;
    }
}
