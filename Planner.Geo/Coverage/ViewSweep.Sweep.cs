namespace Planner.Geo.Coverage;

/// <summary>The sweep proper: angular events, exact splits at curve crossings, visible intervals per wedge.</summary>
internal sealed partial class ViewSweep
{
    private const double AngleEpsilon = 1e-12;
    private readonly List<(SweepCurve Lo, double LoValue, SweepCurve Hi, double HiValue)> _visible = [];
    private double[] _sortKeys = new double[64];

    private static double Tol(double v) => 1e-9 * (1 + Math.Abs(v));

    private void Sweep()
    {
        _rayAlpha.Clear();
        _rayUx.Clear();
        _rayUy.Clear();
        _wedges.Clear();
        for (var l = 0; l < _pieces.Length; l++)
        {
            _pieces[l].Clear();
            _pieceStart[l].Clear();
        }

        _events.Clear();
        _events.Add(0);
        _events.Add(_width);
        foreach (var span in _spans)
        {
            _events.Add(span.A0);
            _events.Add(span.A1);
        }

        _events.Sort();
        var kept = 1;
        for (var i = 1; i < _events.Count; i++)
        {
            // Merge events closer than 1e-12 rad (≈ 1e-10 m at 100 m): they only make slivers of no area.
            if (_events[i] - _events[kept - 1] > AngleEpsilon)
            {
                _events[kept++] = _events[i];
            }
            else if (i == _events.Count - 1)
            {
                _events[kept - 1] = _width; // keep the sector end exact
            }
        }

        _events.RemoveRange(kept, _events.Count - kept);
        _spans.Sort((a, b) => a.A0 != b.A0 ? a.A0.CompareTo(b.A0) : a.Edge.CompareTo(b.Edge));
        _active.Clear();
        var next = 0;
        var firstRay = AddRay(0);
        var ray0 = firstRay;
        for (var i = 0; i + 1 < _events.Count; i++)
        {
            double a0 = _events[i], a1 = _events[i + 1];
            var w = 0;
            for (var k = 0; k < _active.Count; k++)
            {
                if (_spans[_active[k]].A1 > a0 + AngleEpsilon)
                {
                    _active[w++] = _active[k];
                }
            }

            _active.RemoveRange(w, _active.Count - w);
            while (next < _spans.Count && _spans[next].A0 <= a0 + AngleEpsilon)
            {
                if (_spans[next].A1 > a0 + AngleEpsilon)
                {
                    _active.Add(next);
                }

                next++;
            }

            var ray1 = _full && i + 2 == _events.Count ? firstRay : AddRay(a1);
            PrepareWedge(ray0, ray1, a0, a1);
            Process(a0, ray0, a1, ray1, 0);
            ray0 = ray1;
        }
    }

    /// <summary>
    /// Culls edges lying wholly behind an endless occluder that spans the whole wedge (they change nothing visible)
    /// and lists the curves whose order must stay constant inside a final wedge.
    /// </summary>
    private void PrepareWedge(int ray0, int ray1, double a0, double a1)
    {
        var blocker = double.PositiveInfinity;
        foreach (var s in _active)
        {
            var e = _edges[_spans[s].Edge];
            if (!e.Mount && e.HasShadow && double.IsPositiveInfinity(e.B))
            {
                var c = new SweepCurve(_spans[s].Edge, e.A);
                blocker = Math.Min(blocker, Math.Max(EvalRay(c, ray0), EvalRay(c, ray1)));
            }
        }

        _live.Clear();
        _curves.Clear();
        _baseCurve.Clear();
        foreach (var r in _circles)
        {
            _curves.Add(SweepCurve.Circle(r));
        }

        foreach (var s in _active)
        {
            var j = _spans[s].Edge;
            var e = _edges[j];
            var c = new SweepCurve(j, 1);
            if (!e.Mount)
            {
                var min = Math.Min(EvalRay(c, ray0), EvalRay(c, ray1));
                if (InOpen(e.FootAlpha, a0, a1))
                {
                    min = Math.Min(min, e.LineDistance);
                }

                if (min > blocker)
                {
                    continue;
                }
            }

            _live.Add(j);
            _baseCurve.Add(_curves.Count);
            _curves.Add(c);
            if (e.HasShadow && e.A > 1)
            {
                _curves.Add(new SweepCurve(j, e.A));
            }

            if (e.HasShadow && e.B > 1 && !double.IsPositiveInfinity(e.B))
            {
                _curves.Add(new SweepCurve(j, e.B));
            }
        }

        var n = _curves.Count;
        if (_v0.Length < n)
        {
            var size = Math.Max(n, 2 * _v0.Length);
            _v0 = new double[size];
            _v1 = new double[size];
            _vm = new double[size];
            _order = new int[size];
            _sortKeys = new double[size];
        }
    }

