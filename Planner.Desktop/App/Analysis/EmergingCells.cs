using System.Text.Json;
using Planner.Geo.Hotspots;

namespace Planner.Desktop.App.Analysis;

/// <summary>
/// The emerging hot/cold spot cells of the latest answer inside a map extent, as GeoJSON squares (plan CRS, metres) with
/// properties <c>pattern</c> (e.g. new_hot), <c>trend_z</c> (Mann–Kendall z of the cell's counts over the slices) and
/// <c>count</c>; cells without a pattern are left out.
/// </summary>
internal static class EmergingCells
{
    public static void Write(Utf8JsonWriter w, AnalystResult? latest, MapQuery query)
    {
        ArgumentNullException.ThrowIfNull(w);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteNumber("generation", latest?.Generation ?? 0);
        w.WriteStartArray("features");
        if (latest?.Emerging is { } e)
        {
            var g = e.Grid;
            var size = g.CellSize;
            var c0 = Math.Max(0, g.ColOf(query.Extent.MinX));
            var c1 = Math.Min(g.Cols - 1, g.ColOf(query.Extent.MaxX));
            var r0 = Math.Max(0, g.RowOf(query.Extent.MinY));
            var r1 = Math.Min(g.Rows - 1, g.RowOf(query.Extent.MaxY));
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    var k = (int)((r * g.Cols) + c);
                    if (e.Patterns[k] == EmergingPattern.None)
                    {
                        continue;
                    }

                    CellSquare.Write(w, k, (g.MinCol + c) * size, (g.MinRow + r) * size, size, p =>
                    {
                        p.WriteString("pattern", e.Patterns[k].ToName());
                        p.WriteNumber("trend_z", Math.Round(e.Trends[k].Z, 3));
                        p.WriteNumber("count", e.SliceCounts.Sum(s => s[k]));
                    });
                }
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
