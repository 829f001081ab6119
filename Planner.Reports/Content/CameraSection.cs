using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>One section per camera: facts, DORI distances, a map of its view, its findings with citations, mask, signs.</summary>
public static class CameraSection
{
    public const float MapHeight = 195;

    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        yield return new Heading(ctx.T.CameraHeading);
        var first = true;
        foreach (var camera in ctx.Plan.Cameras)
        {
            foreach (var block in One(ctx, camera, newPage: !first))
            {
                yield return block;
            }

            first = false;
        }
    }

    public static IEnumerable<Block> One(ReportContext ctx, Camera cam, bool newPage)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(cam);
        var t = ctx.T;
        var f = ctx.F;
        var o = cam.Optics;
        yield return new Heading(ctx.Format(t.CameraSection, cam.Id), 2, newPage);
        var findings = ctx.FindingsByCamera.GetValueOrDefault(cam.Id) ?? [];
        var facts = new Table([1.3f, 3.7f])
            .Row(t.Position, Position(ctx, cam))
            .Row(t.Operator, Names.Operator(cam.Operator, ctx.Language) + (cam.OperatorId is { } id ? $" ({id})" : ""))
            .Row(t.Model, cam.Model ?? t.Unknown)
            .Row(t.Optics, ctx.Format(t.OpticsLine, cam.HeadingKnown ? f.Num(o.HeadingDeg, 0) + "°" : t.HeadingUnknown, f.Num(o.HfovDeg, 0), f.Num(o.VfovDeg, 1), f.Num(o.ResolutionPx), f.Metres(o.RangeM, 0)) + (o.Ptz ? ", PTZ" : ""))
            .Row(t.MountTilt, $"{f.Metres(o.HeightM)}, {f.Num(o.TiltDeg, 0)}°")
            .Row(t.Purpose, cam.Purpose ?? t.Unknown)
            .Row(t.Recording, f.YesNo(cam.Recording, t.Unknown))
            .Row(t.Retention, cam.RetentionDays is { } d ? $"{f.Num(d)} {t.Days}" : t.Unknown)
            .Row(t.Permit, cam.Permit is null ? t.Unknown : cam.Permit + (cam.PermitExpires is { } e ? " (" + f.Date(e) + ")" : ""));
        if (cam.Operator == OperatorType.Municipality)
        {
            facts.Row(t.PoliceConsulted, f.YesNo(cam.PoliceConsulted, t.Unknown));
        }

        if (ctx.Input.Compliance is not null)
        {
            var masks = findings.Where(x => x.Mask is not null).Select(x => x.Mask!).ToList();
            facts.Row(t.PrivacyMask, masks.Count == 0 ? t.NoMask : ctx.Format(t.MaskArea, f.Num(masks.Sum(m => m.Area))));
            var signs = findings.SelectMany(x => x.SignPoints).ToList();
            facts.Row(t.Signs, signs.Count == 0 ? t.NoSigns : ctx.Format(t.SignsAt, signs.Count, string.Join("; ", signs.Select(s => $"E {f.Num(s.X, 1)}, N {f.Num(s.Y, 1)}"))));
        }

        yield return facts;
        yield return Dori(ctx, o);
        var view = ctx.ViewsById?.GetValueOrDefault(cam.Id);
        var scene = ctx.BaseScene() with
        {
            FocusCameraId = cam.Id,
            LegendBeside = true,
            Views = view is null ? [] : [view],
            PrivacyMasks = findings.Where(x => x.Mask is not null).Select(x => x.Mask!).ToList(),
            SignPoints = findings.SelectMany(x => x.SignPoints).ToList(),
        };
        var extent = Extent(cam, view);
        yield return new Figure(MapHeight, (c, r) => MapRenderer.Draw(c, r, scene, extent, ctx.Fonts),
            ctx.Format(view is null ? t.PositionCaption : t.ViewCaption, cam.Id));
        if (ctx.Input.Compliance is not null)
        {
            yield return new Heading(t.Findings, 3);
            if (findings.Count == 0)
            {
                yield return new Paragraph(t.NoFindings);
            }
            else
            {
                yield return FindingsTable(ctx, findings);
            }
        }
    }

    public static Table FindingsTable(ReportContext ctx, IEnumerable<ReportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var table = new Table([0.75f, 0.95f, 2.6f, 1.8f], [t.Severity, t.Rule, t.Message, t.Citation]);
        foreach (var x in findings)
        {
            // The engine's message already explains an assumption; the rule column flags it so a reader can scan for them.
            table.Row(SummarySection.SeverityFill(x.Severity), Names.Severity(x.Severity, t), x.RuleId + (x.RestsOnAssumption ? "\n" + t.Assumed : ""),
                x.Message, x.Citation);
        }

        return table;
    }

    private static Table Dori(ReportContext ctx, CameraOptics o)
    {
        var t = ctx.T;
        var f = ctx.F;
        var g = ViewGeometry.Of(o);
        var table = new Table([2.2f, 1, 1], [t.DoriDistances, t.From, t.To]);
        foreach (var level in DoriLevels.All)
        {
            var outer = g.OuterRadiusM(level);
            var reached = g.HasFootprint && outer > g.NearM;
            table.Row(Names.Level(level, ctx.Language), reached ? f.Metres(g.NearM) : "—", reached ? f.Metres(outer) : t.NotReached);
        }

        return table;
    }

    private static string Position(ReportContext ctx, Camera cam)
    {
        var f = ctx.F;
        var text = $"E {f.Num(cam.X, 1)}, N {f.Num(cam.Y, 1)} (EPSG:{ctx.Plan.Epsg})";
        if (ctx.Plan.Epsg != CrsRegistry.Wgs84 && CrsRegistry.IsSupported(ctx.Plan.Epsg))
        {
            var (lon, lat) = CrsRegistry.Transform(ctx.Plan.Epsg, CrsRegistry.Wgs84, cam.X, cam.Y);
            text += $"; {f.Num(lat, 6)}° N, {f.Num(lon, 6)}° E";
        }

        return text;
    }

    private static Envelope Extent(Camera cam, CameraView? view)
    {
        var e = new Envelope(cam.X - 15, cam.X + 15, cam.Y - 15, cam.Y + 15);
        if (view is not null && !view.Visible.IsEmpty)
        {
            e.ExpandToInclude(view.Visible.EnvelopeInternal);
        }
        else
        {
            var r = Math.Min(cam.Optics.RangeM, ViewGeometry.Of(cam.Optics).FarM);
            e.ExpandToInclude(new Envelope(cam.X - r, cam.X + r, cam.Y - r, cam.Y + r));
        }

        e.ExpandBy(Math.Max(e.Width, e.Height) * 0.1);
        return e;
    }
}
