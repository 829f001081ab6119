using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>
/// The per-camera angular sweep (one instance per thread; scratch buffers are reused between cameras).
/// <para>
/// Along a ray from the camera at sweep angle α, ground at horizontal distance r is hidden when it lies inside a
/// footprint, or behind a crossing of a non-mount edge at distance e of a building of height H (mount height h,
/// target height t): for h &gt; t, in [e, e·(h − t)/(h − H)] when t &lt; H &lt; h and in [e, ∞) when H ≥ h or H is
/// unknown; for h ≤ t (eye below the target's top), in [e·max(1, (t − h)/(H − h)), ∞) when H &gt; h. Visible ground on
/// the ray is [near, far] minus the union of those intervals, i.e. a union of intervals whose ends lie on circles
/// (near, far, DORI radii) or on the edge lines scaled about the camera (an edge's shadow end is a straight segment).
/// </para>
/// <para>
/// Angular events are the edges' end angles; between two events the set of crossing edges is fixed. A wedge is
/// further split at the exact angle where two boundary curves cross (line–line: a direction; line–circle: asin), so
/// inside every final wedge the order of all relevant curves is constant and each visible interval is bounded by the
/// same two curves. Pieces are then exact quadrilaterals (line boundaries) or polygons whose circle boundaries are
/// chords at a fixed angular grid of at most <see cref="CoverageOptions.ArcStepDeg"/> (area error of an arc ≤ Δ²/6,
/// 1.3·10⁻⁵ at 0.5°); the same grid is used by every level, so chords of concentric circles never cross and the
/// levels nest by construction. <see cref="ViewSweep"/>'s assembly joins the pieces into rings without overlay.
/// </para>
/// </summary>
internal sealed partial class ViewSweep
{
    private const double MountDistanceM = 0.5;
    private const int MaxSplitDepth = 48;

    private readonly List<int> _query = [];
    private readonly List<int> _nearEdges = [];
    private readonly List<int> _mounts = [];
    private readonly List<CamEdge> _edges = [];
    private readonly List<EdgeSpan> _spans = [];
    private readonly List<double> _events = [];
    private readonly List<int> _active = [];
    private readonly List<int> _live = [];
    private readonly List<SweepCurve> _curves = [];
    private readonly List<int> _baseCurve = [];
    private readonly List<double> _rayAlpha = [];
    private readonly List<double> _rayUx = [];
    private readonly List<double> _rayUy = [];
    private readonly List<Wedge> _wedges = [];
    private readonly List<WedgePiece>[] _pieces = new List<WedgePiece>[DoriLevels.All.Count];
    private readonly List<int>[] _pieceStart = new List<int>[DoriLevels.All.Count];
    private readonly double[] _levelRadius = new double[DoriLevels.All.Count];
    private double[] _v0 = new double[64];
    private double[] _v1 = new double[64];
    private double[] _vm = new double[64];
    private int[] _order = new int[64];
    private readonly List<(double Start, SweepCurve StartCurve, double End, SweepCurve EndCurve)> _hidden = [];
    private readonly List<(int Building, double R, int Edge)> _interior = [];
    private readonly List<double> _circles = [];

    private CoverageIndex _index = CoverageIndex.Empty;
    private double _cx;
    private double _cy;
    private double _near;
    private double _far;
    private double _beta0;
    private double _width;
    private bool _full;
    private double _gridStep;

    public ViewSweep()
    {
        for (var l = 0; l < _pieces.Length; l++)
        {
            _pieces[l] = [];
            _pieceStart[l] = [];
        }
    }

    /// <summary>Diagnostics of the last camera: edges swept, final wedges, rays (benchmarks only).</summary>
    internal (int Edges, int Wedges, int Rays) LastStats => (_edges.Count, _wedges.Count, _rayAlpha.Count);

    /// <summary>Computes one camera's view per level (see <see cref="CoverageEngine"/> for the contract).</summary>
    public CameraView Compute(Camera camera, CoverageIndex index, CoverageOptions options, GeometryFactory factory)
    {
        var levels = new Dictionary<DoriLevel, Geometry>(DoriLevels.All.Count);
        var geometry = ViewGeometry.Of(camera.Optics, options.TargetHeightM);
        if (!geometry.HasFootprint || geometry.FarM <= 0)
        {
            foreach (var level in DoriLevels.All)
            {
                levels[level] = factory.CreatePolygon();
            }

            return new CameraView(camera.Id, levels);
        }

        Setup(camera, index, options, geometry);
        Sweep();
        for (var l = 0; l < DoriLevels.All.Count; l++)
        {
            levels[DoriLevels.All[l]] = Assemble(l, factory);
        }

        return new CameraView(camera.Id, levels);
    }

