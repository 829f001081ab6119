using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Maps;

/// <summary>
/// Draws a <see cref="MapScene"/> into a frame on any <see cref="SKCanvas"/>, in points: the PDF canvas gets vectors,
/// <see cref="RenderPng"/> draws the same calls onto a raster surface. Order: background, zones, hotspot cells,
/// buildings, views (visible → identify), masks, incidents, signs, cameras, then north arrow, scale bar, legend,
/// attribution. Geometry outside the frame is culled by envelope.
/// </summary>
public static class MapRenderer
{
    /// <summary>Width of the legend panel when <see cref="MapScene.LegendBeside"/> is set, points.</summary>
    public const float LegendPanelWidth = 112;

    public static MapTransform Draw(SKCanvas canvas, SKRect frame, MapScene scene, Envelope extent, FontSet fonts, double? scaleDenominator = null) =>
        Draw(canvas, frame, scene, extent, fonts, scaleDenominator, clip: true);

    /// <summary>
    /// Draws the map; <paramref name="clip"/> = false leaves the data unclipped (tests use it to see whether anything
    /// would fall outside the frame).
    /// </summary>
    public static MapTransform Draw(SKCanvas canvas, SKRect frame, MapScene scene, Envelope extent, FontSet fonts, double? scaleDenominator, bool clip)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(fonts);
        var legend = scene.NoLegend ? [] : MapLegend.Entries(scene);
        SKRect? band = null;
        if (scene.LegendBeside)
        {
            var panel = new SKRect(frame.Right - LegendPanelWidth, frame.Top, frame.Right, frame.Bottom);
            MapLegend.DrawBox(canvas, panel, legend, fonts, beside: true);
            frame = new SKRect(frame.Left, frame.Top, panel.Left - 6, frame.Bottom);
        }
        else if (scene.LegendBelow)
        {
            var height = MapLegend.BandHeight(legend, fonts, frame.Width);
            band = new SKRect(frame.Left, frame.Bottom - height, frame.Right, frame.Bottom);
            frame = new SKRect(frame.Left, frame.Top, frame.Right, band.Value.Top - 4);
        }

        var t = MapTransform.Fit(frame, extent, scaleDenominator ?? (scene.TightScale ? PrintScale.FitTight(extent, frame.Width, frame.Height) : null));
        var ground = t.Ground;
        canvas.Save();
        if (clip)
        {
            canvas.ClipRect(frame);
        }

        using (var bg = new SKPaint { Color = MapStyle.Background })
        {
            canvas.DrawRect(frame, bg);
        }

        if (!clip)
        {
            // Unclipped: cull nothing, so whatever lies outside the frame is drawn there.
            ground = new Envelope(double.MinValue / 4, double.MaxValue / 4, double.MinValue / 4, double.MaxValue / 4);
        }

        DrawZones(canvas, t, ground, scene, fill: true);
        DrawHotspots(canvas, t, ground, scene);
        DrawPolygons(canvas, t, ground, scene.Buildings.Select(b => b.Footprint), MapStyle.BuildingFill, MapStyle.BuildingStroke, 0.35f);
        // Zone outlines go over the buildings: a dwelling zone often is a building.
        DrawZones(canvas, t, ground, scene, fill: false);
        MapStreets.Draw(canvas, t, ground, scene.Streets, fonts);
        DrawViews(canvas, t, ground, scene);
        DrawPolygons(canvas, t, ground, scene.ViewOutlines, SKColors.Transparent, MapStyle.ViewOutline, 0.8f);
        DrawHatched(canvas, t, ground, scene.Offending, MapStyle.Offending, 1.2f);
        DrawMasks(canvas, t, ground, scene);
        DrawIncidents(canvas, t, ground, scene);
        DrawSigns(canvas, t, ground, scene);
        DrawCameras(canvas, t, ground, scene, fonts, frame);
        DrawNorthArrow(canvas, frame, fonts, scene.Labels);
        if (band is { } b)
        {
            canvas.Restore();
            canvas.Save();
            MapLegend.DrawBand(canvas, b, legend, fonts, scene, t);
        }
        else
        {
            DrawScaleBar(canvas, frame, t, fonts, frame.Right - 10, frame.Bottom - 18);
            if (!scene.LegendBeside)
            {
                MapLegend.DrawBox(canvas, frame, legend, fonts, beside: false);
            }

            DrawAttribution(canvas, frame, scene, fonts);
        }

