using CsCheck;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using Planner.Geo.Placement;

namespace Planner.Tests.Placement;

/// <summary>KDE mass as placement demand (issue 15): points at cell centres weighted by density × cell area, per the hotspot grid contract.</summary>
public sealed class KdeDemandTests
{
    private static Incident At(int n, double x, double y) =>
        new($"i{n}", x, y, new DateTimeOffset(2024, 5, 17, 23, 0, 0, TimeSpan.FromHours(2)), "theft");

    /// <summary>The contract's quartic KDE mass of one cell by brute force: Σ over incidents within r of the centre of 3/(π r²)·(1 − d²/r²)², times the cell area (m²).</summary>
    private static double CellMass(IReadOnlyList<Incident> incidents, double cx, double cy, double r, double cell) =>
        incidents.Select(i => ((i.X - cx) * (i.X - cx)) + ((i.Y - cy) * (i.Y - cy)))
            .Where(d2 => d2 < r * r)
            .Sum(d2 => 3 / (Math.PI * r * r) * Math.Pow(1 - (d2 / (r * r)), 2)) * cell * cell;

    [Fact]
    public void FromKde_RandomIncidents_WeightsSumToKdeMassOverTheGridAndSitAtCellCentres()
    {
        var gen = Gen.Select(Gen.Double[0, 120], Gen.Double[0, 90]).Array[1, 40];
        Gen.Select(gen, Gen.Int[5, 20], Gen.Int[10, 60]).Sample((points, cell, bandwidth) =>
        {
            var incidents = points.Select((p, n) => At(n, 700_000 + p.Item1, 6_170_000 + p.Item2)).ToList();
            var result = HotspotAnalysis.Run(incidents, new HotspotOptions(cell, bandwidth));
            var demand = Demand.FromKde(result);

            var grid = result.Grid;
            var expected = 0.0;
            var positive = 0;
            for (var row = 0; row < grid.Rows; row++)
            {
                for (var col = 0; col < grid.Cols; col++)
                {
                    var m = CellMass(incidents, grid.CentreX(col), grid.CentreY(row), bandwidth, cell);
                    expected += m;
                    positive += m > 0 ? 1 : 0;
                }
            }

            Assert.Equal(expected, demand.Sum(d => d.Weight), 1e-9 * Math.Max(1, expected));
            Assert.Equal(positive, demand.Count);
            Assert.All(demand, d =>
            {
                Assert.Equal(0.5, (d.X / cell) - Math.Floor(d.X / cell), 1e-6);
                Assert.Equal(0.5, (d.Y / cell) - Math.Floor(d.Y / cell), 1e-6);
            });
        }, iter: 60);
    }

    [Fact]
    public void FromKde_IncidentsOnTheGridEdge_KernelMassBeyondTheBoundingBoxIsNotDemand()
    {
        // The grid spans the incidents' bounding box: the corner incidents keep about a quarter of their unit kernel
        // mass, the one on the top edge about half, so the demand totals about 1 (not 3) — a little more, because the
        // last row and column of 5 m cells reach 5 m past the box (about 0.15 of a kernel's mass lies in such a strip).
        var incidents = new[] { At(1, 700_000, 6_170_000), At(2, 700_400, 6_170_000), At(3, 700_200, 6_170_400) };
        var demand = Demand.FromKde(HotspotAnalysis.Run(incidents, new HotspotOptions(5, 50)));

        Assert.InRange(demand.Sum(d => d.Weight), 0.95, 1.25);
    }
}