    private void Setup(Camera camera, CoverageIndex index, CoverageOptions options, ViewGeometry geometry)
    {
        _index = index;
        _cx = camera.X;
        _cy = camera.Y;
        _near = geometry.NearM;
        _far = geometry.FarM;
        var optics = camera.Optics;
        _full = optics.Ptz || optics.HfovDeg >= 360;
        var heading = optics.HeadingDeg * Math.PI / 180;
        _width = _full ? 2 * Math.PI : optics.HfovDeg * Math.PI / 180;
        _beta0 = _full ? heading : heading - (_width / 2);
        var step = Math.Clamp(options.ArcStepDeg, 0.01, 0.5) * Math.PI / 180;
        _gridStep = _width / Math.Ceiling(_width / step);
        for (var l = 0; l < DoriLevels.All.Count; l++)
        {
            var limit = geometry.LevelLimitM(DoriLevels.All[l]);
            _levelRadius[l] = limit >= _far ? _far : limit;
        }

        _circles.Clear();
        if (_near > 0)
        {
            _circles.Add(_near);
        }

        _circles.Add(_far);
        foreach (var r in _levelRadius)
        {
            if (r > _near && r < _far && !_circles.Contains(r))
            {
                _circles.Add(r);
            }
        }

        var h = optics.HeightM;
        var t = options.TargetHeightM;
        index.MountBuildings(_cx, _cy, MountDistanceM, _nearEdges, _mounts);
        _edges.Clear();
        _spans.Clear();
        index.QueryEdges(_cx - _far, _cy - _far, _cx + _far, _cy + _far, _query);
        foreach (var e in _query)
        {
            var b = index.EdgeBuilding[e];
            if (_mounts.BinarySearch(b) < 0
                && CoverageIndex.SegmentDistance(_cx, _cy, index.X0[e], index.Y0[e], index.X1[e], index.Y1[e]) < _far)
            {
                AddEdge(e, b, mount: false, h, t);
            }
        }

        // A mount building does not occlude, but its footprint is still not visible ground: all its edges take part
        // in the even-odd interior test (counted from the far side, so a camera inside or on it needs no special case).
        foreach (var b in _mounts)
        {
            for (var e = index.EdgeStart[b]; e < index.EdgeStart[b + 1]; e++)
            {
                AddEdge(e, b, mount: true, h, t);
            }
        }
    }

    private void AddEdge(int e, int building, bool mount, double h, double t)
    {
        double px = _index.X0[e] - _cx, py = _index.Y0[e] - _cy, qx = _index.X1[e] - _cx, qy = _index.Y1[e] - _cy;
        double dx = qx - px, dy = qy - py;
        var cp = (px * dy) - (py * dx);
        var len = Math.Sqrt((dx * dx) + (dy * dy));
        var lineDistance = Math.Abs(cp) / len;
        if (lineDistance < 1e-9)
        {
            return; // the edge's line passes through the camera: no angular width, hides no area
        }

        var alphaP = SweepAngle(px, py);
        var alphaQ = SweepAngle(qx, qy);
        var delta = alphaQ - alphaP;
        if (delta > Math.PI)
        {
            delta -= 2 * Math.PI;
        }
        else if (delta <= -Math.PI)
        {
            delta += 2 * Math.PI;
        }

        if (delta == 0)
        {
            return;
        }

        var edge = new CamEdge
        {
            Px = px, Py = py, Qx = qx, Qy = qy, Dx = dx, Dy = dy, Cp = cp,
            AlphaP = alphaP, AlphaQ = alphaQ, LineDistance = lineDistance,
            // The foot of the perpendicular from the camera: direction ±(dy, −dx) on the side of the line.
            FootAlpha = cp > 0 ? SweepAngle(dy, -dx) : SweepAngle(-dy, dx),
            Building = building, Mount = mount,
        };
        if (!mount)
        {
            var height = _index.Heights[building];
            var dh = h - t;
            if (dh > 0)
            {
                if (height >= h)
                {
                    (edge.HasShadow, edge.A, edge.B) = (true, 1, double.PositiveInfinity);
                }
                else if (height > t)
                {
                    (edge.HasShadow, edge.A, edge.B) = (true, 1, dh / (h - height));
                }
            }
            else if (height > h)
            {
                var a = double.IsPositiveInfinity(height) ? 1 : Math.Max(1, (t - h) / (height - h));
                (edge.HasShadow, edge.A, edge.B) = (true, a, double.PositiveInfinity);
            }
        }

        var index = _edges.Count;
        _edges.Add(edge);
        var start = delta > 0 ? alphaP : alphaQ;
        var end = start + Math.Abs(delta);
        AddSpan(start, Math.Min(end, 2 * Math.PI), index);
        if (end > 2 * Math.PI)
        {
            AddSpan(0, end - (2 * Math.PI), index);
        }
    }

    private void AddSpan(double a0, double a1, int edge)
    {
        a0 = Math.Max(a0, 0);
        a1 = Math.Min(a1, _width);
        if (a1 > a0)
        {
            _spans.Add(new EdgeSpan(a0, a1, edge));
        }
    }

    /// <summary>Angle clockwise from the sector start of the direction (x, y), in [0, 2π).</summary>
    private double SweepAngle(double x, double y)
    {
        var a = Math.Atan2(x, y) - _beta0;
        a %= 2 * Math.PI;
        if (a < 0)
        {
            a += 2 * Math.PI;
        }

        return a >= 2 * Math.PI ? 0 : a;
    }

    private int AddRay(double alpha)
    {
        _rayAlpha.Add(alpha);
        var beta = _beta0 + alpha;
        _rayUx.Add(Math.Sin(beta));
        _rayUy.Add(Math.Cos(beta));
        return _rayAlpha.Count - 1;
    }
}
