using NetTopologySuite.IO;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;

namespace Planner.Tests.Hotspots;

public sealed class ZoneHotspotSummaryTests
{
    [Fact]
    public void Compute_ZoneOverCentreCells_CountsCellsIncidentsAndHeadline()
    {
        var (xs, ys) = FiveByFive.Points();
        var result = HotspotAnalysis.Run(xs, ys, new HotspotOptions(10, 15, 10));
        // A zone covering the centres of the middle column (x = 25, y = 5 … 45): 5 cells, the centre cell holds 4 incidents.
        var zone = new Zone("z", ZoneKind.PublicArea, new WKTReader().Read("POLYGON((20 0, 30 0, 30 50, 20 50, 20 0))"));
        var s = Assert.Single(ZoneHotspotSummary.Compute(result, [zone]));
        Assert.Equal(5, s.Cells);
        Assert.Equal(4, s.Incidents);
        Assert.Equal(result.Z[12], s.MaxZ);
        Assert.Equal(5, s.ClassCounts.Sum(kv => kv.Value));
        // Rook band: the centre's z = 2.4/(√0.6976·√(100/24)) ≈ 1.41, p ≈ 0.16 — nothing is significant after FDR.
        Assert.All(result.Classes, c => Assert.Equal(HotspotClass.None, c));
        Assert.Equal(HotspotClass.None, s.Headline);
        Assert.Equal(5, s.ClassCounts.Single(kv => kv.Key == HotspotClass.None).Value);
    }
}
