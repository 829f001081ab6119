using System.Collections.Concurrent;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Planner.Reports.Layout;

/// <summary>
/// The document's typefaces (DejaVu Sans regular and bold, bundled in the assembly so output is the same on every
/// machine) with their HarfBuzz shapers and a width cache. Sizes are in PDF points (1/72 inch).
/// Thread-safe for measuring; drawing happens on one canvas at a time.
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly SKShaper regularShaper;
    private readonly SKShaper boldShaper;
    private readonly ConcurrentDictionary<(string Text, bool Bold, float Size), float> widths = new();

    private FontSet(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
        regularShaper = new SKShaper(regular);
        boldShaper = new SKShaper(bold);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Loads the bundled DejaVu Sans regular and bold.</summary>
    public static FontSet LoadBundled() => new(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));

    public SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    public SKShaper Shaper(bool bold) => bold ? boldShaper : regularShaper;

    public SKFont Font(TextStyle style) => new(Typeface(style.Bold), style.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>Advance width of <paramref name="text"/> after HarfBuzz shaping, points.</summary>
    public float Width(string text, TextStyle style)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        return widths.GetOrAdd((text, style.Bold, style.Size), key =>
        {
            using var font = new SKFont(Typeface(key.Bold), key.Size);
            return Shaper(key.Bold).Shape(key.Text, font).Width;
        });
    }

    /// <summary>Draws shaped text with its baseline at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKTextAlign align = SKTextAlign.Left)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (text.Length == 0)
        {
            return;
        }

        using var font = Font(style);
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        canvas.DrawShapedText(Shaper(style.Bold), text, x, baseline, align, font, paint);
    }

    public void Dispose()
    {
        regularShaper.Dispose();
        boldShaper.Dispose();
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string file)
    {
        var name = "Planner.Reports.Fonts." + file;
        using var stream = typeof(FontSet).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded font {name} is missing from the build");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"embedded font {name} could not be read");
    }
}
