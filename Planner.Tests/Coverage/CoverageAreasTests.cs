using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Planner.Geo.Coverage;

namespace Planner.Tests.Coverage;

/// <summary>Issue 9: areas covered by at least k parts inside a box, without overlay, against hand-computed areas and OverlayNG.</summary>
public sealed class CoverageAreasTests
{
    private static readonly WKTReader Reader = new();

    [Theory]
    [InlineData("two squares overlapping by 5 × 10", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((5 0, 15 0, 15 10, 5 10, 5 0))", 150, 50)]
    [InlineData("clockwise shell counts the same", "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0))", "POLYGON ((5 0, 15 0, 15 10, 5 10, 5 0))", 150, 50)]
    [InlineData("shared edge, opposite sides", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))", 200, 0)]
    [InlineData("identical squares", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 100, 100)]
    [InlineData("hole filled by the other part", "POLYGON ((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))", "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))", 900, 0)]
    [InlineData("cut by the box (box 0..25 × 0..25)", "POLYGON ((-10 -10, 20 -10, 20 20, -10 20, -10 -10))", "POLYGON ((10 10, 40 10, 40 40, 10 40, 10 10))", 400 + 225 - 100, 100)]
    public void AtLeast_HandComputed_EqualsAreas(string name, string a, string b, double union, double overlap)
    {
        var box = name.Contains("box", StringComparison.Ordinal) ? new Envelope(0, 25, 0, 25) : new Envelope(-100, 100, -100, 100);

        var areas = CoverageAreas.AtLeast(box, [Reader.Read(a), Reader.Read(b)], [1, 2]);

        Assert.NotNull(areas);
        Assert.Equal(union, areas[0], 1e-6);
        Assert.Equal(overlap, areas[1], 1e-6);
    }

    [Fact]
    public void AtLeast_RandomSectorsAroundSharedCentres_EqualsOverlayTo1e6()
    {
        // Sectors from a few shared centres (rays in common, as cameras on one mast), cut by a box through them.
        var factory = new GeometryFactory();
        var gen = Gen.Select(Gen.Int[0, 3], Gen.Int[0, 7], Gen.Double[20, 80]).Array[2, 9];
        gen.Sample(sectors =>
        {
            var parts = sectors.Select(s => (Geometry)Sector(factory, s.Item1 * 30.0, s.Item1 * 17.0, s.Item2 * 45.0, s.Item3)).ToList();
            var box = new Envelope(-10, 60, -20, 50);
            var rect = factory.ToGeometry(box);
            var clipped = parts.Select(p => OverlayNGRobust.Overlay(p, rect, SpatialFunction.Intersection)).ToList();
            var union = OverlayNGRobust.Union(factory.BuildGeometry(clipped)).Area;
            var pairs = new List<Geometry>();
            for (var i = 0; i < clipped.Count; i++)
            {
                for (var j = i + 1; j < clipped.Count; j++)
                {
                    pairs.Add(OverlayNGRobust.Overlay(clipped[i], clipped[j], SpatialFunction.Intersection));
                }
            }

            var overlap = pairs.Count == 0 ? 0 : OverlayNGRobust.Union(factory.BuildGeometry(pairs)).Area;

            var areas = CoverageAreas.AtLeast(box, parts, [1, 2]);

            Assert.NotNull(areas);
            Assert.Equal(union, areas[0], 1e-6 * Math.Max(1, union));
            Assert.Equal(overlap, areas[1], 1e-6 * Math.Max(1, union));
        }, iter: 60);
    }

    /// <summary>A 90° sector (0.5° chords) at (x, y) turned <paramref name="headingDeg"/> clockwise from north.</summary>
    private static Polygon Sector(GeometryFactory factory, double x, double y, double headingDeg, double radius)
    {
        var points = new List<Coordinate> { new(x, y) };
        for (var a = headingDeg - 45; a <= headingDeg + 45 + 1e-9; a += 0.5)
        {
            var t = a * Math.PI / 180;
            points.Add(new Coordinate(x + (radius * Math.Sin(t)), y + (radius * Math.Cos(t))));
        }

        points.Add(new Coordinate(x, y));
        return factory.CreatePolygon([.. points]);
    }
}
