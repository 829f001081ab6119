using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Planner.Geo.Coverage;

/// <summary>
/// Joins the wedge pieces of one level into rings without overlay: every piece's lower and upper curve is a boundary;
/// on each sweep ray the boundary is the symmetric difference of the intervals left and right of it. Points on a ray
/// closer than 1e-7·(1 + r) m share one node; the camera point is one node for all rays. Rings are traced with the
/// sharpest left turn at shared nodes (so touching parts become separate valid rings), then counter-clockwise rings
/// become shells and clockwise rings holes of the smallest shell holding them.
/// </summary>
internal sealed partial class ViewSweep
{
    private readonly List<double> _nodeX = [];
    private readonly List<double> _nodeY = [];
    private readonly List<(int From, int To, int PointStart, int PointCount)> _ringEdges = [];
    private readonly List<double> _pointX = [];
    private readonly List<double> _pointY = [];
    private readonly List<(double R, double X, double Y, int Piece, bool Left, bool Hi)> _rayEntries = [];
    private int[] _loLeft = new int[64];
    private int[] _hiLeft = new int[64];
    private int[] _loRight = new int[64];
    private int[] _hiRight = new int[64];
    private int[] _clusterNode = new int[64];
    private int[] _coverLeft = new int[64];
    private int[] _coverRight = new int[64];

    private Geometry Assemble(int level, GeometryFactory factory)
    {
        var pieces = _pieces[level];
        var starts = _pieceStart[level];
        if (pieces.Count == 0)
        {
            return factory.CreatePolygon();
        }

        EnsureNodeBuffers(pieces.Count);
        _nodeX.Clear();
        _nodeY.Clear();
        _ringEdges.Clear();
        _pointX.Clear();
        _pointY.Clear();
        _nodeX.Add(_cx);
        _nodeY.Add(_cy);
        var wedges = _wedges.Count;
        for (var k = 0; k <= wedges; k++)
        {
            if (k == wedges && _full)
            {
                break; // the closing ray of a full circle is ray 0, already joined to the last wedge
            }

            var left = k > 0 ? k - 1 : _full ? wedges - 1 : -1;
            var right = k < wedges ? k : -1;
            var ray = right >= 0 ? _wedges[right].Ray0 : _wedges[left].Ray1;
            JoinRay(level, left, right, ray, starts, pieces.Count);
        }

        for (var w = 0; w < wedges; w++)
        {
            var end = w + 1 < wedges ? starts[w + 1] : pieces.Count;
            for (var p = starts[w]; p < end; p++)
            {
                AddCurveEdge(pieces[p].Lo, _loLeft[p], _loRight[p], _wedges[w], reverse: false);
                AddCurveEdge(pieces[p].Hi, _hiRight[p], _hiLeft[p], _wedges[w], reverse: true);
            }
        }

        return BuildPolygons(factory);
    }

    private void EnsureNodeBuffers(int pieces)
    {
        if (_loLeft.Length < pieces)
        {
            var size = Math.Max(pieces, 2 * _loLeft.Length);
            _loLeft = new int[size];
            _hiLeft = new int[size];
            _loRight = new int[size];
            _hiRight = new int[size];
        }
    }

    /// <summary>Nodes on one ray and its boundary segments: left-only coverage runs outwards, right-only inwards.</summary>
    private void JoinRay(int level, int left, int right, int ray, List<int> starts, int total)
    {
        var pieces = _pieces[level];
        _rayEntries.Clear();
        for (var side = 0; side < 2; side++)
        {
            var (wedge, isLeft) = side == 0 ? (left, true) : (right, false);
            if (wedge < 0)
            {
                continue;
            }

            var end = wedge + 1 < starts.Count ? starts[wedge + 1] : total;
            for (var p = starts[wedge]; p < end; p++)
            {
                var r = EvalRayPoint(pieces[p].Lo, ray, out var x, out var y);
                _rayEntries.Add((r, x, y, p, isLeft, false));
                r = EvalRayPoint(pieces[p].Hi, ray, out x, out y);
                _rayEntries.Add((r, x, y, p, isLeft, true));
            }
        }

        if (_rayEntries.Count == 0)
        {
            return;
        }

        _rayEntries.Sort((a, b) => a.R != b.R ? a.R.CompareTo(b.R) : a.Hi != b.Hi ? a.Hi.CompareTo(b.Hi) : a.Piece.CompareTo(b.Piece));
        if (_clusterNode.Length < _rayEntries.Count + 1)
        {
            var size = Math.Max(_rayEntries.Count + 1, 2 * _clusterNode.Length);
            _clusterNode = new int[size];
            _coverLeft = new int[size];
            _coverRight = new int[size];
        }

        var clusters = 0;
        var clusterR = double.NaN;
        Span<int> clusterOf = _rayEntries.Count <= 256 ? stackalloc int[_rayEntries.Count] : new int[_rayEntries.Count];
        for (var i = 0; i < _rayEntries.Count; i++)
        {
            var entry = _rayEntries[i];
            if (clusters == 0 || entry.R - clusterR > 1e-7 * (1 + clusterR))
            {
                clusterR = entry.R;
                if (entry.R <= 1e-9)
                {
                    _clusterNode[clusters] = 0; // the camera point
                }
                else
                {
                    _clusterNode[clusters] = _nodeX.Count;
                    _nodeX.Add(entry.X);
                    _nodeY.Add(entry.Y);
                }

                _coverLeft[clusters] = 0;
                _coverRight[clusters] = 0;
                clusters++;
            }

            clusterOf[i] = clusters - 1;
        }

        for (var i = 0; i < _rayEntries.Count; i++)
        {
            var entry = _rayEntries[i];
            var c = clusterOf[i];
            var node = _clusterNode[c];
            var cover = entry.Left ? _coverLeft : _coverRight;
            cover[c] += entry.Hi ? -1 : 1;
            if (entry.Left)
            {
                (entry.Hi ? _hiRight : _loRight)[entry.Piece] = node;
            }
            else
            {
                (entry.Hi ? _hiLeft : _loLeft)[entry.Piece] = node;
            }
        }

        int inLeft = 0, inRight = 0;
        for (var c = 0; c + 1 < clusters; c++)
        {
            inLeft += _coverLeft[c];
            inRight += _coverRight[c];
            bool l = inLeft > 0, r = inRight > 0;
            if (l != r)
            {
                var from = l ? _clusterNode[c] : _clusterNode[c + 1];
                var to = l ? _clusterNode[c + 1] : _clusterNode[c];
                _ringEdges.Add((from, to, _pointX.Count, 0));
            }
        }
    }

