namespace Planner.Geo.Model;

/// <summary>Zone kinds of the contract (snake_case names in files).</summary>
public enum ZoneKind
{
    /// <summary>Roads, squares, paths: areas with general traffic.</summary>
    PublicArea,

    /// <summary>Homes, windows, private gardens of others.</summary>
    Dwelling,

    /// <summary>Boligområde.</summary>
    ResidentialArea,

    /// <summary>Designated insecure area ("utrygt område").</summary>
    UtrygArea,

    BusinessPremises,

    /// <summary>The operator's own entrance or facade.</summary>
    Entrance,

    NightlifeVenue,

    School,
}

public static class ZoneKinds
{
    private static readonly Dictionary<string, ZoneKind> ByName = Enum.GetValues<ZoneKind>()
        .ToDictionary(k => k.ToContractName(), k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>All contract names, for error messages.</summary>
    public static string AllNames => string.Join(", ", ByName.Keys);

    public static string ToContractName(this ZoneKind kind) => kind switch
    {
        ZoneKind.PublicArea => "public_area",
        ZoneKind.Dwelling => "dwelling",
        ZoneKind.ResidentialArea => "residential_area",
        ZoneKind.UtrygArea => "utryg_area",
        ZoneKind.BusinessPremises => "business_premises",
        ZoneKind.Entrance => "entrance",
        ZoneKind.NightlifeVenue => "nightlife_venue",
        ZoneKind.School => "school",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown zone kind"),
    };

    public static bool TryParse(string? text, out ZoneKind kind)
    {
        kind = default;
        return text is not null && ByName.TryGetValue(text.Trim(), out kind);
    }
}
