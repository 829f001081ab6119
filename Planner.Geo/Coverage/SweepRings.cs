using System.Runtime.CompilerServices;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Planner.Geo.Coverage;

/// <summary>
/// A polygonal geometry's rings as flat coordinate arrays with their winding sign, for <see cref="CoverageSweep"/>:
/// a view is measured in every tile it meets, so its rings are read and oriented once and kept beside the (immutable)
/// geometry for as long as the geometry lives.
/// </summary>
internal sealed class SweepRings
{
    private static readonly ConditionalWeakTable<Geometry, SweepRings> Cache = [];

    private SweepRings(IReadOnlyList<Ring> rings) => Rings = rings;

    public IReadOnlyList<Ring> Rings { get; }

    /// <summary>The rings of <paramref name="geometry"/>'s polygons (other parts ignored), cached per geometry instance.</summary>
    public static SweepRings Of(Geometry geometry) => Cache.GetValue(geometry, Build);

    private static SweepRings Build(Geometry geometry)
    {
        var rings = new List<Ring>();
        Collect(geometry, rings);
        return new SweepRings(rings);
    }

    private static void Collect(Geometry g, List<Ring> rings)
    {
        switch (g)
        {
            case Polygon { IsEmpty: false } p:
                rings.Add(Ring.From(p.ExteriorRing, shell: true));
                for (var i = 0; i < p.NumInteriorRings; i++)
                {
                    rings.Add(Ring.From(p.GetInteriorRingN(i), shell: false));
                }

                break;
            case GeometryCollection c:
                for (var i = 0; i < c.NumGeometries; i++)
                {
                    Collect(c.GetGeometryN(i), rings);
                }

                break;
        }
    }

    /// <summary>
    /// One closed ring: x0, y0, x1, y1, … (working CRS, metres; first point repeated last), its envelope, and
    /// <see cref="Sign"/>: +1 where the ring's downward edges are entered when scanning left to right (a
    /// counter-clockwise shell or a clockwise hole), else −1.
    /// </summary>
    public sealed record Ring(double[] Coordinates, int Sign, double MinX, double MinY, double MaxY)
    {
        public static Ring From(LineString ring, bool shell)
        {
            var seq = ring.CoordinateSequence;
            var xy = new double[seq.Count * 2];
            for (var i = 0; i < seq.Count; i++)
            {
                xy[2 * i] = seq.GetX(i);
                xy[(2 * i) + 1] = seq.GetY(i);
            }

            var e = ring.EnvelopeInternal;
            return new Ring(xy, Orientation.IsCCW(seq) == shell ? 1 : -1, e.MinX, e.MinY, e.MaxY);
        }
    }
}