    private static bool InOpen(double alpha, double a0, double a1) => alpha > a0 && alpha < a1;

    private void Process(double a0, int ray0, double a1, int ray1, int depth)
    {
        var n = _curves.Count;
        var mid = 0.5 * (a0 + a1);
        var bm = _beta0 + mid;
        double umx = Math.Sin(bm), umy = Math.Cos(bm);
        var count = 0;
        for (var c = 0; c < n; c++)
        {
            var curve = _curves[c];
            _v0[c] = EvalRay(curve, ray0);
            _v1[c] = EvalRay(curve, ray1);
            _vm[c] = EvalDirection(curve, umx, umy);
            if (IsRelevant(curve, c, a0, a1))
            {
                _order[count] = c;
                _sortKeys[count] = _vm[c];
                count++;
            }
        }

        if (depth < MaxSplitDepth && a1 - a0 > 1e-11)
        {
            Array.Sort(_sortKeys, _order, 0, count);
            var split = double.NaN;
            for (var k = 0; k + 1 < count && double.IsNaN(split); k++)
            {
                int a = _order[k], b = _order[k + 1];
                if (_v0[a] > _v0[b] + Tol(_v0[b]) || _v1[a] > _v1[b] + Tol(_v1[b]))
                {
                    split = CrossingAngle(_curves[a], _curves[b], a0, a1, mid);
                }
            }

            if (double.IsNaN(split))
            {
                split = DipAngle(count, a0, a1);
            }

            if (!double.IsNaN(split))
            {
                var ray = AddRay(split);
                Process(a0, ray0, split, ray, depth + 1);
                Process(split, ray, a1, ray1, depth + 1);
                return;
            }
        }

        Emit(a0, ray0, a1, ray1);
    }

    private bool IsRelevant(SweepCurve curve, int c, double a0, double a1)
    {
        if (curve.IsCircle)
        {
            return true;
        }

        if (_near > 0 && Math.Max(_v0[c], Math.Max(_v1[c], _vm[c])) < _near - Tol(_near))
        {
            return false; // stays in front of the near limit
        }

        var min = Math.Min(_v0[c], _v1[c]);
        var e = _edges[curve.Edge];
        if (InOpen(e.FootAlpha, a0, a1))
        {
            min = Math.Min(min, curve.S * e.LineDistance);
        }

        return min <= _far + Tol(_far);
    }

    /// <summary>A line can dip below a circle and come back inside a wedge (two crossings): split at its foot.</summary>
    private double DipAngle(int count, double a0, double a1)
    {
        for (var k = 0; k < count; k++)
        {
            var c = _order[k];
            var curve = _curves[c];
            if (curve.IsCircle)
            {
                continue;
            }

            var e = _edges[curve.Edge];
            if (!InOpen(e.FootAlpha, a0 + AngleEpsilon, a1 - AngleEpsilon))
            {
                continue;
            }

            var foot = curve.S * e.LineDistance;
            foreach (var r in _circles)
            {
                if (foot < r - Tol(r) && _v0[c] >= r - Tol(r) && _v1[c] >= r - Tol(r))
                {
                    return e.FootAlpha;
                }
            }
        }

        return double.NaN;
    }

