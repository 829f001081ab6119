using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// A plan moved into another projected CRS: every geometry transformed, known camera headings turned by the change of
/// grid north (<see cref="Crs.GridNorth"/>). The identity when the CRS is the same, so plans already in the database's
/// working CRS round-trip exactly.
/// </summary>
internal static class PlanTransform
{
    public static Plan To(Plan plan, int epsg) => plan.Epsg == epsg ? plan : new Plan(epsg, plan.Metadata)
    {
        Cameras = [.. plan.Cameras.Select(c => LayerOps.Cameras.Transform(c, plan.Epsg, epsg))],
        Buildings = [.. plan.Buildings.Select(b => LayerOps.Buildings.Transform(b, plan.Epsg, epsg))],
        Zones = [.. plan.Zones.Select(z => LayerOps.Zones.Transform(z, plan.Epsg, epsg))],
        Incidents = [.. plan.Incidents.Select(i => LayerOps.Incidents.Transform(i, plan.Epsg, epsg))],
        Streets = [.. plan.Streets.Select(s => new Street(s.Id, Crs.CrsRegistry.Transform(s.Line, plan.Epsg, epsg), s.Name, s.Highway) { Source = s.Source })],
    };
}
