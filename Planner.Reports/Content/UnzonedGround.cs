using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Reports.Content;

/// <summary>
/// Ground a camera sees that no zone of the plan covers: no rule can judge it, so the report lists it as an open
/// question instead of letting silence read as an all-clear. Areas in m² of the working CRS; slivers of at most
/// <see cref="SliverM2"/> (floating-point noise along shared edges) count as none.
/// </summary>
public static class UnzonedGround
{
    public const double SliverM2 = 1.0;

    /// <summary>Per camera id, the unzoned area of its visible view, m² (cameras with none are left out).</summary>
    public static IReadOnlyDictionary<string, double> Of(IReadOnlyList<CameraView> views, IReadOnlyList<Zone> zones)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(zones);
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, double>(StringComparer.Ordinal);
        if (views.Count == 0)
        {
            return result;
        }

        var factory = new GeometryFactory(new PrecisionModel(), 0);
        var union = zones.Count == 0 ? factory.CreatePolygon() : OverlayNGRobust.Union(factory.BuildGeometry(zones.Select(z => z.Area).ToArray()));
        Parallel.ForEach(views, v =>
        {
            var visible = v[DoriLevel.Visible];
            if (visible.IsEmpty)
            {
                return;
            }

            var area = union.IsEmpty ? visible.Area : OverlayNGRobust.Overlay(visible, union, NetTopologySuite.Operation.Overlay.SpatialFunction.Difference).Area;
            if (area > SliverM2)
            {
                result[v.CameraId] = area;
            }
        });
        return result;
    }
}
