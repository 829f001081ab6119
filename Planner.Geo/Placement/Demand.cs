using Planner.Geo.Hotspots;
using Planner.Geo.Model;

namespace Planner.Geo.Placement;

/// <summary>Builds placement demand (working CRS, metres) from incidents or from significant hot cells.</summary>
public static class Demand
{
    /// <summary>One point per incident (already filtered by the analyst), weighted by its offence's severity weight.</summary>
    public static IReadOnlyList<DemandPoint> FromIncidents(IReadOnlyList<Incident> incidents, OffenceWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        weights ??= OffenceWeights.Uniform;
        return [.. incidents.Select(i => DemandPoint.Create(i.X, i.Y, weights.Of(i.Offence)))];
    }

    /// <summary>
    /// One point per hot cell (Gi* class hot90, hot95 or hot99 after FDR) at the cell centre, weighted by the cell's
    /// incident count (a significant cell without incidents, lifted by its neighbours, weighs 1).
    /// </summary>
    public static IReadOnlyList<DemandPoint> FromHotCells(HotspotResult hotspots)
    {
        ArgumentNullException.ThrowIfNull(hotspots);
        var points = new List<DemandPoint>();
        for (var i = 0; i < hotspots.Classes.Length; i++)
        {
            if (hotspots.Classes[i].IsHot())
            {
                var grid = hotspots.Grid;
                points.Add(DemandPoint.Create(grid.CentreX(i % grid.Cols), grid.CentreY(i / grid.Cols), Math.Max(1, hotspots.Counts[i])));
            }
        }

        return points;
    }

    /// <summary>
    /// One point per grid cell with positive kernel density, at the cell centre, weighted by the cell's KDE mass:
    /// density (incidents per km², the contract's quartic KDE at the centre) × cell area in km², i.e. the expected
    /// incidents in the cell. The weights sum to the KDE mass over the grid (which spans the incidents' bounding box, so
    /// the kernel mass beyond it is not demand). Offence weights do not apply: the kernel counts incidents.
    /// </summary>
    public static IReadOnlyList<DemandPoint> FromKde(HotspotResult hotspots)
    {
        ArgumentNullException.ThrowIfNull(hotspots);
        var grid = hotspots.Grid;
        var cellKm2 = grid.CellSize * grid.CellSize / 1e6;
        var points = new List<DemandPoint>();
        for (var i = 0; i < hotspots.Density.Length; i++)
        {
            var mass = hotspots.Density[i] * cellKm2;
            if (mass > 0)
            {
                points.Add(DemandPoint.Create(grid.CentreX(i % grid.Cols), grid.CentreY(i / grid.Cols), mass));
            }
        }

        return points;
    }
}
