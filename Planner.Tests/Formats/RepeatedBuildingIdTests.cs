using Planner.Geo.Formats;
using Planner.Tests.Stores;

namespace Planner.Tests.Formats;

/// <summary>Issue 9 item 10: buildings sharing an id (OSM multipolygon parts) are kept apart with one warning.</summary>
public sealed class RepeatedBuildingIdTests
{
    private const string Square = "[[[9.5683,56.2761],[9.5685,56.2761],[9.5685,56.2763],[9.5683,56.2761]]]";

    [Fact]
    public void Load_BuildingsWithRepeatedIds_SuffixesLaterOnesAndWarnsOnceNamingTheIds()
    {
        using var tmp = new TempFolder();
        static string Feature(string id) => "{\"type\":\"Feature\",\"properties\":{\"id\":\"" + id + "\",\"height\":7},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + Square + "}}";
        var buildings = tmp.File("b.geojson", $$"""
            {"type":"FeatureCollection","features":[{{Feature("r1")}},{{Feature("r1")}},{{Feature("r1#2")}},{{Feature("w5")}},{{Feature("r1")}},{{Feature("w5")}}]}
            """);

        var result = PlanFileLoader.Load(new PlanFiles(Buildings: buildings), new PlanLoadOptions());

        Assert.Equal(["r1", "r1#3", "r1#2", "w5", "r1#4", "w5#2"], result.Plan.Buildings.Select(b => b.Id));
        var warning = Assert.Single(result.Warnings, w => w.Contains("building id", StringComparison.Ordinal));
        Assert.Contains("r1, w5", warning, StringComparison.Ordinal);
        Assert.Contains("b.geojson", warning, StringComparison.Ordinal);
    }
}
