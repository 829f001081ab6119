using System.Globalization;

namespace Planner.Geo.Coverage;

/// <summary>
/// Issue 14: a camera whose real view is empty (it faces a wall, a building stands right in front of it, or it is placed
/// inside one) sees nothing; outputs say so rather than show it as a camera without findings.
/// </summary>
public static class EmptyViews
{
    /// <summary>Visible area below which a view counts as empty, m² (slivers of the overlay).</summary>
    public const double MinAreaM2 = 0.01;

    /// <summary>Ids of the cameras whose visible ground is empty, in input order.</summary>
    public static IReadOnlyList<string> CameraIds(IReadOnlyList<CameraView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        return [.. views.Where(v => v.Visible.IsEmpty || v.Visible.Area < MinAreaM2).Select(v => v.CameraId)];
    }

    /// <summary>One warning line naming up to <paramref name="examples"/> such cameras, or null when every camera sees something.</summary>
    public static string? Warning(IReadOnlyList<CameraView> views, int examples = 5)
    {
        var ids = CameraIds(views);
        return ids.Count == 0
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"{ids.Count} camera(s) see nothing (empty view: facing a wall or a building right in front, or placed inside one): {Few(ids, examples)}");
    }

    /// <summary>"a, b, c" or "a, b, c, … (12 more)".</summary>
    public static string Few(IReadOnlyList<string> ids, int count)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return ids.Count <= count
            ? string.Join(", ", ids)
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(", ", ids.Take(count))}, … ({ids.Count - count} more)");
    }
}
