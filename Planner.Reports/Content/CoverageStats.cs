using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.OverlayNG;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Reports.Content;

/// <summary>
/// The summary's coverage numbers from the cameras' occluded views: the union of all views per DORI level, the share
/// of each utryg area inside it, and the incidents inside it (a point on the boundary counts as covered).
/// Areas in m² of the working CRS.
/// </summary>
public sealed class CoverageStats
{
    private CoverageStats(IReadOnlyDictionary<DoriLevel, Geometry> unions) => Unions = unions;

    public IReadOnlyDictionary<DoriLevel, Geometry> Unions { get; }

    public static CoverageStats Of(IReadOnlyList<CameraView> views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var factory = new GeometryFactory(new PrecisionModel(), 0);
        // The levels are independent unions: one per core (the result does not depend on the order).
        var levels = DoriLevels.All;
        var results = new Geometry[levels.Count];
        Parallel.For(0, levels.Count, i =>
        {
            var parts = views.Select(v => v[levels[i]]).Where(g => !g.IsEmpty).ToArray();
            results[i] = parts.Length == 0 ? factory.CreatePolygon() : OverlayNGRobust.Union(factory.BuildGeometry(parts));
        });
        return new CoverageStats(levels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => results[x.i]));
    }

    /// <summary>Share of <paramref name="area"/> inside the union of views at <paramref name="level"/>, in [0, 1].</summary>
    public double ShareOf(Geometry area, DoriLevel level)
    {
        ArgumentNullException.ThrowIfNull(area);
        return area.Area <= 0 ? 0 : OverlayNGRobust.Overlay(area, Unions[level], NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection).Area / area.Area;
    }

    /// <summary>Number of incidents inside the union of views at <paramref name="level"/>.</summary>
    public int IncidentsIn(IReadOnlyList<Incident> incidents, DoriLevel level)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        var prepared = PreparedGeometryFactory.Prepare(Unions[level]);
        var factory = Unions[level].Factory;
        return incidents.Count(i => prepared.Intersects(factory.CreatePoint(new Coordinate(i.X, i.Y))));
    }
}
