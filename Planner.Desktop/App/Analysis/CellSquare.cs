using System.Text.Json;

namespace Planner.Desktop.App.Analysis;

/// <summary>One grid cell as a GeoJSON Feature: a square from (x0, y0) with edge <c>size</c> (plan CRS, metres, 2 decimals).</summary>
internal static class CellSquare
{
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
