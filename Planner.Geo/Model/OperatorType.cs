namespace Planner.Geo.Model;

/// <summary>Who runs a camera; decides which rules apply. Contract names: municipality, police, authority, business, housing, private.</summary>
public enum OperatorType
{
    Municipality,
    Police,
    Authority,
    Business,
    Housing,
    Private,
}

public static class OperatorTypes
{
    /// <summary>All contract names, for error messages ("municipality, police, …").</summary>
    public static string AllNames { get; } = string.Join(", ", Enum.GetValues<OperatorType>().Select(t => t.ToContractName()));

    public static string ToContractName(this OperatorType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out OperatorType type)
    {
        type = default;
        return !string.IsNullOrWhiteSpace(text)
            && !int.TryParse(text, out _)
            && Enum.TryParse(text.Trim(), ignoreCase: true, out type);
    }
}
