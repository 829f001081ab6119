using SkiaSharp;

namespace Planner.Reports.Layout;

/// <summary>The document's colours.</summary>
public static class Palette
{
    public static SKColor Accent { get; } = new(0x1F, 0x3A, 0x5F);

    public static SKColor Rule { get; } = new(0xB0, 0xB8, 0xC4);

    public static SKColor HeaderFill { get; } = new(0xE4, 0xE9, 0xF0);

    public static SKColor Zebra { get; } = new(0xF6, 0xF7, 0xF9);

    public static SKColor Muted { get; } = new(0x55, 0x5B, 0x66);

    public static SKColor Fail { get; } = new(0xC6, 0x28, 0x28);

    public static SKColor Warn { get; } = new(0xE0, 0x8A, 0x00);

    public static SKColor Info { get; } = new(0x1E, 0x6F, 0xB8);

    public static SKColor Synthetic { get; } = new(0xB0, 0x00, 0x60);
}
