using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Maps;

/// <summary>One legend line: its text and how to draw its symbol into a 10 × 6 pt box.</summary>
public sealed record LegendEntry(string Text, Action<SKCanvas, SKRect> Symbol);

/// <summary>
/// The legend of a scene: one entry per layer the scene actually draws (an empty layer is not listed), per Gi* class
/// in words, and a ramp for the density shading. Drawn as a box (over or beside the map) or as a band below it.
/// </summary>
public static class MapLegend
{
    private const float Row = 9f;
    private static readonly TextStyle Style = new(6f, false, SKColors.Black);

    public static IReadOnlyList<LegendEntry> Entries(MapScene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var l = scene.Labels;
        var entries = new List<LegendEntry>();
        void Swatch(string text, SKColor fill, SKColor stroke) => entries.Add(new LegendEntry(text, (c, r) =>
        {
            using var f = new SKPaint { Color = fill, Style = SKPaintStyle.Fill };
            using var s = new SKPaint { Color = stroke, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
            c.DrawRect(r, f);
            c.DrawRect(r, s);
        }));

        if (scene.Buildings.Count > 0)
        {
            Swatch(l.Buildings, MapStyle.BuildingFill, MapStyle.BuildingStroke);
        }

        foreach (var kind in scene.Zones.Select(z => z.Kind).Distinct().Order())
        {
            var c = MapStyle.Zone(kind);
            var name = kind switch
            {
                ZoneKind.UtrygArea => l.UtrygArea,
                ZoneKind.Dwelling => l.Dwelling,
                ZoneKind.PublicArea => l.PublicArea,
                _ => null,
            };
            if (name is not null)
            {
                Swatch(name, c.WithAlpha(0x40), c);
            }
        }

        if (scene.Zones.Any(z => z.Kind is not (ZoneKind.UtrygArea or ZoneKind.Dwelling or ZoneKind.PublicArea)))
        {
            Swatch(l.OtherZone, MapStyle.Zone(ZoneKind.School).WithAlpha(0x40), MapStyle.Zone(ZoneKind.School));
        }

        if (scene.Views.Count > 0)
        {
            foreach (var level in DoriLevels.All)
            {
                Swatch(l.Level(level), MapStyle.Level(level).WithAlpha(0x90), MapStyle.Level(level));
            }
        }

        if (scene.ViewOutlines.Count > 0)
        {
            Swatch(l.ViewOutline, SKColors.Transparent, MapStyle.ViewOutline);
        }

        if (scene.HotspotCells.Count > 0)
        {
            foreach (var cls in new[] { "hot99", "hot95", "hot90", "cold90", "cold95", "cold99" })
            {
                Swatch(l.GiClass(cls), MapStyle.Hotspot(cls).WithAlpha(0xC0), MapStyle.Hotspot(cls));
            }

            var max = scene.HotspotCells.Max(c => c.Density);
            entries.Add(new LegendEntry(string.Format(System.Globalization.CultureInfo.InvariantCulture, l.Density, l.Number(max)), (c, r) =>
            {
                const int steps = 5;
                for (var i = 0; i < steps; i++)
                {
                    using var p = new SKPaint { Color = MapStyle.Density.WithAlpha(MapRenderer.DensityAlpha((i + 0.5) / steps)) };
                    c.DrawRect(SKRect.Create(r.Left + (i * r.Width / steps), r.Top, r.Width / steps, r.Height), p);
                }
            }));
        }

        if (scene.Offending.Count > 0)
        {
            Swatch(l.Offending, MapStyle.Offending.WithAlpha(0x50), MapStyle.Offending);
        }

        if (scene.PrivacyMasks.Count > 0)
        {
            Swatch(l.Mask, MapStyle.MaskColor.WithAlpha(0x70), MapStyle.MaskColor);
        }

        if (scene.Incidents.Count > 0)
        {
            entries.Add(new LegendEntry(l.Incident, (c, r) =>
            {
                using var p = new SKPaint { Color = MapStyle.IncidentColor, IsAntialias = true };
                c.DrawRect(r.MidX - 1.4f, r.MidY - 1.4f, 2.8f, 2.8f, p);
            }));
        }

        if (scene.SignPoints.Count > 0)
        {
            Swatch(l.Sign, MapStyle.SignColor, MapStyle.SignColor);
        }

        if (scene.Cameras.Count > 0)
        {
            entries.Add(new LegendEntry(l.Camera, (c, r) =>
            {
                using var p = new SKPaint { Color = MapStyle.CameraColor, IsAntialias = true };
                using var s = new SKPaint { Color = MapStyle.CameraColor, IsAntialias = true, StrokeWidth = 1.1f, Style = SKPaintStyle.Stroke };
                c.DrawLine(r.MidX, r.MidY, r.MidX + 5, r.MidY - 3, s);
                c.DrawCircle(r.MidX, r.MidY, 2.4f, p);
            }));
        }

        return entries;
    }

    /// <summary>The legend as a box over the map's lower-left corner, or filling a panel beside it.</summary>
    public static void DrawBox(SKCanvas canvas, SKRect frame, IReadOnlyList<LegendEntry> entries, FontSet fonts, bool beside)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(fonts);
        if (entries.Count == 0)
        {
            return;
        }

        var width = entries.Max(e => fonts.Width(e.Text, Style)) + 22;
        var height = (entries.Count * Row) + 6;
        var box = beside
            ? SKRect.Create(frame.Left, frame.Top, frame.Width, height)
            : SKRect.Create(frame.Left + 6, frame.Bottom - 16 - height, width, height);
        using var bg = new SKPaint { Color = SKColors.White.WithAlpha(0xE0), Style = SKPaintStyle.Fill };
        using var border = new SKPaint { Color = Palette.Rule, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        canvas.DrawRect(box, bg);
        canvas.DrawRect(box, border);
        for (var i = 0; i < entries.Count; i++)
        {
            var y = box.Top + 3 + (i * Row);
            entries[i].Symbol(canvas, SKRect.Create(box.Left + 4, y + 1.5f, 10, 6));
            fonts.Draw(canvas, entries[i].Text, box.Left + 18, y + 6.8f, Style);
        }
    }

    /// <summary>Height of the band below a map of <paramref name="width"/> points: legend rows, scale and attribution lines.</summary>
    public static float BandHeight(IReadOnlyList<LegendEntry> entries, FontSet fonts, float width)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var (_, rows) = Grid(entries, fonts, width);
        return (rows * Row) + (rows > 0 ? 34 : 26);
    }

