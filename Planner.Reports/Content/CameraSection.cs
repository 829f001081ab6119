using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>
/// One section per camera: its map (view per DORI level, the offending part hatched, mask, sign points) beside its
/// facts (position, controller, lawful basis as checked, intended basis, council decision, optics), the DORI distances,
/// then its findings with citations. Sections follow each other without page breaks (two per page where they fit).
/// </summary>
public static class CameraSection
{
    public const float MapHeight = 196;

    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        yield return ctx.Outline.Add(ctx.T.CameraHeading);
        // One legend for every camera map (they all draw the same layers), so each map keeps its whole frame for data.
        var legendScene = ctx.BaseScene() with
        {
            Views = ctx.BaseScene().Views,
            Offending = [NetTopologySuite.Geometries.Polygon.Empty],
            PrivacyMasks = [NetTopologySuite.Geometries.Polygon.Empty],
            SignPoints = [new Coordinate()],
        };
        var entries = MapLegend.Entries(legendScene);
        yield return new Paragraph(ctx.T.CameraMapsIntro, TextStyle.Body, 2);
        yield return new Figure(MapLegend.GridHeight(entries, ctx.Fonts, PageSetup.A4.ContentWidth), (c, r) => MapLegend.DrawGrid(c, r, entries, ctx.Fonts));
        foreach (var camera in ctx.Plan.Cameras)
        {
            foreach (var block in One(ctx, camera))
            {
                yield return block;
            }
        }
    }

    public static IEnumerable<Block> One(ReportContext ctx, Camera cam)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(cam);
        var t = ctx.T;
        var findings = ctx.FindingsByCamera.GetValueOrDefault(cam.Id) ?? [];
        yield return new Heading(ctx.Format(t.CameraSection, cam.Id), 2, newPage: false);
        var view = ctx.ViewsById?.GetValueOrDefault(cam.Id);
        var offending = findings.Where(x => x.Offending is not null).Select(x => x.Offending!).ToList();
        var scene = ctx.BaseScene() with
        {
            FocusCameraId = cam.Id,
            Views = view is null ? [] : [view],
            PrivacyMasks = findings.Where(x => x.Mask is not null).Select(x => x.Mask!).ToList(),
            SignPoints = findings.SelectMany(x => x.SignPoints).ToList(),
            Offending = offending,
            LegendBelow = true,
            NoLegend = true,
        };
        var extent = Extent(cam, view, offending);
        var map = new Figure(MapHeight, (c, r) => MapRenderer.Draw(c, r, scene, extent, ctx.Fonts),
            ctx.Format(view is null ? t.PositionCaption : t.ViewCaption, cam.Id));
        yield return new Columns(map, Facts(ctx, cam, findings), 0.41f);
        if (ctx.Input.Compliance is not null)
        {
            if (findings.Count == 0)
            {
                yield return new Paragraph(t.NoFindings, TextStyle.Body, 6);
            }
            else
            {
                yield return FindingsTable(ctx, findings);
            }
        }
    }

    private static Table Facts(ReportContext ctx, Camera cam, IReadOnlyList<ReportFinding> findings)
    {
        var t = ctx.T;
        var f = ctx.F;
        var o = cam.Optics;
        var facts = new Table([1.4f, 2.6f], style: TextStyle.Body.WithSize(7.2f))
            .Row(t.Position, Position(ctx, cam))
            .Row(t.Controller, $"{cam.ControllerName ?? cam.OperatorId ?? t.Unknown} ({Names.Operator(cam.Operator, ctx.Language).ToLowerInvariant()}); {t.Cvr} {cam.ControllerCvr ?? t.Unknown}")
            .Row(t.Purpose, (cam.Purpose ?? t.Unknown) + (cam.PurposeCategory is { } pc ? " (" + t.PurposeCategory + ": " + Names.Purpose(pc, ctx.Language) + ")" : ""))
            .Row(t.IntendedBasis, t.Unknown);
        if (ctx.Input.Compliance is not null)
        {
            facts.Row(t.LawfulBasis, LawfulBasis(ctx, findings));
        }

        if (cam.Operator == OperatorType.Municipality && ctx.Input.Compliance is { IsDanish: true })
        {
            var decision = cam.CouncilDecisionRef is null && cam.CouncilDecisionDate is null
                ? t.CouncilNeeded
                : (cam.CouncilDecisionRef ?? t.Unknown) + (cam.CouncilDecisionDate is { } dd ? " (" + f.Date(dd) + ")" : "");
            facts.Row(t.CouncilDecision, decision + "; " + t.PoliceConsulted.ToLowerInvariant() + ": " + f.YesNo(cam.PoliceConsulted, t.Unknown));
        }

        var today = ctx.Today;
        facts.Row(t.Permit, cam.Permit is null ? t.Unknown : cam.Permit + (cam.PermitExpires is { } e ? " (" + ctx.Format(e < today ? t.PermitLapsed : t.PermitUntil, f.Date(e)) + ")" : "")
                + (cam.Permit is null ? "" : "; " + t.PermitIssuer.ToLowerInvariant() + " " + (cam.PermitIssuer ?? t.Unknown)))
            .Row(t.Recording, f.YesNo(cam.Recording, t.Unknown) + "; " + t.Retention.ToLowerInvariant() + " " + (cam.RetentionDays is { } d ? $"{f.Num(d)} {t.Days}" : t.Unknown))
            .Row(t.Optics, (cam.Model ?? t.Unknown) + "; " + ctx.Format(t.OpticsLine, cam.HeadingKnown ? HeadingText(ctx, cam) : t.HeadingUnknown, f.Num(o.HfovDeg, 0), f.Num(o.VfovDeg, 1), f.Num(o.ResolutionPx), f.Metres(o.RangeM, 0)) + (o.Ptz ? ", PTZ" : "")
                + "; " + t.MountTilt.ToLowerInvariant() + " " + $"{f.Metres(o.HeightM)}, {f.Num(o.TiltDeg, 0)}°")
            .Row(t.DoriDistances, Dori(ctx, o));
        if (ctx.Input.Compliance is not null)
        {
            var offending = findings.Where(x => x.Offending is not null).Select(x => x.Offending!).ToList();
            if (offending.Count > 0)
            {
                var area = offending.Count == 1 ? offending[0].Area : NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Union(offending[0].Factory.BuildGeometry(offending)).Area;
                facts.Row(Palette.Fail.WithAlpha(0x22), t.OffendingArea, ctx.Format(t.OffendingLine, f.Num(area, 1)));
            }

            var masks = findings.Where(x => x.Mask is not null).Select(x => x.Mask!).ToList();
            facts.Row(t.PrivacyMask, masks.Count > 0 ? ctx.Format(t.MaskArea, f.Num(masks.Sum(m => m.Area), 1)) : NoMaskText(t, findings));
            var signs = findings.SelectMany(x => x.SignPoints).ToList();
            var signText = string.Join("; ", signs.Select(s => f.Coordinate(s.X, s.Y)));
            facts.Row(t.Signs, signs.Count switch
            {
                0 => t.NoSigns,
                1 => ctx.Format(t.SignAt, signText),
                _ => ctx.Format(t.SignsAt, signs.Count, signText),
            });
        }

        return facts;
    }

    /// <summary>
    /// Why no mask is proposed, honestly: DK-18 not assessed (no buildings, no dwelling zones) is never "not required",
    /// and unzoned ground in the view (PLAN-01) limits the statement to the dwellings the plan knows.
    /// </summary>
    private static string NoMaskText(Texts t, IReadOnlyList<ReportFinding> findings) =>
        findings.Any(x => x.RuleId == "DK-18" && x.Outcome == "not_assessed") ? t.MaskNotAssessed
        : findings.Any(x => x.RuleId == "PLAN-01") ? t.NoMaskPartlyAssessed
        : t.NoMask;

    /// <summary>
    /// The lawful basis the check found: the rules whose exception covers public ground in the view (outcome
    /// within_envelope, or a valid permit); otherwise says that none does, or that no public ground is in view.
    /// </summary>
    public static string LawfulBasis(ReportContext ctx, IReadOnlyList<ReportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(findings);
        var bases = findings.Where(x => x.Excused is not null || x.Outcome is "within_envelope" or "permit_valid")
            .Select(x => x.RuleId + " (" + x.Citation + ")")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (bases.Count > 0)
        {
            return string.Join("; ", bases);
        }

        return findings.Any(x => x.Offending is not null || x.Outcome == "registration_required") ? ctx.T.NoExceptionApplies : ctx.T.NoPublicView;
    }

    public static Table FindingsTable(ReportContext ctx, IEnumerable<ReportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var table = new Table([0.62f, 0.72f, 3.6f, 1.5f], [t.Severity, t.Rule, t.Message, t.Citation], TextStyle.Body.WithSize(7.2f));
        foreach (var x in findings)
        {
            // A large plan's plan-level messages name every camera; the camera table already lists them.
            var message = ctx.Input.Compact && x.Message.Length > 700 ? x.Message[..600] + " " + t.Shortened : x.Message;
            // The engine's message already explains an assumption; the rule column flags it so a reader can scan for them.
            table.Row(SummarySection.SeverityFill(x.Severity), Names.Severity(x.Severity, t), x.RuleId + (x.RestsOnAssumption ? "\n" + t.Assumed : ""),
                message, x.Citation);
        }

        return table;
    }

    /// <summary>Each DORI level's ground distances without buildings, "from–to" in metres, at the report's target height.</summary>
    private static string Dori(ReportContext ctx, CameraOptics o)
    {
        var f = ctx.F;
        var g = ViewGeometry.Of(o, ctx.Input.TargetHeightM);
        return string.Join("; ", DoriLevels.All.Where(l => l != DoriLevel.Visible).Select(level =>
        {
            var outer = g.OuterRadiusM(level);
            var name = Names.Level(level, ctx.Language);
            name = name[..(name.IndexOf(' ', StringComparison.Ordinal) is var i and > 0 ? i : name.Length)].ToLowerInvariant();
            return name + " " + (g.HasFootprint && outer > g.NearM ? $"{f.Num(g.NearM, 1)}–{f.Metres(outer)}" : ctx.T.NotReached);
        }));
    }

    private static string Position(ReportContext ctx, Camera cam)
    {
        var f = ctx.F;
        var text = $"{f.Coordinate(cam.X, cam.Y)} (EPSG:{ctx.Plan.Epsg})";
        if (ctx.Plan.Epsg != CrsRegistry.Wgs84 && CrsRegistry.IsSupported(ctx.Plan.Epsg))
        {
            var (lon, lat) = CrsRegistry.Transform(ctx.Plan.Epsg, CrsRegistry.Wgs84, cam.X, cam.Y);
            text += $"; {f.Num(lat, 6)}° N, {f.Num(lon, 6)}° {(ctx.Language == ReportLanguage.Danish ? "Ø" : "E")}";
        }

        return text;
    }

    private static Envelope Extent(Camera cam, CameraView? view, IReadOnlyList<Geometry> offending)
    {
        var e = new Envelope(cam.X - 15, cam.X + 15, cam.Y - 15, cam.Y + 15);
        foreach (var g in offending)
        {
            e.ExpandToInclude(g.EnvelopeInternal);
        }

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

    /// <summary>
    /// The heading as the user gave it (issue 14; DESIGN.md "Inputs"): from true north for cameras read from a lon/lat
    /// file, with the stored grid value noted, e.g. "90.0° (grid 87.1°, EPSG:25832)"; else the stored grid heading.
    /// The true-north value turns the grid heading back by the meridian convergence at the camera (<see cref="GridNorth"/>).
    /// </summary>
    internal static string HeadingText(ReportContext ctx, Camera cam)
    {
        var f = ctx.F;
        var o = cam.Optics;
        var plan = ctx.Plan;
        if (plan.Metadata.CameraInputEpsg is not { } given || given == plan.Epsg || !CrsRegistry.Describe(given).IsGeographic)
        {
            return f.Num(o.HeadingDeg, 0) + "°";
        }

        var trueNorth = GridNorth.TransformHeading(o.HeadingDeg, plan.Epsg, given, cam.X, cam.Y);
        return ctx.Format(ctx.T.HeadingTrueNorth, f.Num(OneDecimal(trueNorth), 1), ctx.T.GridNorth, f.Num(OneDecimal(o.HeadingDeg), 1), $"EPSG:{plan.Epsg}");
    }

    /// <summary>Rounded to 0.1° in [0, 360): 359.97° is shown as 0.0°, not 360.0°.</summary>
    private static double OneDecimal(double deg)
    {
        var r = Math.Round(deg, 1);
        return r >= 360 ? 0 : r;
    }
}
