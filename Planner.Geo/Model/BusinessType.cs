namespace Planner.Geo.Model;

/// <summary>
/// The business types tv-overvågningsloven § 2 stk. 1 nr. 3 lists (pengeinstitutter, spillekasinoer, hoteller,
/// restauranter, engroshandler, butikscentre, butikker), plus <see cref="Other"/> for every business the list does not
/// name. Contract names: bank, casino, hotel, restaurant, wholesaler, shopping_centre, shop, other.
/// </summary>
public enum BusinessType
{
    Bank,
    Casino,
    Hotel,
    Restaurant,
    Wholesaler,
    ShoppingCentre,
    Shop,
    Other,
}

public static class BusinessTypes
{
    private static readonly Dictionary<string, BusinessType> ByName = Enum.GetValues<BusinessType>()
        .ToDictionary(t => t.ToContractName(), t => t, StringComparer.OrdinalIgnoreCase);

    /// <summary>All contract names, for error messages.</summary>
    public static string AllNames => string.Join(", ", ByName.Keys);

    /// <summary>True for the types § 2 stk. 1 nr. 3 lists.</summary>
    public static bool IsListedInLaw(this BusinessType type) => type != BusinessType.Other;

    public static string ToContractName(this BusinessType type) => type switch
    {
        BusinessType.ShoppingCentre => "shopping_centre",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? text, out BusinessType type)
    {
        type = default;
        return text is not null && ByName.TryGetValue(text.Trim(), out type);
    }
}
