using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.OverlayNG;
using Planner.Geo.Coverage;

namespace Planner.Tests.Coverage;

/// <summary>Issue 9: the sweep's covered-once and covered-twice areas against hand-computed figures and OverlayNG.</summary>
public sealed class CoverageSweepTests
{
    private static readonly WKTReader Wkt = new();
    private static readonly GeometryFactory Factory = new();

    [Theory]
    [InlineData("two squares overlapping 1×2", new[] { "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))", "POLYGON ((1 0, 3 0, 3 2, 1 2, 1 0))" }, 0, 0, 10, 10, 6.0, 2.0)]
    [InlineData("clockwise shell counts like a counter-clockwise one", new[] { "POLYGON ((0 0, 0 2, 2 2, 2 0, 0 0))" }, 0, 0, 10, 10, 4.0, 0.0)]
    [InlineData("hole not covered, second square fills part of it", new[] { "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 1 3, 3 3, 3 1, 1 1))", "POLYGON ((1 1, 2 1, 2 3, 1 3, 1 1))" }, 0, 0, 10, 10, 14.0, 0.0)]
    [InlineData("box cuts a triangle on all sides", new[] { "POLYGON ((-10 -10, 30 -10, -10 30, -10 -10))" }, 0, 0, 10, 10, 100.0, 0.0)]
    [InlineData("triangle crossing the box's left and right sides", new[] { "POLYGON ((-5 0, 15 10, -5 10, -5 0))" }, 0, 0, 10, 10, 50.0, 0.0)]
    [InlineData("crossing diagonals: two triangles as an X", new[] { "POLYGON ((0 0, 4 4, 0 4, 0 0))", "POLYGON ((0 4, 4 0, 4 4, 0 4))" }, 0, 0, 10, 10, 12.0, 4.0)]
    [InlineData("three squares on one spot, box corner inside", new[] { "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))", "POLYGON ((0 0, 4 0, 4 4, 0 4, 0 0))" }, 2, 2, 12, 12, 4.0, 4.0)]
    [InlineData("square wholly right of the box", new[] { "POLYGON ((11 0, 12 0, 12 1, 11 1, 11 0))" }, 0, 0, 10, 10, 0.0, 0.0)]
    public void Measure_HandComputed_ExactAreas(string name, string[] wkts, double minX, double minY, double maxX, double maxY, double once, double twice)
    {
        var areas = CoverageSweep.Measure(wkts.Select(Wkt.Read), new Envelope(minX, maxX, minY, maxY));

        Assert.True(Math.Abs(areas.AtLeastOnce - once) < 1e-9, $"{name}: once {areas.AtLeastOnce}");
        Assert.True(Math.Abs(areas.AtLeastTwice - twice) < 1e-9, $"{name}: twice {areas.AtLeastTwice}");
    }

    [Fact]
    public void Measure_RandomStarPolygons_EqualsOverlayUnionAndPairwiseOverlap()
    {
        var star = Gen.Select(Gen.Double[-30, 130], Gen.Double[-30, 130], Gen.Double[5, 60].Array[5, 14], Gen.Double[0, 6.28]);
        Gen.Select(star.Array[1, 7], Gen.Double[-20, 60], Gen.Double[-20, 60], Gen.Double[20, 120]).Sample((stars, bx, by, size) =>
        {
            var parts = stars.Select(s => Star(s.Item1, s.Item2, s.Item3, s.Item4)).ToList();
            var box = new Envelope(bx, bx + size, by, by + size);
            var rect = Factory.ToGeometry(box);

            var areas = CoverageSweep.Measure(parts, box);

            var union = OverlayNGRobust.Union(Factory.BuildGeometry(parts));
            var once = OverlayNGRobust.Overlay(union, rect, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection).Area;
            var pairs = new List<Geometry>();
            for (var i = 0; i < parts.Count; i++)
            {
                for (var j = i + 1; j < parts.Count; j++)
                {
                    pairs.Add(OverlayNGRobust.Overlay(parts[i], parts[j], NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection));
                }
            }

            var twice = pairs.Count == 0 ? 0 : OverlayNGRobust.Overlay(OverlayNGRobust.Union(Factory.BuildGeometry(pairs)), rect, NetTopologySuite.Operation.Overlay.SpatialFunction.Intersection).Area;
            Assert.Equal(once, areas.AtLeastOnce, 1e-7 * Math.Max(1, once));
            Assert.Equal(twice, areas.AtLeastTwice, 1e-7 * Math.Max(1, twice));
        }, iter: 300);
    }

    [Fact]
    public void Measure_SharedWallsAndVertices_CountsSharedGroundOnce()
    {
        // Two views sharing a wall exactly, and a third touching at a vertex only: nothing is covered twice.
        var parts = new[]
        {
            Wkt.Read("POLYGON ((0 0, 5 0, 5 5, 0 5, 0 0))"),
            Wkt.Read("POLYGON ((5 0, 10 0, 10 5, 5 5, 5 0))"),
            Wkt.Read("POLYGON ((10 5, 12 5, 12 7, 10 7, 10 5))"),
        };

        var areas = CoverageSweep.Measure(parts, new Envelope(-1, 20, -1, 20));

        Assert.Equal(54.0, areas.AtLeastOnce, 1e-9);
        Assert.Equal(0.0, areas.AtLeastTwice, 1e-9);
    }

    /// <summary>A simple star-shaped polygon: radii at evenly spaced angles about a centre (valid by construction).</summary>
    private static Polygon Star(double cx, double cy, double[] radii, double turn)
    {
        var coords = new Coordinate[radii.Length + 1];
        for (var i = 0; i < radii.Length; i++)
        {
            var a = turn + (2 * Math.PI * i / radii.Length);
            coords[i] = new Coordinate(cx + (radii[i] * Math.Cos(a)), cy + (radii[i] * Math.Sin(a)));
        }

        coords[^1] = coords[0];
        return Factory.CreatePolygon(coords);
    }
}
