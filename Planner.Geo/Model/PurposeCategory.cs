namespace Planner.Geo.Model;

/// <summary>
/// The legal category of a camera's purpose. Contract names: tryghed (promoting the sense of safety, the purpose § 2 a
/// allows), crime_prevention (general crime prevention, no § 2 a basis by itself), security (protecting own premises,
/// staff or property), evidence (investigation), traffic, other.
/// </summary>
public enum PurposeCategory
{
    Tryghed,
    CrimePrevention,
    Security,
    Evidence,
    Traffic,
    Other,
}

public static class PurposeCategories
{
    private static readonly Dictionary<string, PurposeCategory> ByName = Enum.GetValues<PurposeCategory>()
        .ToDictionary(c => c.ToContractName(), c => c, StringComparer.OrdinalIgnoreCase);

    /// <summary>All contract names, for error messages.</summary>
    public static string AllNames => string.Join(", ", ByName.Keys);

    public static string ToContractName(this PurposeCategory category) => category switch
    {
        PurposeCategory.Tryghed => "tryghed",
        PurposeCategory.CrimePrevention => "crime_prevention",
        PurposeCategory.Security => "security",
        PurposeCategory.Evidence => "evidence",
        PurposeCategory.Traffic => "traffic",
        PurposeCategory.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "unknown purpose category"),
    };

    public static bool TryParse(string? text, out PurposeCategory category)
    {
        category = default;
        return text is not null && ByName.TryGetValue(text.Trim(), out category);
    }
}
