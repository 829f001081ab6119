using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Planner.Reports.Layout;

/// <summary>A shaped run: glyph ids, their pen positions relative to the run's origin (points), and the advance width.</summary>
public sealed record ShapedRun(ushort[] Glyphs, SKPoint[] Positions, float Width);

/// <summary>
/// HarfBuzz shaping of one typeface (kerning, marks, any script) with ligatures switched off: a PDF maps each glyph
/// back to text, and a ligature glyph ("ff") would make a reviewer's search and copy of "Offentligt" fail.
/// Thread-safe (shaping is serialised per typeface).
/// </summary>
public sealed class TextShaper : IDisposable
{
    private const int Scale = 512;
    private static readonly Feature[] Features = [Feature.Parse("liga=0"), Feature.Parse("clig=0"), Feature.Parse("dlig=0")];
    private readonly Blob blob;
    private readonly Face face;
    private readonly HarfBuzzSharp.Font font;
    private readonly Lock gate = new();

    public TextShaper(SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(typeface);
        using var stream = typeface.OpenStream(out var index);
        blob = stream.ToHarfBuzzBlob();
        face = new Face(blob, index) { Index = index, UnitsPerEm = typeface.UnitsPerEm };
        font = new HarfBuzzSharp.Font(face);
        font.SetScale(Scale, Scale);
        font.SetFunctionsOpenType();
    }

    /// <summary>Shapes <paramref name="text"/> at <paramref name="size"/> points.</summary>
    public ShapedRun Shape(string text, float size)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf16(text);
        buffer.GuessSegmentProperties();
        lock (gate)
        {
            font.Shape(buffer, Features);
        }

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var k = size / Scale;
        var glyphs = new ushort[infos.Length];
        var points = new SKPoint[infos.Length];
        float x = 0;
        for (var i = 0; i < infos.Length; i++)
        {
            glyphs[i] = (ushort)infos[i].Codepoint;
            points[i] = new SKPoint(x + (positions[i].XOffset * k), -positions[i].YOffset * k);
            x += positions[i].XAdvance * k;
        }

        return new ShapedRun(glyphs, points, x);
    }

    public void Dispose()
    {
        font.Dispose();
        face.Dispose();
        blob.Dispose();
    }
}
