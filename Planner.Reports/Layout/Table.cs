using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>
/// A table with wrapped cells. Column widths are relative weights of the content width. A row never splits; the
/// header row (if any) is repeated at the top of every page the table continues on.
/// </summary>
public sealed class Table : Block
{
    private const float Pad = 2.5f;
    private readonly float[] weights;
    private readonly string[]? header;
    private readonly List<(string[] Cells, SKColor? Fill)> rows = [];

    public Table(float[] columnWeights, string[]? header = null, TextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(columnWeights);
        if (header is not null && header.Length != columnWeights.Length)
        {
            throw new ArgumentException("header and column counts differ", nameof(header));
        }

        weights = columnWeights;
        this.header = header;
        Style = style ?? TextStyle.Body.WithSize(8.5f);
    }

    public TextStyle Style { get; }

    public int RowCount => rows.Count;

    /// <summary>Adds a row; <paramref name="fill"/> shades it (e.g. by severity).</summary>
    public Table Row(SKColor? fill, params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != weights.Length)
        {
            throw new ArgumentException($"row has {cells.Length} cells, table has {weights.Length} columns", nameof(cells));
        }

        rows.Add((cells, fill));
        return this;
    }

    public Table Row(params string[] cells) => Row(null, cells);

    public override IEnumerable<Slice> Layout(FontSet fonts, float width)
    {
        var total = weights.Sum();
        var widths = weights.Select(w => width * w / total).ToArray();
        Slice? headerSlice = null;
        if (header is not null)
        {
            headerSlice = RowSlice(fonts, widths, header, Style.WithBold(), Palette.HeaderFill) with { KeepWithNext = true, SpaceBefore = 6 };
            yield return headerSlice;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var (cells, fill) = rows[i];
            var slice = RowSlice(fonts, widths, cells, Style, fill ?? (i % 2 == 1 ? Palette.Zebra : null));
            yield return slice with { RepeatHeader = headerSlice, SpaceBefore = i == 0 && headerSlice is null ? 6 : 0 };
        }
    }

    private static Slice RowSlice(FontSet fonts, float[] widths, string[] cells, TextStyle style, SKColor? fill)
    {
        var wrapped = cells.Select((t, i) => LineBreaker.Wrap(fonts, t, style, widths[i] - (2 * Pad))).ToArray();
        var height = (wrapped.Max(l => l.Count) * style.LineHeight) + (2 * Pad);
        return new Slice(height, (c, p, _) =>
        {
            var x = p.X;
            var rowWidth = widths.Sum();
            if (fill is { } f)
            {
                using var bg = new SKPaint { Color = f, Style = SKPaintStyle.Fill };
                c.DrawRect(SKRect.Create(p.X, p.Y, rowWidth, height), bg);
            }

            using var line = new SKPaint { Color = Palette.Rule, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
            c.DrawLine(p.X, p.Y + height, p.X + rowWidth, p.Y + height, line);
            for (var col = 0; col < widths.Length; col++)
            {
                for (var l = 0; l < wrapped[col].Count; l++)
                {
                    fonts.Draw(c, wrapped[col][l], x + Pad, p.Y + Pad + (l * style.LineHeight) + style.Ascent, style);
                }

                x += widths[col];
            }
        });
    }
}
