using Planner.Geo.Hotspots;

namespace Planner.Desktop.Components.Analyst;

/// <summary>The hotspot classes as the map draws them (colours as in ClientApp/src/analysis.js) and what each means.</summary>
internal static class HotspotLegend
{
    public static string Colour(HotspotClass c) => c switch
    {
        HotspotClass.Hot99 => "#b35806",
        HotspotClass.Hot95 => "#f1a340",
        HotspotClass.Hot90 => "#fee0b6",
        HotspotClass.Cold90 => "#d8daeb",
        HotspotClass.Cold95 => "#998ec3",
        HotspotClass.Cold99 => "#542788",
        _ => "transparent",
    };

    public static string Label(HotspotClass c) => c switch
    {
        HotspotClass.Hot99 => "hot spot, 99 % confidence",
        HotspotClass.Hot95 => "hot spot, 95 % confidence",
        HotspotClass.Hot90 => "hot spot, 90 % confidence",
        HotspotClass.Cold90 => "cold spot, 90 % confidence",
        HotspotClass.Cold95 => "cold spot, 95 % confidence",
        HotspotClass.Cold99 => "cold spot, 99 % confidence",
        _ => "not significant (not drawn)",
    };
}
