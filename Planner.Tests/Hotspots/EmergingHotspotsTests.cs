using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using static Planner.Geo.Hotspots.HotspotClass;

namespace Planner.Tests.Hotspots;

public sealed class EmergingHotspotsTests
{
    [Theory]
    [InlineData("new: hot only in the last slice", "n n n n h", 0, EmergingPattern.NewHot)]
    [InlineData("intensifying: hot throughout, rising", "h h h h h", 1, EmergingPattern.IntensifyingHot)]
    [InlineData("diminishing: hot throughout, falling", "h h h h h", -1, EmergingPattern.DiminishingHot)]
    [InlineData("persistent: hot throughout, no trend", "h h h h h", 0, EmergingPattern.PersistentHot)]
    [InlineData("persistent needs no final hot slice when there is no trend", "h h h h h h h h h h n", 0, EmergingPattern.PersistentHot)]
    [InlineData("sporadic: on and off, final hot, never cold", "h n h n h", 0, EmergingPattern.SporadicHot)]
    [InlineData("on and off with a cold slice is not named", "h c h n h", 0, EmergingPattern.None)]
    [InlineData("hot earlier, not at the end, under 90 %", "h h n n n", 0, EmergingPattern.None)]
    [InlineData("new cold", "n n n c", 0, EmergingPattern.NewCold)]
    [InlineData("intensifying cold = falling counts", "c c c c", -1, EmergingPattern.IntensifyingCold)]
    [InlineData("diminishing cold = rising counts", "c c c c", 1, EmergingPattern.DiminishingCold)]
    [InlineData("never significant", "n n n n", 1, EmergingPattern.None)]
    public void Classify_DocumentedRules(string name, string slices, int trend, EmergingPattern expected)
    {
        _ = name;
        var classes = slices.Split(' ').Select(s => s switch { "h" => Hot95, "c" => Cold90, _ => None }).ToList();
        Assert.Equal(expected, EmergingHotspots.Classify(classes, trend));
    }

    [Fact]
    public void Compute_ClusterAppearingInLastQuarter_IsNewHotAtTheCluster()
    {
        var rng = new Random(5);
        var incidents = new List<Incident>();
        for (var q = 0; q < 4; q++)
        {
            for (var k = 0; k < 150; k++)
            {
                var when = new DateTimeOffset(2024, (3 * q) + 1, 1 + (k % 28), 12, 0, 0, TimeSpan.FromHours(1));
                incidents.Add(new Incident($"b{q}-{k}", 1000 + (rng.NextDouble() * 1000), 1000 + (rng.NextDouble() * 1000), when, "theft"));
            }
        }

        for (var k = 0; k < 60; k++)
        {
            var when = new DateTimeOffset(2024, 11, 1 + (k % 28), 22, 0, 0, TimeSpan.FromHours(1));
            incidents.Add(new Incident($"c{k}", 1505 + (rng.NextDouble() * 30), 1505 + (rng.NextDouble() * 30), when, "theft"));
        }

        var r = EmergingHotspots.Compute(incidents, new HotspotOptions(50, 100), SliceUnit.Quarter);
        Assert.Equal([new DateOnly(2024, 1, 1), new DateOnly(2024, 4, 1), new DateOnly(2024, 7, 1), new DateOnly(2024, 10, 1)], r.SliceStarts);
        var cluster = r.Grid.CellOf(1520, 1520);
        Assert.Equal(EmergingPattern.NewHot, r.Patterns[cluster]);
        Assert.Equal(incidents.Count, r.SliceCounts.Sum(c => c.Sum()));
        Assert.Equal("new_hot", r.Patterns[cluster].ToName());
    }
}
