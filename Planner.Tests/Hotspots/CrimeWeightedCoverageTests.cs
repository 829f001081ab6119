using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;

namespace Planner.Tests.Hotspots;

public sealed class CrimeWeightedCoverageTests
{
    private static readonly WKTReader Wkt = new();

    private static Geometry G(string wkt) => Wkt.Read(wkt);

    /// <summary>A hand-built view: nested squares from the origin (identify ⊂ … ⊂ visible), each level side given.</summary>
    private static CameraView View(string id, double x0, double y0, params double[] sides) =>
        new(id, DoriLevels.All.Select((level, i) => (level, geometry: sides[i] <= 0
                ? (Geometry)Polygon.Empty
                : G(FormattableString.Invariant($"POLYGON(({x0} {y0}, {x0 + sides[i]} {y0}, {x0 + sides[i]} {y0 + sides[i]}, {x0} {y0 + sides[i]}, {x0} {y0}))"))))
            .ToDictionary(t => t.level, t => t.geometry));

    private static Incident I(string id, double x, double y, int day = 3, int hour = 12) =>
        new(id, x, y, new DateTimeOffset(2024, 7, day, hour, 0, 0, TimeSpan.FromHours(2)), "theft");

    [Fact]
    public void Compute_HandMadeLayout_CountsSharesAndMarginalGain()
    {
        // Camera A: visible 0..100, detect 0..50, observe 0..20, recognise 0..10, identify 0..5 (from the origin).
        // Camera B: visible 80..180 (from x0 = 80), detect 80..100, nothing finer.
        var views = new[] { View("A", 0, 0, 100, 50, 20, 10, 5), View("B", 80, 0, 100, 20, 0, 0, 0) };
        var incidents = new[]
        {
            I("i1", 2, 2),     // A: all five levels
            I("i2", 30, 30),   // A: visible, detect
            I("i3", 90, 10),   // A visible; B visible + detect
            I("i4", 150, 50),  // B visible only
            I("i5", 500, 500), // nobody
            I("i6", 100, 100), // on A's visible corner (covered, boundary counts) and B's visible edge
        };
        (double, double)[] hot = [(1, 1), (95, 5), (300, 300), (160, 90)];
        var s = CrimeWeightedCoverage.Compute(views, incidents, hot, []);

        Assert.Equal(6, s.Incidents);
        Assert.Equal(4, s.HotCells);
        var visible = s.Total[0];
        Assert.Equal(DoriLevel.Visible, visible.Level);
        Assert.Equal(5, visible.Incidents);                 // i1, i2, i3, i4, i6
        Assert.Equal(5.0 / 6, visible.IncidentShare, 12);
        Assert.Equal(3, visible.HotCells);                  // (1,1), (95,5), (160,90)
        Assert.Equal(0.75, visible.HotCellShare, 12);
        Assert.Equal(3, visible.MarginalIncidents);         // seen by one camera only: i1, i2 (A), i4 (B); i3, i6 by both
        var detect = s.Total[1];
        Assert.Equal(3, detect.Incidents);                  // i1, i2 (A), i3 (B)
        Assert.Equal(2, detect.HotCells);                   // (1,1) A, (95,5) B
        var identify = s.Total[4];
        Assert.Equal(1, identify.Incidents);
        Assert.Equal(1, identify.HotCells);

        var a = s.Cameras[0];
        Assert.Equal("A", a.CameraId);
        Assert.Equal(4, a.Levels[0].Incidents);             // i1, i2, i3, i6
        Assert.Equal(2, a.Levels[0].MarginalIncidents);     // i1, i2
        Assert.Equal(2, a.Levels[1].MarginalIncidents);     // detect: i1, i2 (i3 is B's at detect)
        var b = s.Cameras[1];
        Assert.Equal(3, b.Levels[0].Incidents);             // i3, i4, i6
        Assert.Equal(1, b.Levels[0].MarginalIncidents);     // i4
        Assert.Equal(1, b.Levels[1].Incidents);             // i3
        Assert.Equal(1, b.Levels[1].MarginalIncidents);
        Assert.Equal(0, b.Levels[2].Incidents);             // empty observe polygon
        Assert.Equal(2, b.Levels[0].HotCells);              // (95,5), (160,90)
    }

    [Fact]
    public void Compute_Zones_HourOfWeekMatrix()
    {
        var zone = new Zone("z1", ZoneKind.NightlifeVenue, G("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0))"), name: "Square");
        // 2024-07-05 is a Friday, 2024-07-06 a Saturday, 2024-07-07 a Sunday.
        var incidents = new[] { I("a", 1, 1, 5, 23), I("b", 2, 2, 6, 1), I("c", 3, 3, 6, 1), I("d", 50, 50, 7, 0) };
        var s = CrimeWeightedCoverage.Compute([], incidents, [], [zone]);
        var z = Assert.Single(s.Zones);
        Assert.Equal(3, z.Incidents);
        Assert.Equal(1, z.HourOfWeek[4, 23]);  // Friday 23h
        Assert.Equal(2, z.HourOfWeek[5, 1]);   // Saturday 01h
        Assert.Equal(0, z.HourOfWeek[6, 0]);   // the Sunday incident is outside the zone
        Assert.Equal(1, s.HourOfWeek[6, 0]);
        Assert.Equal(4, s.HourOfWeek.Cast<int>().Sum());
        Assert.All(s.Total, l => Assert.Equal(0, l.Incidents));
        Assert.Equal(0, s.Total[0].HotCellShare);
    }
}