    /// <summary>
    /// The band below the map: the synthetic label and the scale bar on the first line, the legend in columns, and
    /// the attribution at the bottom. Nothing is drawn over the map.
    /// </summary>
    public static void DrawBand(SKCanvas canvas, SKRect band, IReadOnlyList<LegendEntry> entries, FontSet fonts, MapScene scene, MapTransform t)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(scene);
        if (scene.Synthetic)
        {
            fonts.Draw(canvas, scene.Labels.Synthetic, band.Left, band.Top + 11, new TextStyle(8.5f, true, Palette.Synthetic));
        }

        MapRenderer.DrawScaleBar(canvas, t.Frame, t, fonts, band.Right - 12, band.Top + 8);
        DrawGrid(canvas, SKRect.Create(band.Left, band.Top + 15, band.Width, band.Height - 24), entries, fonts);

        fonts.Draw(canvas, scene.Attribution, band.Left, band.Bottom - 3, new TextStyle(5.5f, false, new SKColor(0x30, 0x30, 0x30)));
    }

    /// <summary>Height of <see cref="DrawGrid"/> for <paramref name="entries"/> across <paramref name="width"/> points.</summary>
    public static float GridHeight(IReadOnlyList<LegendEntry> entries, FontSet fonts, float width)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return (Grid(entries, fonts, width).Rows * Row) + 4;
    }

    /// <summary>The legend entries alone, in columns (a legend shared by several maps).</summary>
    public static void DrawGrid(SKCanvas canvas, SKRect rect, IReadOnlyList<LegendEntry> entries, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(entries);
        var (columnWidth, rows) = Grid(entries, fonts, rect.Width);
        for (var i = 0; i < entries.Count; i++)
        {
            var x = rect.Left + (i / rows * columnWidth);
            var y = rect.Top + 2 + (i % rows * Row);
            entries[i].Symbol(canvas, SKRect.Create(x, y + 1.5f, 10, 6));
            fonts.Draw(canvas, entries[i].Text, x + 14, y + 6.8f, Style);
        }
    }

    private static (float ColumnWidth, int Rows) Grid(IReadOnlyList<LegendEntry> entries, FontSet fonts, float width)
    {
        if (entries.Count == 0)
        {
            return (width, 0);
        }

        var columnWidth = entries.Max(e => fonts.Width(e.Text, Style)) + 22;
        var columns = Math.Max(1, (int)(width / columnWidth));
        var rows = (entries.Count + columns - 1) / columns;
        return (width / Math.Min(columns, (entries.Count + rows - 1) / rows), rows);
    }
}
