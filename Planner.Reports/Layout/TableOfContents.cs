using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>
/// The contents list: one line per <see cref="Outline"/> entry with dot leaders and the page number, each line a link
/// to its heading. Page numbers are read when drawing, after pagination has placed every heading.
/// </summary>
public sealed class TableOfContents(Outline outline) : Block
{
    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        foreach (var entry in outline.Entries)
        {
            var style = entry.Level == 1 ? TextStyle.Body.WithBold() : TextStyle.Body;
            var indent = (entry.Level - 1) * 14f;
            var e = entry;
            yield return new Slice(style.LineHeight + 1, (c, p, w) =>
            {
                var page = outline.PageOf(e.Anchor)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
                var textWidth = fonts.Width(e.Text, style);
                var baseline = p.Y + style.Ascent;
                fonts.Draw(c, e.Text, p.X + indent, baseline, style);
                fonts.Draw(c, page, p.X + w, baseline, style, SKTextAlign.Right);
                using var dots = new SKPaint { Color = Palette.Muted, StrokeWidth = 0.6f, IsAntialias = true, PathEffect = SKPathEffect.CreateDash([0.6f, 2.4f], 0) };
                var from = p.X + indent + textWidth + 4;
                var to = p.X + w - fonts.Width(page, style) - 4;
                if (to > from)
                {
                    c.DrawLine(from, baseline, to, baseline, dots);
                }

                c.DrawLinkDestinationAnnotation(SKRect.Create(p.X, p.Y, w, style.LineHeight), e.Anchor);
            })
            { SpaceBefore = entry.Level == 1 ? 4 : 0 };
        }
    }
}
