using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Planner.Geo.Model;

namespace Planner.Geo.Hotspots;

/// <summary>
/// A zone's share of the hotspot grid for display: the cells whose centre the zone covers, their incidents (sum of
/// counts), cells per class (contract order hot99 … cold99), the largest and smallest Gi* z, and the zone's headline
/// class: the most significant hot class among its cells, else the most significant cold class, else none.
/// </summary>
public sealed record ZoneHotspotSummary(string ZoneId, ZoneKind Kind, string? Name, int Cells, int Incidents, IReadOnlyList<KeyValuePair<HotspotClass, int>> ClassCounts, double MaxZ, double MinZ, HotspotClass Headline)
{
    public static IReadOnlyList<ZoneHotspotSummary> Compute(HotspotResult result, IReadOnlyList<Zone> zones)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(zones);
        var g = result.Grid;
        var factory = new GeometryFactory();
        var list = new List<ZoneHotspotSummary>();
        foreach (var zone in zones)
        {
            var prepared = PreparedGeometryFactory.Prepare(zone.Area);
            var env = zone.Area.EnvelopeInternal;
            int c0 = (int)Math.Max(0, g.ColOf(env.MinX)), c1 = (int)Math.Min(g.Cols - 1, g.ColOf(env.MaxX));
            int r0 = (int)Math.Max(0, g.RowOf(env.MinY)), r1 = (int)Math.Min(g.Rows - 1, g.RowOf(env.MaxY));
            var perClass = new int[Enum.GetValues<HotspotClass>().Length];
            int cells = 0, incidents = 0;
            double maxZ = double.NaN, minZ = double.NaN;
            for (var r = r0; r <= r1; r++)
            {
                for (var c = c0; c <= c1; c++)
                {
                    if (!prepared.Covers(factory.CreatePoint(new Coordinate(g.CentreX(c), g.CentreY(r)))))
                    {
                        continue;
                    }

                    var i = (r * g.Cols) + c;
                    cells++;
                    incidents += result.Counts[i];
                    perClass[(int)result.Classes[i]]++;
                    maxZ = double.IsNaN(maxZ) ? result.Z[i] : Math.Max(maxZ, result.Z[i]);
                    minZ = double.IsNaN(minZ) ? result.Z[i] : Math.Min(minZ, result.Z[i]);
                }
            }

            HotspotClass[] order = [HotspotClass.Hot99, HotspotClass.Hot95, HotspotClass.Hot90, HotspotClass.Cold99, HotspotClass.Cold95, HotspotClass.Cold90];
            var headline = order.FirstOrDefault(k => perClass[(int)k] > 0, HotspotClass.None);
            list.Add(new ZoneHotspotSummary(zone.Id, zone.Kind, zone.Name, cells, incidents,
                HotspotClasses.All.Select(k => new KeyValuePair<HotspotClass, int>(k, perClass[(int)k])).ToList(), maxZ, minZ, headline));
        }

        return list;
    }
}
