using System.Globalization;
using Planner.Geo.Model;

namespace Planner.Geo.OpenData;

/// <summary>Zones and streets derived from open data, with warnings about what could not be derived.</summary>
public sealed record ZoneDerivationResult(IReadOnlyList<Zone> Zones, IReadOnlyList<Street> Streets, IReadOnlyList<string> Warnings)
{
    /// <summary>Per kind: number of zones, and the area of their union in m² (overlaps counted once).</summary>
    public IReadOnlyList<(ZoneKind Kind, int Count, double UnionAreaM2)> Summary() =>
        [.. Zones.GroupBy(z => z.Kind).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), NetTopologySuite.Operation.Union.UnaryUnionOp.Union(g.Select(z => z.Area).ToList()).Area))];

    /// <summary>"public_area 812 (412,345 m²), dwelling 18 (…), …".</summary>
    public string SummaryLine() => Zones.Count == 0
        ? "no zones"
        : string.Join(", ", Summary().Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Kind.ToContractName()} {s.Count} ({s.UnionAreaM2:N0} m²)")));
}
