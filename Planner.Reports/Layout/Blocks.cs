using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>Something that flows down the page. It cuts itself into slices for a given content width (points).</summary>
public abstract class Block
{
    public abstract IEnumerable<Slice> Layout(FontSet fonts, float width);
}

/// <summary>
/// A section heading, kept with what follows it. It starts a new page when <paramref name="newPage"/> says so (default:
/// level 1 does). Headings with an <see cref="Outline"/> are listed in the table of contents and are link targets.
/// </summary>
public sealed class Heading(string text, int level = 1, bool? newPage = null, Outline? outline = null) : Block
{
    public string Text { get; } = text;

    public int Level { get; } = level;

    /// <summary>Where this heading's page is recorded for the table of contents (null = not listed).</summary>
    public Outline? Outline { get; } = outline;

    /// <summary>This heading's key in <see cref="Outline"/> (set when the outline registers it).</summary>
    public string? Anchor { get; set; }

    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        var style = new TextStyle(Level == 1 ? 16f : Level == 2 ? 12.5f : 10.5f, true, Level == 1 ? Palette.Accent : SKColors.Black);
        var lines = LineBreaker.Wrap(fonts, Text, style, width);
        var rule = Level == 1 ? 6f : 0f;
        var anchor = Anchor;
        yield return new Slice(lines.Count * style.LineHeight + rule + 3, (c, p, w) =>
        {
            if (anchor is not null)
            {
                c.DrawNamedDestinationAnnotation(new SKPoint(p.X, p.Y), anchor);
            }

            for (var i = 0; i < lines.Count; i++)
            {
                fonts.Draw(c, lines[i], p.X, p.Y + (i * style.LineHeight) + style.Ascent, style);
            }

            if (Level == 1)
            {
                using var paint = new SKPaint { Color = Palette.Accent, StrokeWidth = 1.2f, IsAntialias = true };
                var y = p.Y + (lines.Count * style.LineHeight) + 3;
                c.DrawLine(p.X, y, p.X + w, y, paint);
            }
        })
        {
            SpaceBefore = Level == 1 ? 20 : 12,
            KeepWithNext = true,
            PageBreakBefore = newPage ?? Level == 1,
            Anchor = anchor,
        };
    }
}

/// <summary>A wrapped paragraph; each line is its own slice so long paragraphs flow across pages.</summary>
public sealed class Paragraph(string text, TextStyle? style = null, float spaceBefore = 5) : Block
{
    public string Text { get; } = text;

    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        var s = style ?? TextStyle.Body;
        var lines = LineBreaker.Wrap(fonts, Text, s, width);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            yield return new Slice(s.LineHeight, (c, p, _) => fonts.Draw(c, line, p.X, p.Y + s.Ascent, s))
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
            };
        }
    }
}

/// <summary>Vertical space.</summary>
public sealed class Spacer(float height) : Block
{
    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        yield return new Slice(height, (_, _, _) => { });
    }
}

/// <summary>Forces a new page.</summary>
public sealed class PageBreak : Block
{
    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        yield return new Slice(0, (_, _, _) => { }) { PageBreakBefore = true };
    }
}

/// <summary>
/// A drawing of a fixed height (maps, charts): <paramref name="draw"/> gets the canvas and its rectangle in points,
/// drawn as vectors. An optional caption goes below it, on the same page.
/// </summary>
public sealed class Figure(float height, Action<SKCanvas, SKRect> draw, string? caption = null) : Block
{
    public float Height { get; } = height;

    public Action<SKCanvas, SKRect> Draw { get; } = draw;

    public string? Caption { get; } = caption;

    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        var captionLines = Caption is null ? [] : LineBreaker.Wrap(fonts, Caption, TextStyle.Small, width);
        var height = Height;
        var total = height + (captionLines.Count * TextStyle.Small.LineHeight) + (captionLines.Count > 0 ? 3 : 0);
        yield return new Slice(total, (c, p, w) =>
        {
            var rect = SKRect.Create(p.X, p.Y, w, height);
            c.Save();
            c.ClipRect(rect);
            Draw(c, rect);
            c.Restore();
            for (var i = 0; i < captionLines.Count; i++)
            {
                fonts.Draw(c, captionLines[i], p.X, p.Y + height + 3 + (i * TextStyle.Small.LineHeight) + TextStyle.Small.Ascent, TextStyle.Small);
            }
        })
        { SpaceBefore = 8 };
    }
}

/// <summary>Keeps its children on one page (moves them whole to the next page when they do not fit).</summary>
public sealed class KeepTogether(params Block[] children) : Block
{
    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        var slices = children.SelectMany(b => b.Layout(fonts, width)).ToList();
        if (slices.Count == 0)
        {
            yield break;
        }

        var offsets = new float[slices.Count];
        float y = 0;
        for (var i = 0; i < slices.Count; i++)
        {
            y += i == 0 ? 0 : slices[i].SpaceBefore;
            offsets[i] = y;
            y += slices[i].Height;
        }

        yield return new Slice(y, (c, p, w) =>
        {
            for (var i = 0; i < slices.Count; i++)
            {
                slices[i].Draw(c, new SKPoint(p.X, p.Y + offsets[i]), w);
            }
        })
        { SpaceBefore = slices[0].SpaceBefore, Anchor = slices.FirstOrDefault(s => s.Anchor is not null)?.Anchor };
    }
}