    /// <summary>A piece's lower (forward, increasing angle) or upper (reverse) boundary; circles get chords on the grid.</summary>
    private void AddCurveEdge(SweepCurve curve, int from, int to, Wedge wedge, bool reverse)
    {
        var start = _pointX.Count;
        if (curve.IsCircle && curve.S > 1e-9)
        {
            var first = (int)Math.Floor(wedge.Alpha0 / _gridStep) + 1;
            var last = (int)Math.Ceiling(wedge.Alpha1 / _gridStep) - 1;
            for (var i = 0; i <= last - first; i++)
            {
                var k = reverse ? last - i : first + i;
                var alpha = k * _gridStep;
                if (alpha <= wedge.Alpha0 + AngleEpsilon || alpha >= wedge.Alpha1 - AngleEpsilon)
                {
                    continue;
                }

                var beta = _beta0 + alpha;
                _pointX.Add(_cx + (curve.S * Math.Sin(beta)));
                _pointY.Add(_cy + (curve.S * Math.Cos(beta)));
            }
        }

        var count = _pointX.Count - start;
        if (from != to || count > 0)
        {
            _ringEdges.Add((from, to, start, count));
        }
    }

    private Geometry BuildPolygons(GeometryFactory factory)
    {
        var edgeCount = _ringEdges.Count;
        var nodes = _nodeX.Count;
        var outStart = new int[nodes + 1];
        foreach (var e in _ringEdges)
        {
            outStart[e.From + 1]++;
        }

        for (var i = 0; i < nodes; i++)
        {
            outStart[i + 1] += outStart[i];
        }

        var outEdges = new int[edgeCount];
        var fill = (int[])outStart.Clone();
        for (var i = 0; i < edgeCount; i++)
        {
            outEdges[fill[_ringEdges[i].From]++] = i;
        }

        var used = new bool[edgeCount];
        var shells = new List<(Coordinate[] Ring, double Area)>();
        var holes = new List<Coordinate[]>();
        var ring = new List<Coordinate>();
        var visited = new List<(int Node, int Index)>();
        for (var e0 = 0; e0 < edgeCount; e0++)
        {
            if (used[e0])
            {
                continue;
            }

            ring.Clear();
            visited.Clear();
            var startNode = _ringEdges[e0].From;
            var cur = e0;
            for (var guard = 0; guard <= edgeCount; guard++)
            {
                used[cur] = true;
                var edge = _ringEdges[cur];
                // A node met twice closes a loop: cut it out as its own ring, so no ring touches itself (a pinch
                // becomes two shells, or a shell and a hole, touching at a point — valid).
                var seen = visited.Count - 1;
                while (seen >= 0 && visited[seen].Node != edge.From)
                {
                    seen--;
                }

                if (seen >= 0 && cur != e0)
                {
                    var at = visited[seen].Index;
                    EmitRing(ring.GetRange(at, ring.Count - at), shells, holes);
                    ring.RemoveRange(at, ring.Count - at);
                    visited.RemoveRange(seen, visited.Count - seen);
                }

                visited.Add((edge.From, ring.Count));
                AddPoint(ring, _nodeX[edge.From], _nodeY[edge.From]);
                for (var p = 0; p < edge.PointCount; p++)
                {
                    AddPoint(ring, _pointX[edge.PointStart + p], _pointY[edge.PointStart + p]);
                }

                var last = ring.Count > 0 ? ring[^1] : new Coordinate(_nodeX[edge.From], _nodeY[edge.From]);
                var next = NextEdge(edge.To, last, startNode, e0, outStart, outEdges, used);
                if (next < 0 || next == e0)
                {
                    break;
                }

                cur = next;
            }

            EmitRing(ring, shells, holes);
        }

        return ToGeometry(factory, shells, holes);
    }

