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

    /// <summary>
    /// Fill of a Gi* class; transparent for "none". Hot spots run light to dark magenta (ColorBrewer RdPu), cold spots
    /// light to dark blue: neither is the red of the DORI identify level nor the grey of the density shading.
    /// </summary>
    public static SKColor Hotspot(string giClass) => giClass switch
    {
        "hot99" => new SKColor(0x7A, 0x01, 0x77),
        "hot95" => new SKColor(0xC5, 0x1B, 0x8A),
        "hot90" => new SKColor(0xE7, 0xA1, 0xE0),
        "cold90" => new SKColor(0x9E, 0xCA, 0xE1),
        "cold95" => new SKColor(0x42, 0x92, 0xC6),
        "cold99" => new SKColor(0x08, 0x51, 0x9C),
        _ => SKColors.Transparent,
    };

    /// <summary>Kernel density shading: neutral grey, darker where denser.</summary>
    public static SKColor Density { get; } = new(0x40, 0x40, 0x40);

    /// <summary>Parts of a view that break a rule.</summary>
    public static SKColor Offending { get; } = new(0x8B, 0x00, 0x00);

    public static SKColor ViewOutline { get; } = new(0x1E, 0x5A, 0xA8);

    public static SKColor Street { get; } = new(0x55, 0x55, 0x55);
}
