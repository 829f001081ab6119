using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>A run of text: size in points, weight, colour. Line height is 1.3 × size.</summary>
public readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    public static TextStyle Body { get; } = new(9.5f, false, SKColors.Black);

    public static TextStyle Small { get; } = new(7.5f, false, new SKColor(0x33, 0x33, 0x33));

    public static TextStyle BodyBold { get; } = new(9.5f, true, SKColors.Black);

    public float LineHeight => Size * 1.3f;

    /// <summary>Distance from a line's top to its baseline.</summary>
    public float Ascent => Size * 1.0f;

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle WithBold(bool bold = true) => this with { Bold = bold };

    public TextStyle WithColor(SKColor color) => this with { Color = color };
}
