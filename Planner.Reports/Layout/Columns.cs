using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>
/// Two blocks side by side (e.g. a camera's map left of its facts), kept on one page: one slice as tall as the taller
/// column. <paramref name="leftShare"/> is the left column's share of the width; <paramref name="gap"/> is in points.
/// </summary>
public sealed class Columns(Block left, Block right, float leftShare = 0.5f, float gap = 10) : Block
{
    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        var leftWidth = (width - gap) * leftShare;
        var rightWidth = width - gap - leftWidth;
        var (l, lh) = Stack(left.Layout(fonts, leftWidth));
        var (r, rh) = Stack(right.Layout(fonts, rightWidth));
        yield return new Slice(Math.Max(lh, rh), (c, p, _) =>
        {
            foreach (var (slice, top) in l)
            {
                slice.Draw(c, new SKPoint(p.X, p.Y + top), leftWidth);
            }

            foreach (var (slice, top) in r)
            {
                slice.Draw(c, new SKPoint(p.X + leftWidth + gap, p.Y + top), rightWidth);
            }
        })
        { SpaceBefore = 6 };
    }

    private static (List<(Slice Slice, float Top)> Placed, float Height) Stack(IEnumerable<Slice> slices)
    {
        var placed = new List<(Slice, float)>();
        float y = 0;
        foreach (var s in slices)
        {
            y += placed.Count == 0 ? 0 : s.SpaceBefore;
            placed.Add((s, y));
            y += s.Height;
        }

        return (placed, y);
    }
}