    /// <summary>The angle inside (a0, a1) nearest to <paramref name="mid"/> where two curves meet; NaN if none.</summary>
    private double CrossingAngle(SweepCurve a, SweepCurve b, double a0, double a1, double mid)
    {
        var best = double.NaN;
        if (a.IsCircle && b.IsCircle)
        {
            return best;
        }

        if (a.IsCircle || b.IsCircle)
        {
            var (line, circle) = a.IsCircle ? (b, a) : (a, b);
            var e = _edges[line.Edge];
            var len = Math.Sqrt((e.Dx * e.Dx) + (e.Dy * e.Dy));
            var q = line.S * e.Cp / (circle.S * len);
            if (circle.S > 0 && Math.Abs(q) <= 1)
            {
                // cross(u, D) = |D|·sin(β − γ) with γ the bearing of D; r = S·Cp / cross(u, D) = R.
                var gamma = Math.Atan2(e.Dx, e.Dy);
                var asin = Math.Asin(q);
                best = Nearer(best, Normalize(gamma + asin - _beta0), a0, a1, mid);
                best = Nearer(best, Normalize(gamma + Math.PI - asin - _beta0), a0, a1, mid);
            }

            return best;
        }

        var ea = _edges[a.Edge];
        var eb = _edges[b.Edge];
        // S1·Cp1 / cross(u, D1) = S2·Cp2 / cross(u, D2)  ⇔  cross(u, S1·Cp1·D2 − S2·Cp2·D1) = 0.
        var wx = (a.S * ea.Cp * eb.Dx) - (b.S * eb.Cp * ea.Dx);
        var wy = (a.S * ea.Cp * eb.Dy) - (b.S * eb.Cp * ea.Dy);
        if (wx == 0 && wy == 0)
        {
            return best;
        }

        best = Nearer(best, SweepAngle(wx, wy), a0, a1, mid);
        best = Nearer(best, SweepAngle(-wx, -wy), a0, a1, mid);
        return best;
    }

    private static double Normalize(double a)
    {
        a %= 2 * Math.PI;
        return a < 0 ? a + (2 * Math.PI) : a;
    }

    private static double Nearer(double best, double candidate, double a0, double a1, double mid)
    {
        if (!(candidate > a0 + AngleEpsilon && candidate < a1 - AngleEpsilon))
        {
            return best;
        }

        return double.IsNaN(best) || Math.Abs(candidate - mid) < Math.Abs(best - mid) ? candidate : best;
    }

    /// <summary>Distance along the ray (unit ux, uy) to the curve; for lines the ray must lie in the edge's span.</summary>
    private double EvalDirection(SweepCurve c, double ux, double uy)
    {
        if (c.IsCircle)
        {
            return c.S;
        }

        var e = _edges[c.Edge];
        return c.S * e.Cp / ((ux * e.Dy) - (uy * e.Dx));
    }

    private double EvalRay(SweepCurve c, int ray) => EvalRayPoint(c, ray, out _, out _);

    /// <summary>Distance and point (working CRS) of the curve on a sweep ray; an edge's own end vertex is returned exactly.</summary>
    private double EvalRayPoint(SweepCurve c, int ray, out double x, out double y)
    {
        double ux = _rayUx[ray], uy = _rayUy[ray];
        if (c.IsCircle)
        {
            x = _cx + (c.S * ux);
            y = _cy + (c.S * uy);
            return c.S;
        }

        var e = _edges[c.Edge];
        var alpha = _rayAlpha[ray];
        if (alpha == e.AlphaP || alpha == e.AlphaQ)
        {
            double vx = alpha == e.AlphaP ? e.Px : e.Qx, vy = alpha == e.AlphaP ? e.Py : e.Qy;
            x = _cx + (c.S * vx);
            y = _cy + (c.S * vy);
            return c.S * Math.Sqrt((vx * vx) + (vy * vy));
        }

        var r = c.S * e.Cp / ((ux * e.Dy) - (uy * e.Dx));
        x = _cx + (r * ux);
        y = _cy + (r * uy);
        return r;
    }

