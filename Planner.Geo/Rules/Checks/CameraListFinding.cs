using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>One plan-level finding that lists cameras (count, ids, their points), or none when the list is empty.</summary>
internal static class CameraListFinding
{
    public static IEnumerable<Finding> For(RuleContext context, RuleDefinition rule, string outcome, IReadOnlyList<Camera> cameras)
    {
        if (cameras.Count == 0)
        {
            return [];
        }

        var ids = cameras.Select(c => c.Id).ToList();
        return
        [
            context.Make(
                rule,
                outcome,
                null,
                Conditions.Values(("count", ids.Count), ("cameras", ids)),
                Conditions.Points(cameras),
                "cameras",
                rule.Parameters.Where(p => p.IsAssumption),
                ids),
        ];
    }
}
