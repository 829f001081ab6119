namespace Planner.Geo.Stores;

/// <summary>The group roles of a shared-plan database (PostgreSQL roles <c>cctvplanner_*</c>).</summary>
public enum PostGisRole
{
    /// <summary><c>cctvplanner_planner</c>: reads plans, edits plans, cameras, buildings and zones; sees incident counts only.</summary>
    Planner,

    /// <summary><c>cctvplanner_analyst</c>: reads everything including incident rows, writes incidents and results.</summary>
    Analyst,

    /// <summary><c>cctvplanner_reviewer</c>: reads everything but incident rows, records sign-offs.</summary>
    Reviewer,
}

public static class PostGisRoles
{
    public const string DefaultOwner = "cctvplanner_owner";

    public static string RoleName(this PostGisRole role) => "cctvplanner_" + role.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out PostGisRole role)
    {
        var name = (text ?? "").Trim().ToLowerInvariant();
        name = name.StartsWith("cctvplanner_", StringComparison.Ordinal) ? name["cctvplanner_".Length..] : name;
        return Enum.TryParse(name, ignoreCase: true, out role) && Enum.IsDefined(role) && !name.Any(char.IsDigit);
    }
}
