using Planner.Geo;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using Planner.Geo.Placement;

namespace Planner.Tests.Placement;

public sealed class DemandTests
{
    private static Incident At(string id, double x, double y, string offence = "theft") =>
        new(id, x, y, new DateTimeOffset(2024, 5, 17, 23, 0, 0, TimeSpan.FromHours(2)), offence);

    [Fact]
    public void FromIncidents_SeverityWeights_ListedOffencesWeighMoreOthersOne()
    {
        var demand = Demand.FromIncidents([At("a", 1, 2, "Violence "), At("b", 3, 4)], OffenceWeights.Parse("violence=3"));

        Assert.Equal([(1.0, 2.0, 3.0), (3.0, 4.0, 1.0)], demand.Select(d => (d.X, d.Y, d.Weight)));
    }

    [Theory]
    [InlineData("no number", "violence=")]
    [InlineData("zero", "violence=0")]
    [InlineData("no offence", "=2")]
    public void OffenceWeightsParse_Bad_ThrowsNamingWeights(string name, string text)
    {
        _ = name;
        Assert.Equal("weights", Assert.Throws<DomainRuleException>(() => OffenceWeights.Parse(text)).Field);
    }

    [Fact]
    public void FromHotCells_DenseCluster_OnlyHotCellCentresWeightedByTheirIncidents()
    {
        // 60 incidents packed in one 10 m cell, 40 spread over a 1 km square.
        var random = new Random(7);
        var incidents = Enumerable.Range(0, 60).Select(i => At("c" + i, 502 + (random.NextDouble() * 6), 502 + (random.NextDouble() * 6)))
            .Concat(Enumerable.Range(0, 40).Select(i => At("s" + i, random.NextDouble() * 1000, random.NextDouble() * 1000))).ToList();
        var result = HotspotAnalysis.Run(incidents, new HotspotOptions(10, 30));

        var demand = Demand.FromHotCells(result);

        var hot = Enumerable.Range(0, result.Classes.Length).Where(i => result.Classes[i].IsHot()).ToList();
        Assert.NotEmpty(hot);
        Assert.Equal(hot.Count, demand.Count);
        Assert.Contains(demand, d => d.X == 505 && d.Y == 505 && d.Weight >= 60);
        Assert.All(demand, d => Assert.Equal(0, ((d.X / 10) - 0.5) % 1, 9));
    }
}
