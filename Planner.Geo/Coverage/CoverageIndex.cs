using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>
/// The occluder index of one building set, built once and shared by every camera (thread-safe for reads):
/// every footprint ring edge (working CRS, metres) with its building and height, in an STR-packed R-tree over
/// edge envelopes. Heights: unknown (null) is stored as +∞ (blocks fully).
/// </summary>
public sealed class CoverageIndex
{
    private readonly STRtree<int> _edgeTree;
    private readonly STRtree<int> _buildingTree;

    private CoverageIndex(
        double[] x0, double[] y0, double[] x1, double[] y1, int[] edgeBuilding,
        double[] heights, int[] edgeStart, STRtree<int> edgeTree, STRtree<int> buildingTree)
    {
        _buildingTree = buildingTree;
        X0 = x0;
        Y0 = y0;
        X1 = x1;
        Y1 = y1;
        EdgeBuilding = edgeBuilding;
        Heights = heights;
        EdgeStart = edgeStart;
        _edgeTree = edgeTree;
    }

    /// <summary>Edge start/end coordinates (working CRS, metres).</summary>
    internal double[] X0 { get; }

    internal double[] Y0 { get; }

    internal double[] X1 { get; }

    internal double[] Y1 { get; }

    /// <summary>Building index (into the building list) of each edge.</summary>
    internal int[] EdgeBuilding { get; }

    /// <summary>Height per building in metres; +∞ when unknown.</summary>
    internal double[] Heights { get; }

    /// <summary>Edges of building b are [EdgeStart[b], EdgeStart[b + 1]).</summary>
    internal int[] EdgeStart { get; }

    public int BuildingCount => Heights.Length;

    public int EdgeCount => X0.Length;

    /// <summary>An index over no buildings (open field).</summary>
    public static CoverageIndex Empty { get; } = Build([]);

    /// <summary>Builds the index: O(E log E) for E footprint edges. Zero-length edges are dropped.</summary>
    public static CoverageIndex Build(IReadOnlyList<Building> buildings)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        var x0 = new List<double>();
        var y0 = new List<double>();
        var x1 = new List<double>();
        var y1 = new List<double>();
        var owner = new List<int>();
        var heights = new double[buildings.Count];
        var start = new int[buildings.Count + 1];
        for (var b = 0; b < buildings.Count; b++)
        {
            start[b] = x0.Count;
            heights[b] = buildings[b].HeightM ?? double.PositiveInfinity;
            var footprint = buildings[b].Footprint;
            for (var p = 0; p < footprint.NumGeometries; p++)
            {
                var polygon = (Polygon)footprint.GetGeometryN(p);
                AddRing(polygon.ExteriorRing.CoordinateSequence);
                foreach (var hole in polygon.InteriorRings)
                {
                    AddRing(hole.CoordinateSequence);
                }
            }

            void AddRing(CoordinateSequence ring)
            {
                for (var i = 0; i + 1 < ring.Count; i++)
                {
                    double ax = ring.GetX(i), ay = ring.GetY(i), bx = ring.GetX(i + 1), by = ring.GetY(i + 1);
                    if (ax == bx && ay == by)
                    {
                        continue;
                    }

                    x0.Add(ax);
                    y0.Add(ay);
                    x1.Add(bx);
                    y1.Add(by);
                    owner.Add(b);
                }
            }
        }

        start[buildings.Count] = x0.Count;
        var tree = new STRtree<int>(Math.Max(2, Math.Min(16, x0.Count)));
        for (var e = 0; e < x0.Count; e++)
        {
            tree.Insert(new Envelope(x0[e], x1[e], y0[e], y1[e]), e);
        }

        tree.Build();
        var buildingTree = new STRtree<int>(Math.Max(2, Math.Min(16, buildings.Count)));
        for (var b = 0; b < buildings.Count; b++)
        {
            buildingTree.Insert(buildings[b].Footprint.EnvelopeInternal, b);
        }

        buildingTree.Build();
        return new CoverageIndex([.. x0], [.. y0], [.. x1], [.. y1], [.. owner], heights, start, tree, buildingTree);
    }

    /// <summary>Edges whose envelope intersects the given box, in ascending edge order (deterministic).</summary>
    internal void QueryEdges(double minX, double minY, double maxX, double maxY, List<int> result)
    {
        result.Clear();
        if (X0.Length == 0)
        {
            return;
        }

        var visitor = new ListVisitor(result);
        _edgeTree.Query(new Envelope(minX, maxX, minY, maxY), visitor);
        result.Sort();
    }

    /// <summary>
    /// Buildings that are the camera's mount: the point lies inside the footprint or within
    /// <paramref name="distanceM"/> of its boundary (contract: 0.5 m). Ascending building order.
    /// </summary>
    internal void MountBuildings(double x, double y, double distanceM, List<int> near, List<int> result)
    {
        result.Clear();
        // Any footprint within distanceM has an edge within distanceM.
        QueryEdges(x - distanceM, y - distanceM, x + distanceM, y + distanceM, near);
        foreach (var e in near)
        {
            if (SegmentDistance(x, y, X0[e], Y0[e], X1[e], Y1[e]) <= distanceM)
            {
                AddUnique(result, EdgeBuilding[e]);
            }
        }

        // Containment: even-odd rule over the edges of each building whose envelope holds the point.
        near.Clear();
        if (Heights.Length > 0)
        {
            _buildingTree.Query(new Envelope(x, x, y, y), new ListVisitor(near));
        }

        foreach (var b in near)
        {
            var crossings = 0;
            for (var e = EdgeStart[b]; e < EdgeStart[b + 1]; e++)
            {
                double ay = Y0[e], by = Y1[e];
                if ((ay > y) != (by > y))
                {
                    var cx = X0[e] + ((y - ay) / (by - ay) * (X1[e] - X0[e]));
                    if (cx > x)
                    {
                        crossings++;
                    }
                }
            }

            if ((crossings & 1) == 1)
            {
                AddUnique(result, b);
            }
        }

        result.Sort();
    }

    private static void AddUnique(List<int> list, int value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    internal static double SegmentDistance(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        var len2 = (dx * dx) + (dy * dy);
        var t = len2 <= 0 ? 0 : Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / len2, 0, 1);
        double qx = ax + (t * dx) - px, qy = ay + (t * dy) - py;
        return Math.Sqrt((qx * qx) + (qy * qy));
    }

    private sealed class ListVisitor(List<int> result) : NetTopologySuite.Index.IItemVisitor<int>
    {
        public void VisitItem(int item) => result.Add(item);
    }
}
