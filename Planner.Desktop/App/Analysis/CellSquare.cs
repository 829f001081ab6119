using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Hotspots;

namespace Planner.Desktop.App.Analysis;

/// <summary>One grid cell as a GeoJSON Feature: a square from (x0, y0) with edge <c>size</c> (plan CRS, metres, 2 decimals).</summary>
internal static class CellSquare
{
    /// <summary>
    /// The cells of <paramref name="grid"/> whose squares meet <paramref name="extent"/> (plan CRS, metres) and that
    /// <paramref name="include"/> keeps (by cell index), as a GeoJSON FeatureCollection of squares stamped with the
    /// answer's <paramref name="generation"/>; no grid yet gives an empty collection. Only the cells in view are visited.
    /// </summary>
    public static void WriteCollection(Utf8JsonWriter w, int generation, HotspotGrid? grid, Envelope extent, Func<int, bool> include,
        Action<Utf8JsonWriter, int> properties)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(extent);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteNumber("generation", generation);
        w.WriteStartArray("features");
        if (grid is { } g)
        {
            var size = g.CellSize;
            var c0 = Math.Max(0, g.ColOf(extent.MinX));
            var c1 = Math.Min(g.Cols - 1, g.ColOf(extent.MaxX));
            var r0 = Math.Max(0, g.RowOf(extent.MinY));
            var r1 = Math.Min(g.Rows - 1, g.RowOf(extent.MaxY));
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    var k = (int)((r * g.Cols) + c);
                    if (include(k))
                    {
                        Write(w, k, (g.MinCol + c) * size, (g.MinRow + r) * size, size, p => properties(p, k));
                    }
                }
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter w, int id, double x0, double y0, double size, Action<Utf8JsonWriter> properties)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteNumber("id", id);
        w.WriteStartObject("geometry");
        w.WriteString("type", "Polygon");
        w.WriteStartArray("coordinates");
        w.WriteStartArray();
        foreach (var (x, y) in new[] { (x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0) })
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(x, 2));
            w.WriteNumberValue(Math.Round(y, 2));
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("properties");
        properties(w);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
