using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>The batch form of an <see cref="IPlanLevelCheck"/>'s plan-level findings, and what list checks share.</summary>
internal static class PlanLevelGroups
{
    /// <summary>
    /// The rule's plan-level findings over the whole context: the cameras (by id) grouped by
    /// <see cref="IPlanLevelCheck.Group"/>, each group's findings in group-key order (ordinal).
    /// </summary>
    public static IEnumerable<Finding> Evaluate(IPlanLevelCheck check, RuleContext context, RuleDefinition rule) =>
        context.Cameras
            .Select(c => (Camera: c, Group: check.Group(context, rule, c)))
            .Where(t => t.Group is not null)
            .GroupBy(t => t.Group!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => check.GroupFindings(context, rule, g.Key, [.. g.Select(t => t.Camera)]));

    /// <summary>The one group of a camera-list check: "" when the camera is listed, else null.</summary>
    public static string? Listed(bool listed) => listed ? "" : null;

    /// <summary>A camera list shows ids and positions, so a listed camera changes it only by moving.</summary>
    public static bool Moved((Camera Camera, CameraView View) before, (Camera Camera, CameraView View) after) =>
        !before.Camera.X.Equals(after.Camera.X) || !before.Camera.Y.Equals(after.Camera.Y);
}
