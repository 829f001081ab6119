using System.Globalization;
using System.Text;
using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Incidents;

namespace Planner.Tests.Formats;

/// <summary>
/// Issue 9 item 9: a large incident layer is checked and moved on all cores, and can be filtered while loading. The
/// results must be those of the one-pass path: the same incidents in the same order, the same first error.
/// </summary>
public sealed class IncidentLoadAtScaleTests
{
    private const int Rows = 25_000;

    [Fact]
    public void Load_FilterWhileLoading_KeepsExactlyTheFilteredIncidentsAndCountsAll()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", Csv(Rows, _ => null));
        var filter = IncidentFilter.Parse("2024-01-05", "2024-01-09", "robbery", "20-04", null);
        var all = PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions());
        var filtered = PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions { IncidentFilter = filter });

        var expected = filter.Apply(all.Plan.Incidents);
        Assert.InRange(expected.Count, 10, Rows / 10);
        Assert.Equal(expected, filtered.Plan.Incidents);
        Assert.Equal((Rows, Rows), (all.IncidentsRead, filtered.IncidentsRead));
        Assert.Equal(all.Plan.Epsg, filtered.Plan.Epsg);
    }

    [Fact]
    public void Load_LargeLayer_MovesEachIncidentAsTheExactTransverseMercatorDoes()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.csv", Csv(Rows, _ => null));
        var plan = PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions()).Plan;
        Assert.Equal(CrsRegistry.Etrs89Utm32, plan.Epsg);
        Assert.Equal(Rows, plan.Incidents.Count);
        foreach (var k in new[] { 0, 1, 12_345, Rows - 1 })
        {
            var (lon, lat) = Position(k);
            var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, CrsRegistry.Etrs89Utm32, lon, lat);
            var i = plan.Incidents[k];
            Assert.Equal(($"r{k}", x, y), (i.Id, i.X, i.Y));
        }
    }

    [Theory]
    [InlineData("repeated id only", 20_001, -1, "line 20003 (id \"r5\"): id: expected a unique id; \"r5\" is also used by line 7 (id \"r5\")")]
    [InlineData("outside the working CRS before the repeat", 20_001, 15_000, "line 15002 (id \"r15000\"): geometry: expected coordinates inside the valid area of EPSG:25832 (the working CRS)")]
    [InlineData("repeat before the point outside", 15_000, 20_001, "line 15002 (id \"r5\"): id: expected a unique id; \"r5\" is also used by line 7 (id \"r5\")")]
    public void Load_LargeLayerWithProblems_FirstProblemInFileOrder(string name, int repeatAt, int outsideAt, string expected)
    {
        using var tmp = new TempFolder();
        // Row k is on line k + 2; the repeated row reuses id r5 (line 7). 100° E is far outside EPSG:25832's area but
        // inside lon/lat's, so only the working-CRS check can refuse it (and the swap check does not move it).
        var path = tmp.File("i.csv", Csv(Rows, k => k == repeatAt ? "r5" : null, outsideAt));
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions { Epsg = CrsRegistry.Etrs89Utm32 }));
        Assert.True(ex.Message.StartsWith($"{path}: {expected}", StringComparison.Ordinal), $"{name}: {ex.Message}");
    }

    private static (double Lon, double Lat) Position(int k) => (12.5 + (k % 157 * 0.0007), 55.65 + (k % 101 * 0.0005));

    private static string Csv(int rows, Func<int, string?> idOverride, int outsideAt = -1)
    {
        var offences = new[] { "theft", "robbery", "violence" };
        var sb = new StringBuilder("id,lon,lat,occurred_at,offence\n");
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var k = 0; k < rows; k++)
        {
            var (lon, lat) = k == outsideAt ? (100.0, 55.65) : Position(k);
            var at = start.AddMinutes(k * 37 % (60 * 24 * 30));
            sb.Append(CultureInfo.InvariantCulture, $"{idOverride(k) ?? "r" + k},{lon:R},{lat:R},{at:yyyy-MM-dd'T'HH:mm:ss},{offences[k % 3]}\n");
        }

        return sb.ToString();
    }
}
