using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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

    // Geometries derived once per zones layer (see ZoneLayerCache): their buffers and their overlays with each other
    // are memoised, so a check that buffers a zone union per camera pays for it once per layer. Weak keys: the memo
    // lives as long as the shared geometry.
    private static readonly ConditionalWeakTable<Geometry, ConcurrentDictionary<(SpatialFunction, Geometry?, double), Geometry>> Memo = [];

    public static Geometry Intersection(Geometry a, Geometry b) =>
        a.IsEmpty || b.IsEmpty || !a.EnvelopeInternal.Intersects(b.EnvelopeInternal)
            ? Empty
            : Memoised(a, SpatialFunction.Intersection, b, 0, () => Polygonal(OverlayNGRobust.Overlay(a, b, SpatialFunction.Intersection)));

    public static Geometry Difference(Geometry a, Geometry b) =>
        a.IsEmpty ? Empty
        : b.IsEmpty || !a.EnvelopeInternal.Intersects(b.EnvelopeInternal) ? a
        : Memoised(a, SpatialFunction.Difference, b, 0, () => Polygonal(OverlayNGRobust.Overlay(a, b, SpatialFunction.Difference)));

    /// <summary>Whether the geometry was marked by <see cref="Shared"/>.</summary>
    public static bool IsShared(Geometry g) => Memo.TryGetValue(g, out _);

    /// <summary>Marks a geometry as shared by a zones layer (immutable, long-lived), so operations on it are memoised.</summary>
    public static Geometry Shared(Geometry g)
    {
        Memo.TryAdd(g, new ConcurrentDictionary<(SpatialFunction, Geometry?, double), Geometry>(KeyComparer.Instance));
        return g;
    }

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
        g.IsEmpty ? Empty : distanceM <= 0 ? g : Memoised(g, SpatialFunction.Union, null, distanceM, () => g.Buffer(distanceM));

    /// <summary>The operation's result, memoised when both operands are shared geometries (then the result is shared too).</summary>
    private static Geometry Memoised(Geometry a, SpatialFunction op, Geometry? b, double distance, Func<Geometry> compute)
    {
        if (!Memo.TryGetValue(a, out var memo) || (b is not null && !Memo.TryGetValue(b, out _)))
        {
            return compute();
        }

        return memo.GetOrAdd((op, b, distance), _ => Shared(compute()));
    }

    /// <summary>Memo keys compare the second operand by reference (geometry equality would compare coordinates).</summary>
    private sealed class KeyComparer : IEqualityComparer<(SpatialFunction Op, Geometry? Other, double Distance)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((SpatialFunction Op, Geometry? Other, double Distance) x, (SpatialFunction Op, Geometry? Other, double Distance) y) =>
            x.Op == y.Op && ReferenceEquals(x.Other, y.Other) && x.Distance.Equals(y.Distance);

        public int GetHashCode((SpatialFunction Op, Geometry? Other, double Distance) obj) =>
            HashCode.Combine(obj.Op, obj.Other is null ? 0 : RuntimeHelpers.GetHashCode(obj.Other), obj.Distance);
    }

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
