using Planner.Geo.Coverage;
using Planner.Geo.Model;
using SkiaSharp;

namespace Planner.Reports.Maps;

/// <summary>Map colours. DORI levels run cool to warm: the warmer, the better the image.</summary>
public static class MapStyle
{
    public static SKColor Background { get; } = new(0xFB, 0xFA, 0xF6);

    public static SKColor BuildingFill { get; } = new(0xC9, 0xC4, 0xBC);

    public static SKColor BuildingStroke { get; } = new(0x8A, 0x84, 0x7A);

    public static SKColor CameraColor { get; } = new(0x10, 0x10, 0x10);

    public static SKColor MutedCamera { get; } = new(0x80, 0x80, 0x80);

    public static SKColor IncidentColor { get; } = new(0x6A, 0x1B, 0x9A);

    public static SKColor MaskColor { get; } = new(0x20, 0x20, 0x20);

    public static SKColor SignColor { get; } = new(0x0B, 0x5C, 0xAD);

    public static SKColor Level(DoriLevel level) => level switch
    {
        DoriLevel.Visible => new SKColor(0x8F, 0xB8, 0xDE),
        DoriLevel.Detect => new SKColor(0x66, 0xBB, 0x6A),
        DoriLevel.Observe => new SKColor(0xF4, 0xD0, 0x3F),
        DoriLevel.Recognise => new SKColor(0xF5, 0x8B, 0x32),
        _ => new SKColor(0xD3, 0x2F, 0x2F),
    };

    public static SKColor Zone(ZoneKind kind) => kind switch
    {
        ZoneKind.UtrygArea => new SKColor(0x8E, 0x24, 0xAA),
        ZoneKind.Dwelling => new SKColor(0xE6, 0x7E, 0x22),
        ZoneKind.PublicArea => new SKColor(0x9E, 0x9E, 0x9E),
        _ => new SKColor(0x26, 0x80, 0x7A),
    };

    /// <summary>Fill of a Gi* class; transparent for "none".</summary>
    public static SKColor Hotspot(string giClass) => giClass switch
    {
        "hot99" => new SKColor(0xB2, 0x18, 0x2B),
        "hot95" => new SKColor(0xEF, 0x8A, 0x62),
        "hot90" => new SKColor(0xFD, 0xDB, 0xC7),
        "cold90" => new SKColor(0xD1, 0xE5, 0xF0),
        "cold95" => new SKColor(0x67, 0xA9, 0xCF),
        "cold99" => new SKColor(0x21, 0x66, 0xAC),
        _ => SKColors.Transparent,
    };
}
