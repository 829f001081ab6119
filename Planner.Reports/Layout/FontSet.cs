using System.Collections.Concurrent;
using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>
/// The document's typefaces (DejaVu Sans regular and bold, bundled in the assembly so output is the same on every
/// machine) with their HarfBuzz shapers and a width cache. Sizes are in PDF points (1/72 inch).
/// Thread-safe for measuring; drawing happens on one canvas at a time.
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly TextShaper regularShaper;
    private readonly TextShaper boldShaper;
    private readonly ConcurrentDictionary<(string Text, bool Bold, float Size), ShapedRun> runs = new();

    private FontSet(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
        regularShaper = new TextShaper(regular);
        boldShaper = new TextShaper(bold);
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Loads the bundled DejaVu Sans regular and bold.</summary>
    public static FontSet LoadBundled() => new(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));

    public SKTypeface Typeface(bool bold) => bold ? Bold : Regular;

    public TextShaper Shaper(bool bold) => bold ? boldShaper : regularShaper;

    /// <summary>The shaped run of <paramref name="text"/> (cached: reports repeat the same labels many times).</summary>
    public ShapedRun Shape(string text, TextStyle style) =>
        runs.GetOrAdd((text, style.Bold, style.Size), key => Shaper(key.Bold).Shape(key.Text, key.Size));

    public SKFont Font(TextStyle style) => new(Typeface(style.Bold), style.Size) { Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <summary>Advance width of <paramref name="text"/> after HarfBuzz shaping, points.</summary>
    public float Width(string text, TextStyle style) => text.Length == 0 ? 0 : Shape(text, style).Width;

    /// <summary>Draws shaped text with its baseline at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKTextAlign align = SKTextAlign.Left)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (text.Length == 0)
        {
            return;
        }

        var run = Shape(text, style);
        if (run.Glyphs.Length == 0)
        {
            return;
        }

        var offset = align switch
        {
            SKTextAlign.Center => run.Width / 2,
            SKTextAlign.Right => run.Width,
            _ => 0,
        };
        using var font = Font(style);
        using var paint = new SKPaint { Color = style.Color, IsAntialias = true };
        using var builder = new SKTextBlobBuilder();
        builder.AddPositionedRun(run.Glyphs, font, run.Positions);
        using var blob = builder.Build();
        canvas.DrawText(blob, x - offset, baseline, paint);
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
