using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Tests.Coverage;

/// <summary>
/// Reference visibility written independently of the engine: a ground point is seen when it is inside the
/// camera's footprint (closed-form near/far and sector), not inside any footprint, and the 3D sight line from the eye
/// (height h) to the target top (height t) passes above every non-mount building it crosses (a crossing at horizontal
/// distance s of a building of height H blocks when the line's height h − (h − t)·s/r there is below H; unknown
/// height blocks always). Mount: a footprint containing the camera or within 0.5 m of it (by NTS distance).
/// </summary>
internal sealed class BruteForceVisibility
{
    private readonly Camera _camera;
    private readonly double _h;
    private readonly double _t;
    private readonly List<(Geometry Footprint, double H, bool Mount, (double X0, double Y0, double X1, double Y1)[] Edges)> _buildings = [];

    public BruteForceVisibility(Camera camera, IEnumerable<Building> buildings, double target, double reach)
    {
        _camera = camera;
        _h = camera.Optics.HeightM;
        _t = target;
        var geometry = ViewGeometry.Of(camera.Optics, target);
        Near = geometry.NearM;
        Far = geometry.FarM;
        var here = Scene.Factory.CreatePoint(camera.Location);
        foreach (var b in buildings)
        {
            if (b.Footprint.Distance(here) > reach)
            {
                continue;
            }

            var edges = new List<(double, double, double, double)>();
            foreach (var ring in Rings(b.Footprint))
            {
                for (var i = 0; i + 1 < ring.Count; i++)
                {
                    edges.Add((ring.GetX(i), ring.GetY(i), ring.GetX(i + 1), ring.GetY(i + 1)));
                }
            }

            _buildings.Add((b.Footprint, b.HeightM ?? double.PositiveInfinity, b.Footprint.Distance(here) <= 0.5, [.. edges]));
        }
    }

    public double Near { get; }

    public double Far { get; }

    public bool IsVisible(double x, double y)
    {
        double dx = x - _camera.X, dy = y - _camera.Y;
        var r = Math.Sqrt((dx * dx) + (dy * dy));
        if (r < Near || r > Far || !InSector(dx, dy))
        {
            return false;
        }

        var p = Scene.Factory.CreatePoint(new Coordinate(x, y));
        foreach (var b in _buildings)
        {
            if (b.Footprint.EnvelopeInternal.Contains(x, y) && b.Footprint.Covers(p))
            {
                return false;
            }

            var env = b.Footprint.EnvelopeInternal;
            if (b.Mount || env.MaxX < Math.Min(x, _camera.X) || env.MinX > Math.Max(x, _camera.X) || env.MaxY < Math.Min(y, _camera.Y) || env.MinY > Math.Max(y, _camera.Y))
            {
                continue;
            }

            foreach (var (x0, y0, x1, y1) in b.Edges)
            {
                var s = CrossingFraction(_camera.X, _camera.Y, x, y, x0, y0, x1, y1);
                if (s is > 0 and < 1)
                {
                    var lineHeight = _h - ((_h - _t) * s.Value);
                    if (lineHeight < b.H)
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>Visible area estimated on a polar grid (cell centres, weight r·dr·dθ) over the footprint.</summary>
    public double EstimateArea(int radial, int angular, Func<double, double, bool>? also = null)
    {
        var (start, width) = Sector();
        var dr = (Far - Near) / radial;
        var da = width / angular;
        double area = 0;
        for (var i = 0; i < radial; i++)
        {
            var r = Near + ((i + 0.5) * dr);
            for (var j = 0; j < angular; j++)
            {
                var b = start + ((j + 0.5) * da);
                double x = _camera.X + (r * Math.Sin(b)), y = _camera.Y + (r * Math.Cos(b));
                if (IsVisible(x, y) && (also?.Invoke(x, y) ?? true))
                {
                    area += r * dr * da;
                }
            }
        }

        return area;
    }

    public (double Start, double Width) Sector()
    {
        var o = _camera.Optics;
        return o.Ptz || o.HfovDeg >= 360 ? (0, 2 * Math.PI) : ((o.HeadingDeg - (o.HfovDeg / 2)) * Math.PI / 180, o.HfovDeg * Math.PI / 180);
    }

    private bool InSector(double dx, double dy)
    {
        var (start, width) = Sector();
        if (width >= 2 * Math.PI)
        {
            return true;
        }

        var a = (Math.Atan2(dx, dy) - start) % (2 * Math.PI);
        if (a < 0)
        {
            a += 2 * Math.PI;
        }

        return a <= width;
    }

    /// <summary>Fraction along A→B where it crosses segment P→Q, or null.</summary>
    private static double? CrossingFraction(double ax, double ay, double bx, double by, double px, double py, double qx, double qy)
    {
        double rx = bx - ax, ry = by - ay, sx = qx - px, sy = qy - py;
        var denom = (rx * sy) - (ry * sx);
        if (denom == 0)
        {
            return null;
        }

        var t = (((px - ax) * sy) - ((py - ay) * sx)) / denom;
        var u = (((px - ax) * ry) - ((py - ay) * rx)) / denom;
        return u is >= 0 and <= 1 ? t : null;
    }

    private static IEnumerable<CoordinateSequence> Rings(Geometry g)
    {
        for (var i = 0; i < g.NumGeometries; i++)
        {
            var p = (Polygon)g.GetGeometryN(i);
            yield return p.ExteriorRing.CoordinateSequence;
            foreach (var hole in p.InteriorRings)
            {
                yield return hole.CoordinateSequence;
            }
        }
    }
}
