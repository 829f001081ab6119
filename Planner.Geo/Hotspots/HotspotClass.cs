namespace Planner.Geo.Hotspots;

/// <summary>The contract's hotspot classes (after Benjamini–Hochberg FDR, see <see cref="FalseDiscoveryRate"/>).</summary>
public enum HotspotClass
{
    None = 0,
    Hot90,
    Hot95,
    Hot99,
    Cold90,
    Cold95,
    Cold99,
}

public static class HotspotClasses
{
    /// <summary>Contract order: hot99, hot95, hot90, none, cold90, cold95, cold99.</summary>
    public static IReadOnlyList<HotspotClass> All { get; } =
        [HotspotClass.Hot99, HotspotClass.Hot95, HotspotClass.Hot90, HotspotClass.None, HotspotClass.Cold90, HotspotClass.Cold95, HotspotClass.Cold99];

    /// <summary>hot99, hot95, hot90, none, cold90, cold95, cold99.</summary>
    public static string ToContractName(this HotspotClass c) => c switch
    {
        HotspotClass.None => "none",
        HotspotClass.Hot90 => "hot90",
        HotspotClass.Hot95 => "hot95",
        HotspotClass.Hot99 => "hot99",
        HotspotClass.Cold90 => "cold90",
        HotspotClass.Cold95 => "cold95",
        HotspotClass.Cold99 => "cold99",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "unknown class"),
    };

    public static bool IsHot(this HotspotClass c) => c is HotspotClass.Hot90 or HotspotClass.Hot95 or HotspotClass.Hot99;

    public static bool IsCold(this HotspotClass c) => c is HotspotClass.Cold90 or HotspotClass.Cold95 or HotspotClass.Cold99;
}
