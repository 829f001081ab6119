using CsCheck;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.Operation.Valid;
using Planner.Geo.Formats;
using Planner.Tests.Support;

namespace Planner.Tests.Formats;

/// <summary>The quick footprint validity test never calls an invalid polygon valid (IsValidOp is the reference), and does accept plain footprints.</summary>
public sealed class SimpleShellCheckTests
{
    private static readonly WKTReader Wkt = new();
    private static readonly GeometryFactory Factory = new();

    [Theory]
    [InlineData("Rectangle", "POLYGON ((0 0, 10 0, 10 5, 0 5, 0 0))")]
    [InlineData("L shape, clockwise", "POLYGON ((0 0, 0 10, 4 10, 4 4, 10 4, 10 0, 0 0))")]
    [InlineData("Triangle", "POLYGON ((0 0, 3 0, 0 4, 0 0))")]
    public void IsCertainlyValid_PlainFootprint_True(string row, string wkt)
    {
        Assert.True(SimpleShellCheck.IsCertainlyValid(Wkt.Read(wkt)), row);
    }

    [Theory]
    [InlineData("Bow tie", "POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))")]
    [InlineData("Self-touching at a vertex", "POLYGON ((0 0, 10 0, 10 10, 5 0, 0 10, 0 0))")]
    [InlineData("Spike back along an edge", "POLYGON ((0 0, 10 0, 10 10, 10 5, 10 20, 0 10, 0 0))")]
    [InlineData("Repeated point (valid, left to IsValidOp)", "POLYGON ((0 0, 10 0, 10 0, 10 10, 0 10, 0 0))")]
    [InlineData("Collinear vertex (valid, left to IsValidOp)", "POLYGON ((0 0, 5 0, 10 0, 10 10, 0 10, 0 0))")]
    [InlineData("With a hole (left to IsValidOp)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 4 2, 4 4, 2 2))")]
    [InlineData("MultiPolygon (left to IsValidOp)", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))")]
    public void IsCertainlyValid_InvalidOrUnsure_False(string row, string wkt)
    {
        Assert.False(SimpleShellCheck.IsCertainlyValid(Wkt.Read(wkt)), row);
    }

    /// <summary>Random rings on a 5 × 5 integer grid: many self-intersect, touch or double back, exactly the degenerate cases.</summary>
    [Fact]
    public void IsCertainlyValid_RandomRingsOnAGrid_TrueImpliesIsValidOp()
    {
        var accepted = 0;
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 4]).Array[3, 9].Sample(points =>
        {
            var ring = points.Select(p => new Coordinate(p.Item1, p.Item2)).Append(new Coordinate(points[0].Item1, points[0].Item2)).ToArray();
            var polygon = Factory.CreatePolygon(ring);
            if (SimpleShellCheck.IsCertainlyValid(polygon))
            {
                accepted++;
                Assert.True(new IsValidOp(polygon).IsValid, polygon.ToText());
            }
        }, iter: 20_000, threads: 1);

        // The property says nothing if the quick test never accepts: it must accept a fair share of simple rings.
        Assert.InRange(accepted, 200, 20_000);
    }

    [SharedDataFact]
    public void IsCertainlyValid_CopenhagenFootprints_AgreesWithIsValidOpWhereTrue()
    {
        var file = TestPaths.Shared("copenhagen-indre-by/buildings.geojson");
        var layer = GeoJsonFeatureReader.Read(file, "buildings");
        var accepted = 0;
        foreach (var f in layer.Features)
        {
            if (SimpleShellCheck.IsCertainlyValid(f.Geometry!))
            {
                accepted++;
                Assert.True(new IsValidOp(f.Geometry).IsValid, $"feature {f.Number}");
            }
        }

        Assert.InRange(accepted, layer.Features.Count * 8 / 10, layer.Features.Count);
    }
}
