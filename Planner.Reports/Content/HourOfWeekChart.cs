using Planner.Geo.Model;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Content;

/// <summary>
/// A 7 × 24 matrix of incident counts by weekday (Monday first) and hour, on the wall clock the incident was
/// recorded in, drawn as shaded cells with the counts.
/// </summary>
public static class HourOfWeekChart
{
    public const float Height = 150;

    public static int[,] Count(IEnumerable<Incident> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var m = new int[7, 24];
        foreach (var i in incidents)
        {
            var day = ((int)i.OccurredAt.DayOfWeek + 6) % 7;
            m[day, i.OccurredAt.Hour]++;
        }

        return m;
    }

    public static void Draw(SKCanvas canvas, SKRect r, int[,] counts, IReadOnlyList<string> weekdays, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(weekdays);
        ArgumentNullException.ThrowIfNull(fonts);
        const float labelW = 28;
        const float labelH = 12;
        var cw = (r.Width - labelW) / 24;
        var ch = (r.Height - labelH) / 7;
        var max = 1;
        foreach (var v in counts)
        {
            max = Math.Max(max, v);
        }

        var small = new TextStyle(5.5f, false, SKColors.Black);
        using var cell = new SKPaint { Style = SKPaintStyle.Fill };
        using var grid = new SKPaint { Color = SKColors.White, Style = SKPaintStyle.Stroke, StrokeWidth = 0.5f };
        for (var h = 0; h < 24; h++)
        {
            fonts.Draw(canvas, h.ToString("00", System.Globalization.CultureInfo.InvariantCulture), r.Left + labelW + (h * cw) + (cw / 2), r.Top + 8, small, SKTextAlign.Center);
        }

        for (var d = 0; d < 7; d++)
        {
            var y = r.Top + labelH + (d * ch);
            fonts.Draw(canvas, weekdays[d], r.Left, y + (ch / 2) + 2.5f, TextStyle.Small);
            for (var h = 0; h < 24; h++)
            {
                var v = counts[d, h];
                var shade = (float)v / max;
                cell.Color = v == 0 ? new SKColor(0xF2, 0xF2, 0xF2) : Palette.Accent.WithAlpha((byte)(40 + (215 * shade)));
                var rect = SKRect.Create(r.Left + labelW + (h * cw), y, cw, ch);
                canvas.DrawRect(rect, cell);
                canvas.DrawRect(rect, grid);
                if (v > 0)
                {
                    fonts.Draw(canvas, v.ToString(System.Globalization.CultureInfo.InvariantCulture), rect.MidX, rect.MidY + 2, small.WithColor(shade > 0.5f ? SKColors.White : SKColors.Black), SKTextAlign.Center);
                }
            }
        }
    }
}
