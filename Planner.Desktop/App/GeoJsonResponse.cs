using System.Text.Json;
using Planner.Geo;

namespace Planner.Desktop.App;

/// <summary>
/// The map's feature endpoints answer alike: parse <c>bbox</c>/<c>res</c> (400 with the rule when they are bad), then
/// GeoJSON that is never cached.
/// </summary>
internal static class GeoJsonResponse
{
    public static async Task WriteAsync(string? bbox, string? res, HttpContext http, Action<Utf8JsonWriter, MapQuery> write)
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
            write(w, query);
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
