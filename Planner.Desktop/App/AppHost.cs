using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Planner.Desktop.Components;
using Planner.Geo;
using Planner.Geo.Model;

namespace Planner.Desktop.App;

/// <summary>
/// The app's web server: Blazor Server pages and the map's layer endpoints over one <see cref="PlanSession"/>, bound
/// to 127.0.0.1 only, with the Host/Origin check first in the pipeline and antiforgery on; no CORS, no external calls.
/// </summary>
internal static class AppHost
{
    /// <summary>
    /// Reads the plan (bad input throws before anything is served), then starts the server while the plan workspace
    /// computes every view and finding: the window opens meanwhile, and its first request waits for the workspace.
    /// The returned app is running at <see cref="Address"/>; <see cref="Session"/> completes when the workspace is open.
    /// </summary>
    public static async Task<WebApplication> StartAsync(AppLaunch launch, Plan? sample, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(launch);
        var loaded = await PlanSession.LoadAsync(sample, launch.PlanPath, cancellationToken).ConfigureAwait(false);
        var opening = loaded.OpenAsync(cancellationToken);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(AppHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, launch.Port));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new OpeningSession(opening));
        builder.Services.AddSingleton(sp => sp.GetRequiredService<OpeningSession>().Task.GetAwaiter().GetResult());
        builder.Services.AddSingleton<LayerFeatures>();
        builder.Services.AddSingleton<AnalystService>();
        Files.FilesFeature.AddServices(builder.Services);
        builder.Services.AddSingleton<Optimise.OptimiseService>();
        builder.Services.AddSingleton<Zones.ZonesService>();
        builder.Services.AddAntiforgery();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DetailedErrors = false);
        if (launch.OpenBrowser)
        {
            builder.Services.AddSingleton<Microsoft.AspNetCore.Components.Server.Circuits.CircuitHandler, LastWindowShutdown>();
        }

        var app = builder.Build();
        app.UseMiddleware<LoopbackOnly>();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapGet("/api/layers/{layer}", (string layer, string? bbox, string? res, LayerFeatures features, HttpContext http) =>
            WriteLayerAsync(layer, bbox, res, features, http));
        app.MapGet("/api/hotspots", (string? bbox, string? res, AnalystService analyst, HttpContext http) =>
            AnalystEndpoint.WriteCellsAsync(bbox, res, analyst, http));
        Files.FilesFeature.MapEndpoints(app);
        AnalystEndpoint.MapAnalysis(app);
        app.MapRazorComponents<AppShell>().AddInteractiveServerRenderMode();
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            if (opening.IsCompletedSuccessfully)
            {
                opening.Result.Dispose();
            }
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }

    /// <summary>The session of a started app, once its workspace is open.</summary>
    public static Task<PlanSession> Session(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.Services.GetRequiredService<OpeningSession>().Task;
    }

    /// <summary>The address the server listens on (http://127.0.0.1:PORT/).</summary>
    public static Uri Address(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private static async Task WriteLayerAsync(string layer, string? bbox, string? res, LayerFeatures features, HttpContext http)
    {
        if (!LayerFeatures.IsLayer(layer))
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync($"no layer \"{layer}\"", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        await GeoJsonResponse.WriteAsync(bbox, res, http, (w, query) => features.Write(w, layer, query)).ConfigureAwait(false);
    }
}
