using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// The stable identity of a finding across edits: camera (null for plan-level findings), rule and outcome, plus an
/// ordinal for a check that gives several findings of one outcome for the same camera (e.g. one per zone).
/// </summary>
public readonly record struct FindingKey(string? CameraId, string RuleId, string Outcome, int Ordinal)
{
    /// <summary>Keys of <paramref name="findings"/> in their order; repeated (camera, rule, outcome) get ordinals 0, 1, ….</summary>
    public static IReadOnlyList<FindingKey> Of(IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var seen = new Dictionary<(string?, string, string), int>();
        var keys = new FindingKey[findings.Count];
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            var k = (f.CameraId, f.RuleId, f.Outcome);
            seen.TryGetValue(k, out var n);
            seen[k] = n + 1;
            keys[i] = new FindingKey(f.CameraId, f.RuleId, f.Outcome, n);
        }

        return keys;
    }

    public override string ToString() => $"{CameraId ?? "(plan)"}/{RuleId}/{Outcome}#{Ordinal}";
}
