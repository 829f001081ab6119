namespace Planner.Desktop.App;

/// <summary><c>GET /api/hotspots?bbox=minx,miny,maxx,maxy&amp;res=R</c>: the latest hot and cold cells inside the view, as GeoJSON.</summary>
internal static class AnalystEndpoint
{
    public static Task WriteCellsAsync(string? bbox, string? res, AnalystService analyst, HttpContext http) =>
        GeoJsonResponse.WriteAsync(bbox, res, http, analyst.WriteCells);
}
