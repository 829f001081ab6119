using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Formats;

namespace Planner.Tests.Formats;

/// <summary>Issue 9: the GeoJSON writer formats features side by side in batches; the file must be as if written one by one.</summary>
public sealed class GeoJsonOutputTests
{
    private static readonly GeometryFactory Factory = new();

    [Theory]
    [InlineData("lon/lat, formatted in parallel batches", 4326)]
    [InlineData("Web Mercator through ProjNET, one thread", 3857)]
    [InlineData("working CRS kept", 25832)]
    public void Write_ManyFeatures_EachFeatureAsWrittenAloneAndInOrder(string name, int outEpsg)
    {
        var features = Enumerable.Range(0, 1_300).Select(i =>
        {
            var x = 720_000 + (i % 50 * 37.5);
            var y = 6_175_000 + (i / 50 * 41.25);
            var square = Factory.ToGeometry(new Envelope(x, x + 10 + (i % 7), y, y + 5 + (i % 3)));
            return new OutputFeature(i % 97 == 0 ? null : square, [new("camera_id", $"c{i}"), new("area_m2", square.Area)]);
        }).ToList();

        var whole = Parse(Write(features, outEpsg));

        var written = whole.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(features.Count, written.Count);
        for (var i = 0; i < features.Count; i += 13)
        {
            var alone = Parse(Write([features[i]], outEpsg)).GetProperty("features")[0];
            Assert.True(alone.GetRawText() == written[i].GetRawText(), $"{name}: feature {i}");
        }

        Assert.Equal(features.Select(f => (string)f.Properties[0].Value!), written.Select(f => f.GetProperty("properties").GetProperty("camera_id").GetString()));
    }

    private static byte[] Write(IEnumerable<OutputFeature> features, int outEpsg)
    {
        using var stream = new MemoryStream();
        GeoJsonOutput.Write(stream, features, 25832, outEpsg);
        return stream.ToArray();
    }

    private static JsonElement Parse(byte[] json) => JsonDocument.Parse(json).RootElement;
}
