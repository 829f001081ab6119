using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>Page size and margins in points (1/72 inch). <see cref="A4"/>: 210 × 297 mm, 20 mm side margins.</summary>
public readonly record struct PageSetup(float Width, float Height, float Left, float Right, float Top, float Bottom)
{
    public static PageSetup A4 { get; } = new(595.28f, 841.89f, 56.7f, 56.7f, 62f, 56f);

    public float ContentWidth => Width - Left - Right;

    public float ContentHeight => Height - Top - Bottom;

    public SKRect Content => SKRect.Create(Left, Top, ContentWidth, ContentHeight);
}
