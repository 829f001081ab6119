using NetTopologySuite.Geometries;
using NetTopologySuite.LinearReferencing;
using NetTopologySuite.Operation.Linemerge;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// Proposes sign positions where public paths enter a camera's view. Method: the view's boundary is intersected with
/// the public area (including the public area's own edge, e.g. a pavement along the facade the camera hangs on); the
/// pieces are merged into connected lines; each line at least <c>minEntryM</c> long (shorter ones are the boundary
/// grazing a corner) gets one point at half its length, so the point lies on the view boundary, inside the public
/// area, in the middle of the entry; points are rounded to centimetres and taken in (x, y) order, dropping any closer
/// than <c>spacingM</c> to one already taken. Working CRS, metres.
/// </summary>
internal static class SignPoints
{
    public static IReadOnlyList<Point> Propose(Geometry view, Geometry publicArea, double minEntryM, double spacingM)
    {
        if (view.IsEmpty || publicArea.IsEmpty)
        {
            return [];
        }

        var crossing = OverlayNGRobust.Overlay(view.Boundary, publicArea, SpatialFunction.Intersection);
        var merger = new LineMerger();
        for (var i = 0; i < crossing.NumGeometries; i++)
        {
            if (crossing.GetGeometryN(i) is LineString { IsEmpty: false } line)
            {
                merger.Add(line);
            }
        }

        var candidates = merger.GetMergedLineStrings()
            .Where(l => l.Length >= minEntryM)
            .Select(l => new LengthIndexedLine(l).ExtractPoint(l.Length / 2))
            .Select(c => new Coordinate(Math.Round(c.X, 2), Math.Round(c.Y, 2)))
            .OrderBy(c => c.X)
            .ThenBy(c => c.Y);
        var taken = new List<Coordinate>();
        foreach (var c in candidates)
        {
            if (taken.All(t => t.Distance(c) >= spacingM))
            {
                taken.Add(c);
            }
        }

        return [.. taken.Select(c => GeoOps.Factory.CreatePoint(c))];
    }
}
