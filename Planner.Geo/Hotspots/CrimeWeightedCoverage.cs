using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Hotspots;

/// <summary>Covered incidents and hot cells at one DORI level: counts and shares (0 … 1; 0 when there is nothing to cover).</summary>
public sealed record LevelCoverage(DoriLevel Level, int Incidents, double IncidentShare, int HotCells, double HotCellShare, int MarginalIncidents);

/// <summary>One camera's coverage per level; <see cref="LevelCoverage.MarginalIncidents"/> = incidents at that level seen by no other camera.</summary>
public sealed record CameraCoverage(string CameraId, IReadOnlyList<LevelCoverage> Levels);

/// <summary>A zone's incidents and their 7 × 24 hour-of-week matrix (see <see cref="HourOfWeek"/>).</summary>
public sealed record ZoneProfile(string ZoneId, ZoneKind Kind, string? Name, int Incidents, int[,] HourOfWeek);

/// <summary>
/// Crime-weighted coverage of a camera layout. Totals per level count an incident (or hot cell) once however many
/// cameras see it (<see cref="LevelCoverage.MarginalIncidents"/> is then the incidents seen by exactly one camera).
/// </summary>
public sealed record CoverageStatistics(
    int Incidents,
    int HotCells,
    IReadOnlyList<LevelCoverage> Total,
    IReadOnlyList<CameraCoverage> Cameras,
    IReadOnlyList<ZoneProfile> Zones,
    int[,] HourOfWeek);

/// <summary>
/// How much of the (filtered) incidents and of the Gi* hot cells (hot90, hot95, hot99) each camera and the whole layout
/// sees at each DORI level. An incident or a cell centre counts as seen when the level's view polygon covers it
/// (boundary included). Zones get the incidents they cover and an hour-of-week profile. Working CRS, metres.
/// </summary>
public static class CrimeWeightedCoverage
{
    public static CoverageStatistics Compute(
        IReadOnlyList<CameraView> views,
        IReadOnlyList<Incident> incidents,
        IReadOnlyList<(double X, double Y)> hotCells,
        IReadOnlyList<Zone> zones)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(incidents);
        ArgumentNullException.ThrowIfNull(hotCells);
        ArgumentNullException.ThrowIfNull(zones);
        var factory = new GeometryFactory();
        var incidentPoints = incidents.Select(i => factory.CreatePoint(new Coordinate(i.X, i.Y))).ToArray();
        var cellPoints = hotCells.Select(c => factory.CreatePoint(new Coordinate(c.X, c.Y))).ToArray();
        var incidentIndex = Index(incidentPoints);
        var cellIndex = Index(cellPoints);
        var levels = DoriLevels.All;

        // seen[level][camera] = indices of covered incidents / cells.
        var seenIncidents = new List<int>[levels.Count][];
        var seenCells = new List<int>[levels.Count][];
        for (var l = 0; l < levels.Count; l++)
        {
            seenIncidents[l] = new List<int>[views.Count];
            seenCells[l] = new List<int>[views.Count];
            for (var c = 0; c < views.Count; c++)
            {
                var area = views[c].Levels.TryGetValue(levels[l], out var g) ? g : null;
                seenIncidents[l][c] = Covered(area, incidentPoints, incidentIndex);
                seenCells[l][c] = Covered(area, cellPoints, cellIndex);
            }
        }

        var total = new List<LevelCoverage>();
        var perCamera = views.Select(_ => new List<LevelCoverage>()).ToArray();
        for (var l = 0; l < levels.Count; l++)
        {
            var timesSeen = new int[incidents.Count];
            foreach (var list in seenIncidents[l])
            {
                list.ForEach(i => timesSeen[i]++);
            }

            var cellSeen = new bool[hotCells.Count];
            foreach (var list in seenCells[l])
            {
                list.ForEach(i => cellSeen[i] = true);
            }

            var anyIncidents = timesSeen.Count(t => t > 0);
            total.Add(new LevelCoverage(levels[l], anyIncidents, Share(anyIncidents, incidents.Count),
                cellSeen.Count(s => s), Share(cellSeen.Count(s => s), hotCells.Count), timesSeen.Count(t => t == 1)));
            for (var c = 0; c < views.Count; c++)
            {
                var mine = seenIncidents[l][c];
                var cells = seenCells[l][c].Count;
                perCamera[c].Add(new LevelCoverage(levels[l], mine.Count, Share(mine.Count, incidents.Count), cells,
                    Share(cells, hotCells.Count), mine.Count(i => timesSeen[i] == 1)));
            }
        }

        var zoneProfiles = zones.Select(z =>
        {
            var inside = Covered(z.Area, incidentPoints, incidentIndex);
            return new ZoneProfile(z.Id, z.Kind, z.Name, inside.Count, Hotspots.HourOfWeek.Matrix(inside.Select(i => incidents[i])));
        }).ToList();

        return new CoverageStatistics(
            incidents.Count,
            hotCells.Count,
            total,
            views.Select((v, c) => new CameraCoverage(v.CameraId, perCamera[c])).ToList(),
            zoneProfiles,
            Hotspots.HourOfWeek.Matrix(incidents));
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static STRtree<int> Index(Point[] points)
    {
        var tree = new STRtree<int>();
        for (var i = 0; i < points.Length; i++)
        {
            tree.Insert(points[i].EnvelopeInternal, i);
        }

        tree.Build();
        return tree;
    }

    private static List<int> Covered(Geometry? area, Point[] points, STRtree<int> index)
    {
        var result = new List<int>();
        if (area is null || area.IsEmpty || points.Length == 0)
        {
            return result;
        }

        var prepared = PreparedGeometryFactory.Prepare(area);
        foreach (var i in index.Query(area.EnvelopeInternal))
        {
            if (prepared.Covers(points[i]))
            {
                result.Add(i);
            }
        }

        result.Sort();
        return result;
    }
}