    /// <summary>Records the wedge with, per level, its visible intervals (structure taken at the mid angle).</summary>
    private void Emit(double a0, int ray0, double a1, int ray1)
    {
        _wedges.Add(new Wedge(a0, a1, ray0, ray1, 0));
        _hidden.Clear();
        _interior.Clear();
        for (var k = 0; k < _live.Count; k++)
        {
            var j = _live[k];
            var e = _edges[j];
            var r = _vm[_baseCurve[k]];
            _interior.Add((e.Building, r, j));
            if (e.HasShadow)
            {
                var end = double.IsPositiveInfinity(e.B) ? double.PositiveInfinity : e.B * r;
                _hidden.Add((e.A * r, new SweepCurve(j, e.A), end, new SweepCurve(j, e.B)));
            }
        }

        AddInteriors();
        _hidden.Sort((p, q) => p.Start.CompareTo(q.Start));
        _visible.Clear();
        var cur = _near;
        var curCurve = SweepCurve.Circle(_near);
        var tol = Tol(_far);
        foreach (var h in _hidden)
        {
            if (cur >= _far - tol)
            {
                break;
            }

            if (h.Start > cur + tol)
            {
                var beyond = h.Start >= _far;
                _visible.Add((curCurve, cur, beyond ? SweepCurve.Circle(_far) : h.StartCurve, beyond ? _far : h.Start));
            }

            if (h.End > cur)
            {
                cur = h.End;
                curCurve = h.EndCurve;
            }
        }

        if (cur < _far - tol)
        {
            _visible.Add((curCurve, cur, SweepCurve.Circle(_far), _far));
        }

        for (var l = 0; l < _pieces.Length; l++)
        {
            var radius = _levelRadius[l];
            _pieceStart[l].Add(_pieces[l].Count);
            foreach (var v in _visible)
            {
                if (v.LoValue >= radius - tol)
                {
                    break;
                }

                _pieces[l].Add(new WedgePiece(v.Lo, v.HiValue > radius ? SweepCurve.Circle(radius) : v.Hi));
            }
        }
    }

    /// <summary>
    /// Footprint interiors on the mid ray by the even-odd rule per building: a non-mount building's crossings pair up
    /// from the camera outwards (the camera is outside it); a mount building's (all its edges present) from the far
    /// end, so the camera may lie inside it or on its boundary. An unpaired last crossing hides the rest of the ray
    /// (its partner lies beyond the far limit or behind a culled occluder, where nothing is visible anyway).
    /// </summary>
    private void AddInteriors()
    {
        _interior.Sort((p, q) => p.Building != q.Building ? p.Building.CompareTo(q.Building) : p.R != q.R ? p.R.CompareTo(q.R) : p.Edge.CompareTo(q.Edge));
        var i = 0;
        while (i < _interior.Count)
        {
            var b = _interior[i].Building;
            var end = i;
            while (end < _interior.Count && _interior[end].Building == b)
            {
                end++;
            }

            var k = i;
            if (_edges[_interior[i].Edge].Mount && ((end - i) & 1) == 1)
            {
                _hidden.Add((0, SweepCurve.Circle(0), _interior[i].R, new SweepCurve(_interior[i].Edge, 1)));
                k++;
            }

            for (; k < end; k += 2)
            {
                var start = _interior[k];
                if (k + 1 < end)
                {
                    var stop = _interior[k + 1];
                    _hidden.Add((start.R, new SweepCurve(start.Edge, 1), stop.R, new SweepCurve(stop.Edge, 1)));
                }
                else
                {
                    _hidden.Add((start.R, new SweepCurve(start.Edge, 1), double.PositiveInfinity, SweepCurve.Circle(double.PositiveInfinity)));
                }
            }

            i = end;
        }
    }
}
