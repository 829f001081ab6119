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
        var e = latest?.Emerging;
        CellSquare.WriteCollection(w, latest?.Generation ?? 0, e?.Grid, query.Extent, k => e!.Patterns[k] != EmergingPattern.None, (p, k) =>
        {
            p.WriteString("pattern", e!.Patterns[k].ToName());
            p.WriteNumber("trend_z", Math.Round(e.Trends[k].Z, 3));
            p.WriteNumber("count", e.SliceCounts.Sum(s => s[k]));
        });
    }
}
