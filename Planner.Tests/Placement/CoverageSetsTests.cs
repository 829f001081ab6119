using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Placement;

namespace Planner.Tests.Placement;

public sealed class CoverageSetsTests
{
    private static readonly WKTReader Reader = new();
    private static readonly GeometryFactory Factory = new();

    [Theory]
    [InlineData("inside", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 5, 5, true)]
    [InlineData("on the boundary", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 10, 5, true)]
    [InlineData("outside", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", 10.001, 5, false)]
    [InlineData("in a hole", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))", 5, 5, false)]
    [InlineData("second part", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((20 20, 30 20, 30 30, 20 30, 20 20)))", 25, 25, true)]
    [InlineData("empty view", "POLYGON EMPTY", 0, 0, false)]
    public void Build_OnePoint_CoveredWhenInsideOrOnBoundary(string name, string wkt, double x, double y, bool covered)
    {
        _ = name;
        var sets = CoverageSets.Build([Reader.Read(wkt)], [DemandPoint.Create(x, y), DemandPoint.Create(-500, 900)]);
        Assert.Equal(covered ? [0] : Array.Empty<int>(), sets.Of(0).ToArray());
    }

    [Fact]
    public void Build_RandomTrianglesAndPoints_EqualsNtsCoversForEveryPair()
    {
        var genPoint = Gen.Select(Gen.Double[-200, 200], Gen.Double[-200, 200]);
        var genTriangle = Gen.Select(genPoint, genPoint, genPoint)
            .Select((a, b, c) => (Geometry)Factory.CreatePolygon([new(a.Item1, a.Item2), new(b.Item1, b.Item2), new(c.Item1, c.Item2), new(a.Item1, a.Item2)]))
            .Where(g => g.IsValid && g.Area > 1);
        Gen.Select(genTriangle.Array[1, 6], genPoint.Array[0, 60], Gen.Double[1, 80]).Sample((areas, points, cell) =>
        {
            var demand = points.Select(p => DemandPoint.Create(p.Item1, p.Item2)).ToArray();
            var sets = CoverageSets.Build(areas, demand, cell);
            for (var c = 0; c < areas.Length; c++)
            {
                var expected = Enumerable.Range(0, demand.Length).Where(d => areas[c].Covers(Factory.CreatePoint(new Coordinate(demand[d].X, demand[d].Y)))).ToArray();
                Assert.Equal(expected, sets.Of(c).ToArray());
            }
        }, iter: 200);
    }

    [Fact]
    public void FromSets_DuplicatesAndOrder_NormalisedAndWeighted()
    {
        var sets = CoverageSets.FromSets([new[] { 3, 1, 3 }, Array.Empty<int>()], [1, 2, 3, 4]);

        Assert.Equal([1, 3], sets.Of(0).ToArray());
        Assert.Equal(6, sets.WeightOf(0));
        Assert.Equal(0, sets.Of(1).Length);
        Assert.Equal(10, sets.TotalWeight);
    }
}
