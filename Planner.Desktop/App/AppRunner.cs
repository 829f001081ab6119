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
        WebApplication app;
        try
        {
            app = AppHost.StartAsync(launch, sample, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (IOException ex) when (launch.Port != 0)
        {
            Console.Error.WriteLine($"planner: cannot listen on 127.0.0.1:{launch.Port} ({ex.Message}); choose another --port or leave it out for a free one");
            return CliRunner.BadInput;
        }

        var address = AppHost.Address(app);
        Console.WriteLine($"Listening on {address} (this computer only). Press Ctrl+C to stop.");
        if (launch.OpenBrowser)
        {
            BrowserLauncher.Open(address);
        }

        var session = AppHost.Session(app).GetAwaiter().GetResult();
        Console.WriteLine("CctvPlanner — " + AppVerb.OneLine(session.Current.Plan));
        foreach (var warning in session.Warnings)
        {
            Console.WriteLine("warning: " + warning);
        }

        var autosave = app.Services.GetRequiredService<Files.Autosave>();
        autosave.Start();
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        var recovery = autosave.StopAsync().GetAwaiter().GetResult();
        if (session.Unsaved)
        {
            Console.WriteLine("planner: stopped with edits that were not saved (use Save before stopping to keep them)"
                + (recovery is null ? "" : $"; they are kept in {recovery} and offered at the next start"));
        }

        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return CliRunner.Ok;
    }
}
