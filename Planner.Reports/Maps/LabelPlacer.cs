using Planner.Geo.Model;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Maps;

/// <summary>A camera label placed on a map: its text box (page points) and, when moved away, the leader line's start.</summary>
public readonly record struct PlacedLabel(string CameraId, SKRect Box, SKPoint Anchor, bool Leader);

/// <summary>
/// Places camera labels so that no two overlap and none covers another camera's symbol or heading tick: greedy, in a
/// fixed order (west to east, then north to south, so the result does not depend on the plan's camera order), trying
/// eight positions around the symbol and then rings further out with a leader line. A label that finds no free place
/// inside the frame is left out rather than drawn over another (<see cref="Place"/> returns only placed labels).
/// </summary>
public static class LabelPlacer
{
    private static readonly (float Dx, float Dy)[] Directions =
        [(1, -1), (1, 1), (-1, -1), (-1, 1), (1, 0), (-1, 0), (0, -1), (0, 1)];

    private static readonly float[] Rings = [4, 11, 19, 29, 41];

    public static IReadOnlyList<PlacedLabel> Place(MapTransform t, IEnumerable<Camera> cameras, FontSet fonts, TextStyle style, SKRect frame)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        ArgumentNullException.ThrowIfNull(fonts);
        var ground = t.Ground;
        var visible = cameras.Where(c => ground.Contains(c.X, c.Y)).OrderBy(c => c.X).ThenByDescending(c => c.Y).ToList();
        var obstacles = new List<SKRect>();
        foreach (var c in visible)
        {
            var p = t.ToPage(c.X, c.Y);
            obstacles.Add(SKRect.Create(p.X - 3.5f, p.Y - 3.5f, 7, 7));
            if (!c.Optics.Ptz && c.HeadingKnown)
            {
                var h = c.Optics.HeadingDeg * Math.PI / 180;
                var tip = new SKPoint(p.X + (float)(7 * Math.Sin(h)), p.Y - (float)(7 * Math.Cos(h)));
                obstacles.Add(new SKRect(Math.Min(p.X, tip.X) - 0.8f, Math.Min(p.Y, tip.Y) - 0.8f, Math.Max(p.X, tip.X) + 0.8f, Math.Max(p.Y, tip.Y) + 0.8f));
            }
        }

        var inner = SKRect.Inflate(frame, -2, -2);
        var placed = new List<PlacedLabel>();
        var height = style.Size * 1.05f;
        foreach (var c in visible)
        {
            var p = t.ToPage(c.X, c.Y);
            var width = fonts.Width(c.Id, style);
            var found = false;
            foreach (var ring in Rings)
            {
                foreach (var (dx, dy) in Directions)
                {
                    var x = dx > 0 ? p.X + ring : dx < 0 ? p.X - ring - width : p.X - (width / 2);
                    var y = dy > 0 ? p.Y + ring : dy < 0 ? p.Y - ring - height : p.Y - (height / 2);
                    var box = SKRect.Create(x, y, width, height);
                    if (!inner.Contains(box) || obstacles.Any(o => o.IntersectsWith(box)))
                    {
                        continue;
                    }

                    var leader = ring > Rings[0];
                    placed.Add(new PlacedLabel(c.Id, box, p, leader));
                    obstacles.Add(SKRect.Inflate(box, 0.8f, 0.4f));
                    found = true;
                    break;
                }

                if (found)
                {
                    break;
                }
            }
        }

        return placed;
    }

    /// <summary>Draws placed labels with a thin leader line for those moved away from their symbol.</summary>
    public static void Draw(SKCanvas canvas, IReadOnlyList<PlacedLabel> labels, FontSet fonts, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(labels);
        using var line = new SKPaint { Color = style.Color.WithAlpha(0xB0), StrokeWidth = 0.4f, IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var halo = new SKPaint { Color = SKColors.White.WithAlpha(0xC8), Style = SKPaintStyle.Fill };
        foreach (var l in labels)
        {
            if (l.Leader)
            {
                var target = new SKPoint(Math.Clamp(l.Anchor.X, l.Box.Left, l.Box.Right), Math.Clamp(l.Anchor.Y, l.Box.Top, l.Box.Bottom));
                canvas.DrawLine(l.Anchor, target, line);
            }

            canvas.DrawRect(SKRect.Inflate(l.Box, 0.6f, 0.2f), halo);
            fonts.Draw(canvas, l.CameraId, l.Box.Left, l.Box.Top + (style.Size * 0.82f), style);
        }
    }
}
