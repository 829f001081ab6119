using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Reports.Layout;

namespace Planner.Reports.Content;

/// <summary>Summary: cameras by operator and status; coverage of utryg areas and incidents per DORI level; findings, DPIA, POLCAM.</summary>
public static class SummarySection
{
    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var f = ctx.F;
        yield return ctx.Outline.Add(t.SummaryHeading, 1, newPage: false);
        yield return new Heading(t.CamerasByOperator, 2);
        var today = ctx.Today;
        var ops = new Table([2.2f, 1, 1, 1, 1, 1.3f], [t.Operator, t.Cameras, t.Recording, t.LiveOnly, t.NotStated, t.PermitExpired]);
        foreach (var group in ctx.Plan.Cameras.GroupBy(c => c.Operator).OrderBy(g => g.Key.HasValue ? (int)g.Key.Value : int.MaxValue))
        {
            ops.Row(Cells(Names.Operator(group.Key, ctx.Language), group.ToList(), today, f));
        }

        ops.Row(Palette.HeaderFill, Cells(t.Total, ctx.Plan.Cameras, today, f));
        yield return ops;

        if (ctx.Stats is { } stats)
        {
            var utryg = ctx.Plan.Zones.Where(z => z.Kind == ZoneKind.UtrygArea).ToList();
            if (utryg.Count > 0)
            {
                yield return new Heading(t.UtrygCoverage, 2);
                var levels = DoriLevels.All;
                var table = new Table([1.7f, 1.1f, 1f, 1f, 1f, 1f, 1f], [t.Area, t.AreaM2, .. levels.Select(l => Short(l, ctx.Language))]);
                foreach (var z in utryg)
                {
                    table.Row([z.Name ?? z.Id, f.Num(z.Area.Area) + " m²", .. levels.Select(l => f.Percent(stats.ShareOf(z.Area, l)))]);
                }

                yield return table;
            }

            var incidents = ctx.Input.Incidents;
            if (incidents.Count > 0)
            {
                yield return new Heading(t.IncidentsCovered, 2);
                var basis = ctx.Input.IncidentFilter.Length == 0
                    ? ctx.Format(t.IncidentsBasis, f.Num(incidents.Count))
                    : ctx.Format(t.IncidentsBasisFiltered, f.Num(incidents.Count), f.Num(ctx.Plan.Incidents.Count), ctx.Input.IncidentFilter);
                yield return new Paragraph(basis, TextStyle.Small, 2);
                var table = new Table([2.2f, 1, 1], [t.Level, t.Incidents, t.Share]);
                foreach (var level in DoriLevels.All)
                {
                    var n = stats.IncidentsIn(incidents, level);
                    table.Row(Names.Level(level, ctx.Language), f.Num(n), f.Percent((double)n / incidents.Count));
                }

                yield return table;
            }
        }

        if (ctx.Input.Compliance is { } c)
        {
            yield return new Heading(t.FailingHeading, 2);
            var failing = c.Findings.Where(x => x.Severity == FindingSeverity.Fail && x.CameraId is not null)
                .GroupBy(x => x.CameraId!)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            if (failing.Count == 0)
            {
                yield return new Paragraph(t.NoFailing);
            }
            else if (ctx.Input.Compact)
            {
                // A large plan: one line per rule with its cameras (the camera table lists each camera's rules).
                var byRule = new Table([2.4f, 3f], [t.Rule, t.Cameras], TextStyle.Body.WithSize(8f));
                foreach (var r in failing.SelectMany(g => g.Select(x => (Camera: g.Key, x.RuleId, x.RuleTitle))).GroupBy(x => x.RuleId).OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    var ids = r.Select(x => x.Camera).Distinct(StringComparer.Ordinal).ToList();
                    var shown = string.Join(", ", ids.Take(24)) + (ids.Count > 24 ? " " + t.SeeCameraTable : "");
                    byRule.Row(SeverityFill(FindingSeverity.Fail), r.Key + (r.First().RuleTitle.Length > 0 ? ": " + r.First().RuleTitle : ""), ctx.Format(t.FailingByRule, f.Num(ids.Count), shown));
                }

                yield return byRule;
            }
            else
            {
                var table = new Table([0.8f, 3.4f, 1.1f], [t.Camera, t.Rule, t.RestsOnAssumptionCol], TextStyle.Body.WithSize(8f));
                foreach (var g in failing)
                {
                    var rules = string.Join("\n", g.GroupBy(x => x.RuleId).Select(r => r.Key + (r.First().RuleTitle.Length > 0 ? ": " + r.First().RuleTitle : "") + (r.Count() > 1 ? " (" + ctx.Format(t.FindingCount, f.Num(r.Count())) + ")" : "")));
                    var assumed = g.Any(x => x.RestsOnAssumption) ? f.YesNo(true, "") : f.YesNo(false, "");
                    table.Row(SeverityFill(FindingSeverity.Fail), g.Key, rules, assumed);
                }

                yield return table;
            }

            yield return new Heading(t.FindingsBySeverity, 2);
            var sev = new Table([2.2f, 1], [t.Severity, t.Count]);
            foreach (var s in Enum.GetValues<FindingSeverity>())
            {
                sev.Row(SeverityFill(s), Names.Severity(s, t), f.Num(c.Findings.Count(x => x.Severity == s)));
            }

            yield return sev;
            var dpia = ctx.Input.Compact && c.DpiaReason.Length > 700 ? c.DpiaReason[..600] + " " + t.Shortened : c.DpiaReason;
            yield return new Paragraph($"{t.Dpia}: {(c.DpiaRequired ? t.Required : t.NotRequired)}. {dpia}".TrimEnd(), TextStyle.Body, 10);
            if (c.HasRegistration)
            {
                var due = ctx.Input.Compact && c.PolcamDue.Count > 24
                    ? string.Join(", ", c.PolcamDue.Take(24)) + " " + ctx.Format(t.FailingByRule, ctx.F.Num(c.PolcamDue.Count), t.SeeCameraTable)
                    : string.Join(", ", c.PolcamDue);
                yield return new Paragraph($"{t.Polcam}: {(c.PolcamDue.Count == 0 ? t.PolcamNone : due)}.");
            }
            if (c.UncheckedCameras.Count > 0)
            {
                yield return new Paragraph($"{t.Unchecked}: {string.Join(", ", c.UncheckedCameras)}.", TextStyle.BodyBold.WithColor(Palette.Fail));
            }
        }
    }

    public static SkiaSharp.SKColor SeverityFill(FindingSeverity s) => s switch
    {
        FindingSeverity.Fail => Palette.Fail.WithAlpha(0x30),
        FindingSeverity.Warn => Palette.Warn.WithAlpha(0x30),
        _ => Palette.Info.WithAlpha(0x20),
    };

    private static string Short(DoriLevel level, ReportLanguage lang)
    {
        var name = Names.Level(level, lang);
        var cut = name.IndexOf(' ', StringComparison.Ordinal);
        return cut < 0 ? name : name[..cut];
    }

    private static string[] Cells(string name, IReadOnlyList<Camera> cams, DateOnly today, Fmt f) =>
    [
        name,
        f.Num(cams.Count),
        f.Num(cams.Count(c => c.Recording == true)),
        f.Num(cams.Count(c => c.Recording == false)),
        f.Num(cams.Count(c => c.Recording is null)),
        f.Num(cams.Count(c => c.PermitExpires is { } d && d < today)),
    ];
}
