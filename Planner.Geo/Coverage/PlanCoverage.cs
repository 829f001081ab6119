using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>
/// Coverage of one zone (areas in m² of the working CRS): <c>CoveredM2</c> = zone area seen at each level (union over
/// cameras); <c>BlindSpot</c> = zone area no camera sees; <c>OverlapM2</c> = zone area seen by at least two cameras.
/// </summary>
public sealed record ZoneCoverage(
    string ZoneId, ZoneKind Kind, double AreaM2, IReadOnlyDictionary<DoriLevel, double> CoveredM2, Geometry BlindSpot, double OverlapM2)
{
    public double BlindSpotM2 => BlindSpot.Area;

    /// <summary>Share of the zone seen at <paramref name="level"/>, in [0, 1] (0 for an empty zone).</summary>
    public double Fraction(DoriLevel level) => AreaM2 <= 0 ? 0 : Math.Min(1, CoveredM2[level] / AreaM2);
}

/// <summary>
/// Plan-level coverage: per level the union of all cameras' views (OverlayNG), the ground seen by two or more cameras,
/// and per zone the area covered per level, blind spots and overlap. Deterministic: the same inputs give the same
/// geometries (cameras are combined in their order).
/// </summary>
public sealed record PlanCoverage(
    IReadOnlyDictionary<DoriLevel, Geometry> Union, Geometry Overlap, IReadOnlyList<ZoneCoverage> Zones)
{
    public double AreaM2(DoriLevel level) => Union[level].Area;

    public double OverlapM2 => Overlap.Area;

    /// <summary>Combines per-camera views (from <see cref="CoverageEngine"/>) with the plan's zones.</summary>
    public static PlanCoverage Compute(IReadOnlyList<CameraView> views, IReadOnlyList<Zone> zones, GeometryFactory? factory = null)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(zones);
        factory ??= new GeometryFactory();
        var union = new Dictionary<DoriLevel, Geometry>();
        foreach (var level in DoriLevels.All)
        {
            union[level] = UnionOf(views.Select(v => v[level]).Where(g => !g.IsEmpty).ToList(), factory);
        }

        var overlap = OverlapOf(views, factory);
        var zoneResults = new List<ZoneCoverage>(zones.Count);
        foreach (var zone in zones)
        {
            var covered = new Dictionary<DoriLevel, double>();
            foreach (var level in DoriLevels.All)
            {
                covered[level] = Clip(zone.Area, union[level], SpatialFunction.Intersection).Area;
            }

            var blind = Clip(zone.Area, union[DoriLevel.Visible], SpatialFunction.Difference);
            zoneResults.Add(new ZoneCoverage(zone.Id, zone.Kind, zone.Area.Area, covered, blind, Clip(zone.Area, overlap, SpatialFunction.Intersection).Area));
        }

        return new PlanCoverage(union, overlap, zoneResults);
    }

    private static Geometry Clip(Geometry a, Geometry b, SpatialFunction op) =>
        b.IsEmpty ? (op == SpatialFunction.Difference ? a.Copy() : a.Factory.CreatePolygon()) : OverlayNGRobust.Overlay(a, b, op);

    private static Geometry UnionOf(List<Geometry> parts, GeometryFactory factory) =>
        parts.Count == 0 ? factory.CreatePolygon() : OverlayNGRobust.Union(factory.BuildGeometry(parts));

    /// <summary>Ground seen by ≥ 2 cameras: the union of pairwise intersections of visible areas (pairs found by envelope).</summary>
    private static Geometry OverlapOf(IReadOnlyList<CameraView> views, GeometryFactory factory)
    {
        var tree = new STRtree<int>();
        for (var i = 0; i < views.Count; i++)
        {
            if (!views[i].Visible.IsEmpty)
            {
                tree.Insert(views[i].Visible.EnvelopeInternal, i);
            }
        }

        var parts = new List<Geometry>();
        for (var i = 0; i < views.Count; i++)
        {
            var a = views[i].Visible;
            if (a.IsEmpty)
            {
                continue;
            }

            var candidates = tree.Query(a.EnvelopeInternal).Where(j => j > i).Order().ToList();
            foreach (var j in candidates)
            {
                var both = OverlayNGRobust.Overlay(a, views[j].Visible, SpatialFunction.Intersection);
                if (both.Area > 0)
                {
                    parts.Add(both);
                }
            }
        }

        return UnionOf(parts, factory);
    }
}
