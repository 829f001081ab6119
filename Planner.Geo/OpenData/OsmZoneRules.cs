using Planner.Geo.Model;

namespace Planner.Geo.OpenData;

/// <summary>What an OSM feature's tags make of it: a premises zone (kind and business type) and the rule that said so.</summary>
public readonly record struct PremisesRule(ZoneKind Kind, string BusinessType, string Tag);

/// <summary>
/// The tag rules of zone derivation (documented in Planner.Geo/OpenData/README.md). Public ground: areas with general
/// traffic; premises: shops, banks, hotels, restaurants, fuel, … (<c>business_premises</c> with a <c>business_type</c>),
/// nightlife (<c>nightlife_venue</c>), authority buildings (<c>business_premises</c>, business type <c>authority:…</c>),
/// schools; homes: residential building values.
/// </summary>
public static class OsmZoneRules
{
    /// <summary>OSM <c>building</c> values that are homes.</summary>
    public static IReadOnlySet<string> DwellingBuildings { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "residential", "apartments", "house", "detached", "semidetached_house", "terrace", "dormitory", "bungalow",
        "farm", "houseboat", "static_caravan", "cabin",
    };

    /// <summary>The tag that makes a closed way or multipolygon public ground, or null.</summary>
    public static string? PublicAreaTag(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (Private(tags))
        {
            return null;
        }

        if (tags.TryGetValue("area:highway", out var ah))
        {
            return $"area:highway={ah}";
        }

        if (tags.TryGetValue("highway", out var h) && h is "pedestrian" or "footway" or "living_street" or "service" or "residential" or "platform"
            && (tags.GetValueOrDefault("area") == "yes" || tags.GetValueOrDefault("type") == "multipolygon"))
        {
            return $"highway={h}, area=yes";
        }

        if (tags.GetValueOrDefault("place") == "square")
        {
            return "place=square";
        }

        if (tags.TryGetValue("leisure", out var l) && l is "park" or "playground")
        {
            return $"leisure={l}";
        }

        if (tags.GetValueOrDefault("amenity") == "parking" && tags.GetValueOrDefault("parking", "surface") == "surface")
        {
            return "amenity=parking (surface)";
        }

        if (tags.GetValueOrDefault("public_transport") == "platform" || tags.GetValueOrDefault("railway") == "platform")
        {
            return tags.ContainsKey("railway") ? "railway=platform" : "public_transport=platform";
        }

        return null;
    }

    /// <summary>Access that keeps the public out (private, no, customers-only parking is still public ground).</summary>
    public static bool Private(IReadOnlyDictionary<string, string> tags) =>
        tags.TryGetValue("access", out var a) && a is "private" or "no";

    /// <summary>The premises rule for a feature's tags, or null.</summary>
    public static PremisesRule? Premises(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var amenity = tags.GetValueOrDefault("amenity");
        switch (amenity)
        {
            case "bar" or "pub" or "nightclub":
                return new(ZoneKind.NightlifeVenue, amenity, $"amenity={amenity}");
            case "townhall" or "police" or "courthouse":
                return new(ZoneKind.BusinessPremises, "authority:" + amenity, $"amenity={amenity}");
            case "bank" or "casino" or "fuel":
                return new(ZoneKind.BusinessPremises, amenity, $"amenity={amenity}");
            case "restaurant" or "cafe" or "fast_food":
                return new(ZoneKind.BusinessPremises, "restaurant", $"amenity={amenity}");
            case "school":
                return new(ZoneKind.School, "school", "amenity=school");
        }

        if (tags.GetValueOrDefault("office") is { } office && (office == "employment_agency" || tags.GetValueOrDefault("government") is "employment_agency" or "job_centre"))
        {
            return new(ZoneKind.BusinessPremises, "authority:job_centre", office == "employment_agency" ? "office=employment_agency" : "government=job_centre");
        }

        if (tags.TryGetValue("tourism", out var tourism) && tourism is "hotel" or "hostel" or "motel" or "guest_house")
        {
            return new(ZoneKind.BusinessPremises, "hotel", $"tourism={tourism}");
        }

        if (tags.TryGetValue("shop", out var shop) && shop != "no" && shop != "vacant")
        {
            var type = shop switch { "mall" or "department_store" => "shopping_centre", "wholesale" => "wholesale", _ => "shop" };
            return new(ZoneKind.BusinessPremises, type, $"shop={shop}");
        }

        return null;
    }

    /// <summary>
    /// The business type of the law's list (§ 2 stk. 1 nr. 3) for a premises rule, <see cref="BusinessType.Other"/> for
    /// premises the list does not name (fuel stations, authorities), null for kinds that are not business premises.
    /// </summary>
    public static BusinessType? LegalBusinessType(PremisesRule rule) => rule.Kind switch
    {
        ZoneKind.BusinessPremises when rule.BusinessType == "wholesale" => Model.BusinessType.Wholesaler,
        ZoneKind.BusinessPremises => BusinessTypes.TryParse(rule.BusinessType, out var t) ? t : Model.BusinessType.Other,
        _ => null,
    };
}
