using NetTopologySuite.Geometries;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Maps;

/// <summary>Street centre lines with their names written along the longest segment (once per street line).</summary>
public static class MapStreets
{
    private static readonly TextStyle Style = new(5.5f, false, MapStyle.Street);

    public static void Draw(SKCanvas canvas, MapTransform t, Envelope ground, IReadOnlyList<Street> streets, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(streets);
        ArgumentNullException.ThrowIfNull(fonts);
        using var pen = new SKPaint { Color = MapStyle.Street.WithAlpha(0x60), Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f, IsAntialias = true };
        foreach (var (line, name) in streets.SelectMany(s => Parts(s.Line).Select(l => (l, s.Name))))
        {
            if (line.IsEmpty || !ground.Intersects(line.EnvelopeInternal) || line.NumPoints < 2)
            {
                continue;
            }

            using var path = new SKPath();
            path.MoveTo(t.ToPage(line.GetCoordinateN(0).X, line.GetCoordinateN(0).Y));
            var best = (Length: 0f, A: default(SKPoint), B: default(SKPoint));
            for (var i = 1; i < line.NumPoints; i++)
            {
                var a = t.ToPage(line.GetCoordinateN(i - 1).X, line.GetCoordinateN(i - 1).Y);
                var b = t.ToPage(line.GetCoordinateN(i).X, line.GetCoordinateN(i).Y);
                path.LineTo(b);
                var length = SKPoint.Distance(a, b);
                if (length > best.Length)
                {
                    best = (length, a, b);
                }
            }

            canvas.DrawPath(path, pen);
            if (string.IsNullOrWhiteSpace(name) || fonts.Width(name, Style) > best.Length)
            {
                continue;
            }

            var (from, to) = best.A.X <= best.B.X ? (best.A, best.B) : (best.B, best.A);
            var angle = (float)(Math.Atan2(to.Y - from.Y, to.X - from.X) * 180 / Math.PI);
            canvas.Save();
            canvas.Translate((from.X + to.X) / 2, (from.Y + to.Y) / 2);
            canvas.RotateDegrees(angle);
            fonts.Draw(canvas, name, 0, -1.5f, Style, SKTextAlign.Center);
            canvas.Restore();
        }
    }

    private static IEnumerable<LineString> Parts(Geometry g)
    {
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is LineString l)
            {
                yield return l;
            }
        }
    }
}