    /// <summary>Closes the point list into a ring: counter-clockwise → shell, clockwise → hole; degenerate → dropped.</summary>
    private static void EmitRing(List<Coordinate> points, List<(Coordinate[] Ring, double Area)> shells, List<Coordinate[]> holes)
    {
        var ring = new List<Coordinate>(points.Count + 1);
        foreach (var p in points)
        {
            if (ring.Count == 0 || !ring[^1].Equals2D(p))
            {
                ring.Add(p);
            }
        }

        if (ring.Count > 1 && ring[0].Equals2D(ring[^1]))
        {
            ring.RemoveAt(ring.Count - 1);
        }

        if (ring.Count < 3)
        {
            return;
        }

        ring.Add(ring[0].Copy());
        var coords = ring.ToArray();
        var area = Area.OfRingSigned(coords);
        if (Math.Abs(area) < 1e-10)
        {
            return;
        }

        // NTS's signed ring area is positive for clockwise rings.
        if (area < 0)
        {
            shells.Add((coords, -area));
        }
        else
        {
            holes.Add(coords);
        }
    }

    private static void AddPoint(List<Coordinate> ring, double x, double y)
    {
        if (ring.Count == 0 || ring[^1].X != x || ring[^1].Y != y)
        {
            ring.Add(new Coordinate(x, y));
        }
    }

    /// <summary>The outgoing edge at <paramref name="node"/> turning most sharply left from the incoming direction.</summary>
    private int NextEdge(int node, Coordinate last, int startNode, int e0, int[] outStart, int[] outEdges, bool[] used)
    {
        double nx = _nodeX[node], ny = _nodeY[node];
        // Reverse of the incoming direction; the last ring point may equal the node when the edge had no extent.
        double rx = last.X - nx, ry = last.Y - ny;
        var best = -1;
        var bestAngle = double.PositiveInfinity;
        for (var i = outStart[node]; i < outStart[node + 1]; i++)
        {
            var e = outEdges[i];
            if (used[e] && !(e == e0 && node == startNode))
            {
                continue;
            }

            var edge = _ringEdges[e];
            double ox, oy;
            if (edge.PointCount > 0)
            {
                (ox, oy) = (_pointX[edge.PointStart] - nx, _pointY[edge.PointStart] - ny);
            }
            else
            {
                (ox, oy) = (_nodeX[edge.To] - nx, _nodeY[edge.To] - ny);
            }

            // Clockwise angle from the reversed incoming direction to the outgoing one, in (0, 2π].
            var angle = -Math.Atan2((rx * oy) - (ry * ox), (rx * ox) + (ry * oy));
            if (angle <= 0)
            {
                angle += 2 * Math.PI;
            }

            if (angle < bestAngle)
            {
                bestAngle = angle;
                best = e;
            }
        }

        return best;
    }

    private static Geometry ToGeometry(GeometryFactory factory, List<(Coordinate[] Ring, double Area)> shells, List<Coordinate[]> holes)
    {
        if (shells.Count == 0)
        {
            return factory.CreatePolygon();
        }

        var holesOf = new List<LinearRing>[shells.Count];
        foreach (var hole in holes)
        {
            var owner = -1;
            var probe = InteriorProbe(hole);
            for (var s = 0; s < shells.Count; s++)
            {
                if ((owner < 0 || shells[s].Area < shells[owner].Area)
                    && RayCrossingCounter.LocatePointInRing(probe, shells[s].Ring) == Location.Interior)
                {
                    owner = s;
                }
            }

            if (owner >= 0)
            {
                (holesOf[owner] ??= []).Add(factory.CreateLinearRing(hole));
            }
        }

        var polygons = new Polygon[shells.Count];
        for (var s = 0; s < shells.Count; s++)
        {
            polygons[s] = factory.CreatePolygon(factory.CreateLinearRing(shells[s].Ring), holesOf[s]?.ToArray());
        }

        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    /// <summary>The midpoint of the ring's longest segment: on the ring, never on another ring except at shared nodes.</summary>
    private static Coordinate InteriorProbe(Coordinate[] ring)
    {
        var best = 0;
        var bestLength = -1.0;
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            var length = ring[i].Distance(ring[i + 1]);
            if (length > bestLength)
            {
                bestLength = length;
                best = i;
            }
        }

        return new Coordinate(0.5 * (ring[best].X + ring[best + 1].X), 0.5 * (ring[best].Y + ring[best + 1].Y));
    }
}
