using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Algorithm.Locate;
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
        var incidentPoints = new PointSet(incidents.Count, i => (incidents[i].X, incidents[i].Y));
        var cellPoints = new PointSet(hotCells.Count, i => hotCells[i]);
        var levels = DoriLevels.All;

        // seen[level][camera] = indices of covered incidents / cells.
        var seenIncidents = new List<int>[levels.Count][];
        var seenCells = new List<int>[levels.Count][];
        for (var l = 0; l < levels.Count; l++)
        {
            seenIncidents[l] = new List<int>[views.Count];
            seenCells[l] = new List<int>[views.Count];
        }

        // Each (level, camera) writes its own slot, so the parallel loop gives the same lists as a sequential one.
        Parallel.For(0, levels.Count * views.Count, k =>
        {
            var (l, c) = (k / views.Count, k % views.Count);
            var area = views[c].Levels.TryGetValue(levels[l], out var g) ? g : null;
            seenIncidents[l][c] = incidentPoints.Covered(area);
            seenCells[l][c] = cellPoints.Covered(area);
        });

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
            var inside = incidentPoints.Covered(z.Area);
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

    /// <summary>
    /// Points sorted by x once; an area's candidates are the x-range of its envelope (binary search) within its y-range,
    /// then tested with a point-in-area locator (covers = not exterior), without allocating a geometry per point.
    /// </summary>
    private sealed class PointSet
    {
        private readonly double[] xs;
        private readonly double[] ys;
        private readonly int[] order;
        private readonly double[] sortedX;

        public PointSet(int count, Func<int, (double X, double Y)> at)
        {
            xs = new double[count];
            ys = new double[count];
            for (var i = 0; i < count; i++)
            {
                (xs[i], ys[i]) = at(i);
            }

            order = [.. Enumerable.Range(0, count)];
            sortedX = (double[])xs.Clone();
            Array.Sort(sortedX, order);
        }

        /// <summary>Indices (ascending) of the points <paramref name="area"/> covers, boundary included.</summary>
        public List<int> Covered(Geometry? area)
        {
            var result = new List<int>();
            if (area is null || area.IsEmpty || xs.Length == 0)
            {
                return result;
            }

            var e = area.EnvelopeInternal;
            Func<double, double, bool> covers;
            if (area is IPolygonal)
            {
                var locator = new IndexedPointInAreaLocator(area);
                covers = (x, y) => locator.Locate(new Coordinate(x, y)) != Location.Exterior;
            }
            else
            {
                var prepared = PreparedGeometryFactory.Prepare(area);
                covers = (x, y) => prepared.Covers(area.Factory.CreatePoint(new Coordinate(x, y)));
            }

            for (var k = LowerBound(e.MinX); k < sortedX.Length && sortedX[k] <= e.MaxX; k++)
            {
                var i = order[k];
                if (ys[i] >= e.MinY && ys[i] <= e.MaxY && covers(xs[i], ys[i]))
                {
                    result.Add(i);
                }
            }

            result.Sort();
            return result;
        }

        private int LowerBound(double x)
        {
            var (lo, hi) = (0, sortedX.Length);
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (sortedX[mid] < x)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
