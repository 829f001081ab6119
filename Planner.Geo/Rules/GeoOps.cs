using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Union;

namespace Planner.Geo.Rules;

/// <summary>
/// Robust polygon overlay helpers for the rule checks (OverlayNG with snapping fallback). Inputs are never mutated.
/// Results are polygonal (lower-dimension slivers of an intersection are dropped) or empty.
/// </summary>
internal static class GeoOps
{
    public static readonly GeometryFactory Factory = new();

    public static Geometry Empty => Factory.CreatePolygon();

    public static Geometry Intersection(Geometry a, Geometry b) =>
        a.IsEmpty || b.IsEmpty || !a.EnvelopeInternal.Intersects(b.EnvelopeInternal)
            ? Empty
            : Polygonal(OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection));

    public static Geometry Difference(Geometry a, Geometry b) =>
        a.IsEmpty ? Empty
        : b.IsEmpty || !a.EnvelopeInternal.Intersects(b.EnvelopeInternal) ? a
        : Polygonal(OverlayNGRobust.Overlay(a, b, SpatialFunction.Difference));

    public static Geometry Union(IEnumerable<Geometry> parts)
    {
        var list = parts.Where(g => !g.IsEmpty).ToList();
        return list.Count switch
        {
            0 => Empty,
            1 => list[0],
            _ => Polygonal(UnaryUnionOp.Union(list)),
        };
    }

    /// <summary>Buffer by <paramref name="distanceM"/> metres (0 = the geometry itself; 8 segments per quarter circle).</summary>
    public static Geometry Buffer(Geometry g, double distanceM) =>
        g.IsEmpty ? Empty : distanceM <= 0 ? g : g.Buffer(distanceM);

    /// <summary>Keeps the polygons of a mixed overlay result.</summary>
    public static Geometry Polygonal(Geometry g)
    {
        if (g is Polygon or MultiPolygon)
        {
            return g;
        }

        var polys = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            switch (g.GetGeometryN(i))
            {
                case Polygon p when !p.IsEmpty:
                    polys.Add(p);
                    break;
                case MultiPolygon mp:
                    for (var k = 0; k < mp.NumGeometries; k++)
                    {
                        polys.Add((Polygon)mp.GetGeometryN(k));
                    }

                    break;
            }
        }

        return polys.Count switch
        {
            0 => Empty,
            1 => polys[0],
            _ => Factory.CreateMultiPolygon([.. polys]),
        };
    }
}
