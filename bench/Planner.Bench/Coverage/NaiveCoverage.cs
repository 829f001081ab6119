using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Bench.Coverage;

/// <summary>
/// The naive reference: footprint (sector polygon, 0.5° chords) minus the union of per-building shadow polygons built
/// with NTS — for each building within range, its footprint plus, per edge, the quadrilateral between the edge and its
/// shadow end (the edge scaled about the camera by (h − t)/(h − H), or pushed beyond the far limit when endless). The
/// mount building contributes only its footprint. Same 2.5D rule as the engine; used only to compare speed and area.
/// </summary>
internal sealed class NaiveCoverage
{
    private static readonly GeometryFactory Factory = new();
    private readonly IReadOnlyList<Building> _buildings;
    private readonly STRtree<int> _tree = new();

    public NaiveCoverage(IReadOnlyList<Building> buildings)
    {
        _buildings = buildings;
        for (var i = 0; i < buildings.Count; i++)
        {
            _tree.Insert(buildings[i].Footprint.EnvelopeInternal, i);
        }

        _tree.Build();
    }

    public Geometry Visible(Camera camera, double target = 0)
    {
        var g = ViewGeometry.Of(camera.Optics, target);
        if (!g.HasFootprint)
        {
            return Factory.CreatePolygon();
        }

        var footprint = Sector(camera, g.NearM, g.FarM);
        var here = Factory.CreatePoint(camera.Location);
        var shadows = new List<Geometry>();
        var h = camera.Optics.HeightM;
        foreach (var i in _tree.Query(footprint.EnvelopeInternal))
        {
            var b = _buildings[i];
            if (!b.Footprint.EnvelopeInternal.Intersects(footprint.EnvelopeInternal))
            {
                continue;
            }

            shadows.Add(b.Footprint);
            if (b.Footprint.Distance(here) <= 0.5)
            {
                continue; // mount
            }

            var height = b.HeightM ?? double.PositiveInfinity;
            if (height <= target)
            {
                continue;
            }

            foreach (var ring in Rings(b.Footprint))
            {
                for (var k = 0; k + 1 < ring.Count; k++)
                {
                    var p = ring.GetCoordinate(k);
                    var q = ring.GetCoordinate(k + 1);
                    double sp, sq;
                    if (height >= h)
                    {
                        // Endless: push both ends past the far limit.
                        sp = (2 * g.FarM) / Math.Max(1e-6, p.Distance(camera.Location)) + 1;
                        sq = (2 * g.FarM) / Math.Max(1e-6, q.Distance(camera.Location)) + 1;
                    }
                    else
                    {
                        sp = sq = (h - target) / (h - height);
                    }

                    var p2 = new Coordinate(camera.X + ((p.X - camera.X) * sp), camera.Y + ((p.Y - camera.Y) * sp));
                    var q2 = new Coordinate(camera.X + ((q.X - camera.X) * sq), camera.Y + ((q.Y - camera.Y) * sq));
                    var quad = Factory.CreatePolygon([p, q, q2, p2, p]);
                    if (quad.IsValid && quad.Area > 0)
                    {
                        shadows.Add(quad);
                    }
                }
            }
        }

        return shadows.Count == 0 ? footprint : footprint.Difference(UnaryUnionOp.Union(shadows));
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

    private static Geometry Sector(Camera camera, double near, double far)
    {
        var o = camera.Optics;
        var full = o.Ptz || o.HfovDeg >= 360;
        var width = full ? 2 * Math.PI : o.HfovDeg * Math.PI / 180;
        var start = (o.HeadingDeg * Math.PI / 180) - (full ? 0 : width / 2);
        var n = (int)Math.Ceiling(width / (0.5 * Math.PI / 180));
        var outer = new List<Coordinate>();
        var inner = new List<Coordinate>();
        for (var i = 0; i <= n; i++)
        {
            var b = start + (width * i / n);
            outer.Add(new Coordinate(camera.X + (far * Math.Sin(b)), camera.Y + (far * Math.Cos(b))));
            inner.Add(new Coordinate(camera.X + (near * Math.Sin(b)), camera.Y + (near * Math.Cos(b))));
        }

        if (full)
        {
            outer[^1] = outer[0];
            var disc = Factory.CreatePolygon([.. outer]);
            if (near <= 0)
            {
                return disc;
            }

            inner[^1] = inner[0];
            return disc.Difference(Factory.CreatePolygon([.. inner]));
        }

        inner.Reverse();
        var ring = new List<Coordinate>(outer);
        if (near > 0)
        {
            ring.AddRange(inner);
        }
        else
        {
            ring.Add(camera.Location);
        }

        ring.Add(ring[0]);
        return Factory.CreatePolygon([.. ring]);
    }
}
