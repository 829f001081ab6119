using System.Text.Json;
using Planner.Geo;

namespace Planner.Desktop.App;

/// <summary><c>GET /api/hotspots?bbox=minx,miny,maxx,maxy&amp;res=R</c>: the latest hot and cold cells inside the view, as GeoJSON.</summary>
internal static class AnalystEndpoint
{
    public static async Task WriteCellsAsync(string? bbox, string? res, AnalystService analyst, HttpContext http)
    {
        MapQuery query;
        try
        {
            query = MapQuery.Parse(bbox, res);
        }
        catch (DomainRuleException ex)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            await http.Response.WriteAsync(ex.Message, http.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "application/geo+json";
        http.Response.Headers.CacheControl = "no-store";
        using var buffer = new MemoryStream();
        await using (var w = new Utf8JsonWriter(buffer))
        {
            analyst.WriteCells(w, query);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
