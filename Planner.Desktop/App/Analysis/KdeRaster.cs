using Planner.Geo.Hotspots;
using SkiaSharp;

namespace Planner.Desktop.App.Analysis;

/// <summary>
/// The quartic KDE of a hotspot grid as a PNG: one pixel per grid cell (top row = northmost row of the grid), coloured
/// on a sequential yellow–green ramp scaled from 0 to the grid's largest density (incidents per km²); cells with
/// density 0 are transparent. The image covers <see cref="Extent"/> exactly, so a pixel is a contract cell.
/// </summary>
internal static class KdeRaster
{
    /// <summary>Ramp stops from the lowest non-zero density to the largest (ColorBrewer YlGn, 5 classes).</summary>
    public static IReadOnlyList<string> Ramp { get; } = ["#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837"];

    private const byte Alpha = 210;

    /// <summary>The grid's outer extent (minx, miny, maxx, maxy), plan CRS metres.</summary>
    public static double[] Extent(HotspotGrid g) =>
        [g.MinCol * g.CellSize, g.MinRow * g.CellSize, (g.MinCol + g.Cols) * g.CellSize, (g.MinRow + g.Rows) * g.CellSize];

    public static double Max(HotspotResult h) => h.Density.Length == 0 ? 0 : h.Density.Max();

    public static byte[] Png(HotspotResult h)
    {
        ArgumentNullException.ThrowIfNull(h);
        var g = h.Grid;
        var max = Max(h);
        var stops = Ramp.Select(SKColor.Parse).ToArray();
        using var bitmap = new SKBitmap(new SKImageInfo(g.Cols, g.Rows, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        var pixels = new uint[g.Cols * g.Rows];
        for (var r = 0; r < g.Rows; r++)
        {
            var top = (g.Rows - 1 - r) * g.Cols;
            for (var c = 0; c < g.Cols; c++)
            {
                var d = h.Density[(r * g.Cols) + c];
                pixels[top + c] = d > 0 && max > 0 ? Rgba(Colour(stops, d / max)) : 0u;
            }
        }

        System.Runtime.InteropServices.MemoryMarshal.AsBytes(pixels.AsSpan()).CopyTo(bitmap.GetPixelSpan());
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Linear interpolation along the ramp at <paramref name="t"/> ∈ [0, 1].</summary>
    private static SKColor Colour(SKColor[] stops, double t)
    {
        var x = Math.Clamp(t, 0, 1) * (stops.Length - 1);
        var i = Math.Min((int)x, stops.Length - 2);
        var f = x - i;
        byte Mix(byte a, byte b) => (byte)Math.Round(a + ((b - a) * f));
        return new SKColor(Mix(stops[i].Red, stops[i + 1].Red), Mix(stops[i].Green, stops[i + 1].Green), Mix(stops[i].Blue, stops[i + 1].Blue), Alpha);
    }

    // Rgba8888 in memory is R, G, B, A; on little-endian that is A<<24 | B<<16 | G<<8 | R.
    private static uint Rgba(SKColor c) => ((uint)c.Alpha << 24) | ((uint)c.Blue << 16) | ((uint)c.Green << 8) | c.Red;
}