        canvas.Restore();
        using var border = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f };
        canvas.DrawRect(frame, border);
        return t;
    }

    /// <summary>Renders the map as a PNG of <paramref name="widthPt"/> × <paramref name="heightPt"/> points at <paramref name="dpi"/>.</summary>
    public static byte[] RenderPng(MapScene scene, Envelope extent, FontSet fonts, float widthPt, float heightPt, float dpi, double? scaleDenominator = null)
    {
        var zoom = dpi / 72f;
        var info = new SKImageInfo((int)Math.Ceiling(widthPt * zoom), (int)Math.Ceiling(heightPt * zoom), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException("could not create a raster surface");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(zoom);
        Draw(canvas, SKRect.Create(0, 0, widthPt, heightPt), scene, extent, fonts, scaleDenominator);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static bool Visible(Envelope ground, Envelope e) => ground.Intersects(e);

    /// <summary>
    /// A large polygon reaching beyond the map (the union of all views on an atlas tile) cut to the ground shown plus
    /// 2 %, so each tile carries only its own part into the PDF; the cut edges lie outside the frame and are clipped.
    /// </summary>
    private static Geometry ClipToGround(Geometry g, Envelope ground)
    {
        if (g.NumPoints < 500 || ground.Contains(g.EnvelopeInternal))
        {
            return g;
        }

        var box = new Envelope(ground);
        box.ExpandBy(Math.Max(ground.Width, ground.Height) * 0.02);
        return NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Overlay(g, g.Factory.ToGeometry(box), NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection);
    }

    private static void DrawPolygons(SKCanvas canvas, MapTransform t, Envelope ground, IEnumerable<Geometry> geometries, SKColor fill, SKColor stroke, float strokeWidth)
    {
        using var f = new SKPaint { Color = fill, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var s = new SKPaint { Color = stroke, Style = SKPaintStyle.Stroke, StrokeWidth = strokeWidth, IsAntialias = true };
        foreach (var geometry in geometries)
        {
            if (geometry.IsEmpty || !Visible(ground, geometry.EnvelopeInternal))
            {
                continue;
            }

            using var path = t.Path(ClipToGround(geometry, ground));
            if (fill.Alpha > 0)
            {
                canvas.DrawPath(path, f);
            }

            if (strokeWidth > 0)
            {
                canvas.DrawPath(path, s);
            }
        }
    }

    private static void DrawZones(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene, bool fill)
    {
        // Large, general zones first so the specific ones (dwellings, utryg areas) stay visible on top.
        foreach (var zone in scene.Zones.OrderBy(z => z.Kind == ZoneKind.PublicArea ? 0 : z.Kind == ZoneKind.UtrygArea ? 2 : 1))
        {
            var c = MapStyle.Zone(zone.Kind);
            var alpha = zone.Kind == ZoneKind.PublicArea ? (byte)0x30 : (byte)0x26;
            var width = zone.Kind switch { ZoneKind.UtrygArea => 1.4f, ZoneKind.PublicArea => 0.4f, _ => 0.9f };
            DrawPolygons(canvas, t, ground, [zone.Area], fill ? c.WithAlpha(alpha) : SKColors.Transparent, c.WithAlpha(0xC0), fill ? 0 : width);
        }
    }

    private static void DrawHotspots(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene)
    {
        if (scene.HotspotCells.Count == 0)
        {
            return;
        }

        var maxDensity = scene.HotspotCells.Max(c => c.Density);
        using var heat = new SKPaint { Style = SKPaintStyle.Fill };
        using var cls = new SKPaint { Style = SKPaintStyle.Fill };
        foreach (var cell in scene.HotspotCells)
        {
            var e = new Envelope(cell.X - (cell.Size / 2), cell.X + (cell.Size / 2), cell.Y - (cell.Size / 2), cell.Y + (cell.Size / 2));
            if (!Visible(ground, e))
            {
                continue;
            }

            var a = t.ToPage(e.MinX, e.MaxY);
            var b = t.ToPage(e.MaxX, e.MinY);
            var rect = new SKRect(a.X, a.Y, b.X, b.Y);
            var colour = MapStyle.Hotspot(cell.Class);
            if (colour.Alpha > 0)
            {
                cls.Color = colour.WithAlpha(0xC0);
                canvas.DrawRect(rect, cls);
            }
            else if (maxDensity > 0 && cell.Density > 0)
            {
                // Kernel density as a grey tint where no significant class is drawn (the legend shows the ramp).
                heat.Color = MapStyle.Density.WithAlpha(DensityAlpha(cell.Density / maxDensity));
                canvas.DrawRect(rect, heat);
            }
        }
    }

    /// <summary>Alpha of the density shading at <paramref name="share"/> of the highest density, in [0, 1].</summary>
    public static byte DensityAlpha(double share) => (byte)(10 + (150 * Math.Clamp(share, 0, 1)));

    private static void DrawHatched(SKCanvas canvas, MapTransform t, Envelope ground, IReadOnlyList<Geometry> areas, SKColor colour, float width)
    {
        using var hatch = new SKPaint { Color = colour, Style = SKPaintStyle.Stroke, StrokeWidth = 0.6f, IsAntialias = true };
        foreach (var area in areas)
        {
            if (area.IsEmpty || !Visible(ground, area.EnvelopeInternal))
            {
                continue;
            }

            using var path = t.Path(area);
            DrawPolygons(canvas, t, ground, [area], colour.WithAlpha(0x30), colour, width);
            canvas.Save();
            canvas.ClipPath(path, antialias: true);
            var b = path.Bounds;
            for (var x = b.Left - b.Height; x < b.Right; x += 2.5f)
            {
                canvas.DrawLine(x, b.Top, x + b.Height, b.Bottom, hatch);
            }

            canvas.Restore();
        }
    }

    private static void DrawViews(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene)
    {
        foreach (var level in DoriLevels.All)
        {
            var colour = MapStyle.Level(level);
            foreach (var view in scene.Views)
            {
                var focus = scene.FocusCameraId is null || scene.FocusCameraId == view.CameraId;
                var fillAlpha = focus ? (byte)0x70 : (byte)0x28;
                var stroke = level == DoriLevel.Visible && focus ? colour.WithAlpha(0xFF) : SKColors.Transparent;
                DrawPolygons(canvas, t, ground, [view[level]], colour.WithAlpha(fillAlpha), stroke, stroke.Alpha > 0 ? 0.5f : 0);
            }
        }
    }

    private static void DrawMasks(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene)
    {
        using var hatch = new SKPaint { Color = MapStyle.MaskColor, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true };
        foreach (var mask in scene.PrivacyMasks)
        {
            if (mask.IsEmpty || !Visible(ground, mask.EnvelopeInternal))
            {
                continue;
            }

            using var path = t.Path(mask);
            DrawPolygons(canvas, t, ground, [mask], MapStyle.MaskColor.WithAlpha(0x50), MapStyle.MaskColor, 0.8f);
            canvas.Save();
            canvas.ClipPath(path, antialias: true);
            var b = path.Bounds;
            for (var x = b.Left - b.Height; x < b.Right; x += 3)
            {
                canvas.DrawLine(x, b.Bottom, x + b.Height, b.Top, hatch);
            }

            canvas.Restore();
        }
    }

    private static void DrawIncidents(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene)
    {
        using var dot = new SKPaint { Color = MapStyle.IncidentColor.WithAlpha(0x90), Style = SKPaintStyle.Fill, IsAntialias = true };
        foreach (var i in scene.Incidents)
        {
            if (ground.Contains(i))
            {
                // A small square, not a circle: four numbers in the PDF instead of four Bézier curves, for thousands of points.
                var p = t.ToPage(i.X, i.Y);
                canvas.DrawRect(p.X - 0.9f, p.Y - 0.9f, 1.8f, 1.8f, dot);
            }
        }
    }

    private static void DrawSigns(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene)
    {
        using var fill = new SKPaint { Color = MapStyle.SignColor, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 0.7f, IsAntialias = true };
        foreach (var s in scene.SignPoints)
        {
            if (ground.Contains(s))
            {
                var p = t.ToPage(s.X, s.Y);
                var r = SKRect.Create(p.X - 3, p.Y - 3, 6, 6);
                canvas.DrawRect(r, fill);
                canvas.DrawRect(SKRect.Inflate(r, -1.2f, -1.2f), white);
            }
        }
    }

    private static void DrawCameras(SKCanvas canvas, MapTransform t, Envelope ground, MapScene scene, FontSet fonts, SKRect frame)
    {
        using var body = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true };
        using var ring = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 0.7f, IsAntialias = true };
        using var tick = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 1.1f, IsAntialias = true, StrokeCap = SKStrokeCap.Round };
        var labelStyle = CameraLabelStyle;
        foreach (var cam in scene.Cameras)
        {
            if (!ground.Contains(cam.X, cam.Y))
            {
                continue;
            }

            var focus = scene.FocusCameraId is null || scene.FocusCameraId == cam.Id;
            var colour = focus ? MapStyle.CameraColor : MapStyle.MutedCamera;
            body.Color = colour;
            tick.Color = colour;
            var p = t.ToPage(cam.X, cam.Y);
            var h = cam.Optics.HeadingDeg * Math.PI / 180;
            // Heading 0 = grid north (page up), clockwise.
            var tip = new SKPoint(p.X + (float)(7 * Math.Sin(h)), p.Y - (float)(7 * Math.Cos(h)));
            // No tick where the heading is a placeholder (unknown direction) or the camera looks all round.
            if (!cam.Optics.Ptz && cam.HeadingKnown)
            {
                canvas.DrawLine(p, tip, tick);
            }

            var radius = scene.FocusCameraId == cam.Id ? 3.4f : 2.4f;
            canvas.DrawCircle(p, radius, body);
            canvas.DrawCircle(p, radius, ring);
        }

        if (scene.LabelCameras)
        {
            var labelled = scene.FocusCameraId is null ? scene.Cameras : scene.Cameras.Where(c => c.Id == scene.FocusCameraId);
            LabelPlacer.Draw(canvas, LabelPlacer.Place(t, labelled, fonts, labelStyle, frame), fonts, labelStyle);
        }
    }

    /// <summary>The style of camera labels on maps.</summary>
    public static TextStyle CameraLabelStyle { get; } = new(5.5f, true, MapStyle.CameraColor);

    private static void DrawNorthArrow(SKCanvas canvas, SKRect frame, FontSet fonts, MapLabels labels)
    {
        var cx = frame.Right - 16;
        var top = frame.Top + 10;
        using var path = new SKPath();
        path.MoveTo(cx, top + 6);
        path.LineTo(cx + 5, top + 22);
        path.LineTo(cx, top + 18);
        path.LineTo(cx - 5, top + 22);
        path.Close();
        using var fill = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill, IsAntialias = true };
        using var halo = new SKPaint { Color = SKColors.White.WithAlpha(0xC0), Style = SKPaintStyle.Fill, IsAntialias = true };
        canvas.DrawCircle(cx, top + 14, 12, halo);
        canvas.DrawPath(path, fill);
        fonts.Draw(canvas, labels.GridNorth, cx, top + 5, new TextStyle(6.5f, true, SKColors.Black), SKTextAlign.Center);
    }

    /// <summary>Draws the scale bar with its right end at (<paramref name="right"/>, <paramref name="baseY"/>).</summary>
    public static void DrawScaleBar(SKCanvas canvas, SKRect frame, MapTransform t, FontSet fonts, float right, float baseY)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(fonts);
        var target = frame.Width / 5 * t.MetresPerPoint;
        double[] nice = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000];
        var metres = nice.LastOrDefault(n => n <= target, 1);
        var length = (float)(metres / t.MetresPerPoint);
        var left = right - length;
        var style = new TextStyle(6f, false, SKColors.Black);
        using var halo = new SKPaint { Color = SKColors.White.WithAlpha(0xD0), Style = SKPaintStyle.Fill };
        canvas.DrawRect(new SKRect(left - 8 - fonts.Width(PrintScale.Label(t.ScaleDenominator), style.WithBold()) - 4, baseY - 10, right + 8, baseY + 6), halo);
        using var black = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Fill };
        using var white = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Fill };
        using var outline = new SKPaint { Color = SKColors.Black, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        canvas.DrawRect(new SKRect(left, baseY, left + (length / 2), baseY + 3), black);
        canvas.DrawRect(new SKRect(left + (length / 2), baseY, right, baseY + 3), white);
        canvas.DrawRect(new SKRect(left, baseY, right, baseY + 3), outline);
        var label = metres >= 1000 ? $"{metres / 1000:0.#} km" : $"{metres:0} m";
        fonts.Draw(canvas, "0", left, baseY - 2, style, SKTextAlign.Center);
        fonts.Draw(canvas, label, right, baseY - 2, style, SKTextAlign.Center);
        fonts.Draw(canvas, PrintScale.Label(t.ScaleDenominator), left - 8, baseY + 3, style.WithBold(), SKTextAlign.Right);
    }

    /// <summary>The attribution line over the map's bottom edge, and the synthetic label in its top-left corner.</summary>
    public static void DrawAttribution(SKCanvas canvas, SKRect frame, MapScene scene, FontSet fonts)
    {
        var style = new TextStyle(5.5f, false, new SKColor(0x30, 0x30, 0x30));
        var text = scene.Attribution;
        using var halo = new SKPaint { Color = SKColors.White.WithAlpha(0xD0), Style = SKPaintStyle.Fill };
        canvas.DrawRect(new SKRect(frame.Left, frame.Bottom - 9, frame.Right, frame.Bottom), halo);
        fonts.Draw(canvas, text, frame.Left + 4, frame.Bottom - 2.5f, style);
        if (scene.Synthetic)
        {
            var s = new TextStyle(9f, true, Palette.Synthetic);
            var w = fonts.Width(scene.Labels.Synthetic, s);
            using var box = new SKPaint { Color = SKColors.White.WithAlpha(0xE0), Style = SKPaintStyle.Fill };
            using var line = new SKPaint { Color = Palette.Synthetic, Style = SKPaintStyle.Stroke, StrokeWidth = 1f };
            var r = SKRect.Create(frame.Left + 6, frame.Top + 6, w + 10, 15);
            canvas.DrawRect(r, box);
            canvas.DrawRect(r, line);
            fonts.Draw(canvas, scene.Labels.Synthetic, r.Left + 5, r.Top + 11, s);
        }

    }
}
