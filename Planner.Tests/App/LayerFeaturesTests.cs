using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Desktop.App;
using Planner.Geo.Model;

namespace Planner.Tests.App;

/// <summary>The map's layer endpoint sends what is in view and worth a pixel, never a whole layer.</summary>
public sealed class LayerFeaturesTests
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>A 40 × 40 grid of 10 m houses on a 20 m pitch, one 0.5 m kiosk per row, and 6,000 incidents on a diagonal.</summary>
    private static Plan GridPlan()
    {
        var buildings = new List<Building>();
        for (var i = 0; i < 40; i++)
        {
            for (var j = 0; j < 40; j++)
            {
                buildings.Add(new Building($"b{i}-{j}", Box(i * 20, j * 20, 10), 8));
            }

            buildings.Add(new Building($"kiosk{i}", Box(i * 20, 815, 0.5), 3));
        }

        var incidents = Enumerable.Range(0, 6000)
            .Select(k => new Incident($"i{k}", k * 0.1, k * 0.1, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), "theft"))
            .ToList();
        return new Plan(25832, new PlanMetadata { Name = "grid" }) { Buildings = buildings, Incidents = incidents };
    }

    private static Polygon Box(double x, double y, double size) =>
        Factory.CreatePolygon([new(x, y), new(x + size, y), new(x + size, y + size), new(x, y + size), new(x, y)]);

    private static async Task<JsonElement> Query(string layer, string bbox, double res)
    {
        using var session = await PlanSession.OpenAsync(GridPlan(), null, CancellationToken.None);
        var features = new LayerFeatures(session);
        using var buffer = new MemoryStream();
        await using (var w = new Utf8JsonWriter(buffer))
        {
            features.Write(w, layer, MapQuery.Parse(bbox, res.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return JsonDocument.Parse(buffer.ToArray()).RootElement.Clone();
    }

    [Fact]
    public async Task Write_Buildings_OnlyThoseTouchingTheExtent()
    {
        var json = await Query("buildings", "95,95,205,145", 0.1);
        var ids = json.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Order().ToList();

        // Brute force: houses at 20·i..20·i+10 meet [95, 205] × [95, 145] for i = 5..10 and j = 5..7.
        var expected = (from i in Enumerable.Range(0, 40) from j in Enumerable.Range(0, 40)
                        where i * 20 + 10 >= 95 && i * 20 <= 205 && j * 20 + 10 >= 95 && j * 20 <= 145
                        select $"b{i}-{j}").Order().ToList();
        Assert.Equal(expected, ids);
        Assert.False(json.GetProperty("truncated").GetBoolean());
    }

    [Theory]
    [InlineData(0.1, true)]
    [InlineData(2, false)]
    public async Task Write_Buildings_SmallerThanAPixelLeftOut(double metresPerPixel, bool kioskSent)
    {
        var json = await Query("buildings", "0,785,800,820", metresPerPixel);
        var ids = json.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()!).ToList();
        Assert.Equal(kioskSent, ids.Any(id => id.StartsWith("kiosk", StringComparison.Ordinal)));
        Assert.Contains("b0-39", ids);
    }

    [Fact]
    public async Task Write_DenseIncidents_CountedPerCell_CountsAddUp()
    {
        var json = await Query("incidents", "0,0,1000,1000", 1);
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.True(features.Count < LayerFeatures.MaxIncidentPoints, "aggregated");
        Assert.Equal(6000, features.Sum(f => f.GetProperty("properties").GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Write_FewIncidents_SentAsPoints()
    {
        var json = await Query("incidents", "0,0,10,10", 0.1);
        Assert.Equal(101, json.GetProperty("features").GetArrayLength());
    }
}
