using System.Globalization;
using System.Text.Json;
using Planner.Desktop.App.Analysis;

namespace Planner.Desktop.App;

/// <summary>
/// The analyst's map endpoints over the latest answer of <see cref="AnalystService"/>: <c>GET /api/hotspots</c> (hot and
/// cold cells in view), <c>/api/analysis/kde.png</c> (the KDE raster, one pixel per cell), <c>/api/analysis/emerging</c>
/// (emerging-pattern cells in view), <c>/api/analysis/cell?x=&amp;y=</c> and <c>/api/analysis/incident?id=</c> (click details).
/// </summary>
internal static class AnalystEndpoint
{
    public static Task WriteCellsAsync(string? bbox, string? res, AnalystService analyst, HttpContext http) =>
        GeoJsonResponse.WriteAsync(bbox, res, http, analyst.WriteCells);

    /// <summary>Maps the KDE, emerging-pattern and click-detail endpoints.</summary>
    public static void MapAnalysis(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/api/analysis/kde.png", (AnalystService analyst, HttpContext http) => WriteKdeAsync(analyst, http));
        app.MapGet("/api/analysis/emerging", (string? bbox, string? res, AnalystService analyst, HttpContext http) =>
            GeoJsonResponse.WriteAsync(bbox, res, http, (w, q) => EmergingCells.Write(w, analyst.Latest, q)));
        app.MapGet("/api/analysis/cell", (string? x, string? y, AnalystService analyst, HttpContext http) => WriteCellAsync(x, y, analyst, http));
        app.MapGet("/api/analysis/incident", (string? id, AnalystService analyst, PlanSession session, HttpContext http) =>
            WriteIncidentAsync(id, analyst, session, http));
    }

    private static async Task WriteKdeAsync(AnalystService analyst, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (analyst.Latest?.Hotspots is not { } h)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            await http.Response.WriteAsync(analyst.Latest?.NotAssessed ?? "no hotspot grid computed yet", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        var png = await Task.Run(() => KdeRaster.Png(h), http.RequestAborted).ConfigureAwait(false);
        http.Response.ContentType = "image/png";
        await http.Response.Body.WriteAsync(png, http.RequestAborted).ConfigureAwait(false);
    }

    private static async Task WriteCellAsync(string? x, string? y, AnalystService analyst, HttpContext http)
    {
        if (!double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out var px) || !double.IsFinite(px)
            || !double.TryParse(y, NumberStyles.Float, CultureInfo.InvariantCulture, out var py) || !double.IsFinite(py))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync("x and y must be numbers (plan CRS, metres)", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(http, w =>
        {
            AnalystDetails.WriteCell(w, analyst.Latest, px, py);
            return true;
        }).ConfigureAwait(false);
    }

    private static async Task WriteIncidentAsync(string? id, AnalystService analyst, PlanSession session, HttpContext http)
    {
        var snapshot = session.Current;
        var incident = id is null ? null : analyst.FindIncident(id);
        await WriteJsonAsync(http, w => AnalystDetails.WriteIncident(
            w, incident, snapshot.Plan.Cameras, snapshot.ViewsInPlanOrder, Planner.Geo.Formats.CopenhagenTime.Today())).ConfigureAwait(false);
    }

    /// <summary>Writes the JSON <paramref name="write"/> makes; 404 when it returns false (nothing found).</summary>
    private static async Task WriteJsonAsync(HttpContext http, Func<Utf8JsonWriter, bool> write)
    {
        using var buffer = new MemoryStream();
        bool found;
        await using (var w = new Utf8JsonWriter(buffer))
        {
            found = write(w);
        }

        if (!found)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
