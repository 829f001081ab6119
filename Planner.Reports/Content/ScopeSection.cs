using Planner.Geo.Model;
using Planner.Reports.Layout;

namespace Planner.Reports.Content;

/// <summary>
/// The contents list and, up front, what a reviewer must know before reading findings: which law and legal status,
/// which operators, the method and what it does not assess, where the zones come from, the target height the DORI
/// levels use, and how many findings rest on assumptions.
/// </summary>
public static class ScopeSection
{
    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var f = ctx.F;
        yield return new Heading(t.ContentsHeading);
        yield return new TableOfContents(ctx.Outline);
        yield return ctx.Outline.Add(t.ScopeHeading, 1, newPage: false);
        var c = ctx.Input.Compliance;
        if (c is not null)
        {
            yield return new Heading(t.ScopeLaw, 3);
            yield return new Paragraph(ctx.Format(t.ScopeLawText, c.PackId + " " + c.RulePackVersion, f.Num(c.RuleCount),
                string.Join("; ", c.Laws.Select(l => Names.Law(l, ctx.Language))), c.ConsolidatedActs.Count == 0 ? t.Unknown : string.Join(", ", c.ConsolidatedActs), f.Date(ctx.Today)));
            yield return new Heading(t.ScopeOperators, 3);
            var operators = ctx.Plan.Cameras.Where(x => x.Operator is not null).GroupBy(x => x.Operator!.Value).OrderBy(g => (int)g.Key)
                .Select(g => $"{Names.Operator(g.Key, ctx.Language)} ({f.Num(g.Count())})");
            yield return new Paragraph(ctx.Format(t.ScopeOperatorsText, string.Join(", ", operators), c.UncheckedCameras.Count == 0 ? t.EmptyWord : string.Join(", ", c.UncheckedCameras)));
        }

        yield return new Heading(t.ScopeMethod, 3);
        yield return new Paragraph(t.ScopeMethodText);
        var h = ctx.Input.TargetHeightM;
        var what = h == 0 ? t.TargetGround : Math.Abs(h - 1.6) < 0.05 ? t.TargetFaces : t.TargetOther;
        yield return new Paragraph(ctx.Format(t.TargetHeightText, f.Metres(h, 1), what), TextStyle.BodyBold);
        if (c is not null)
        {
            var resting = c.Findings.Count(x => x.RestsOnAssumption);
            yield return new Paragraph(ctx.Format(t.AssumptionCountText, f.Num(resting), f.Num(c.Findings.Count)), TextStyle.BodyBold);
        }

        yield return new Heading(t.ScopeZones, 3);
        if (ctx.Plan.Zones.Count == 0)
        {
            yield return new Paragraph(t.NoZonesText, TextStyle.BodyBold.WithColor(Palette.Fail));
        }
        else
        {
            var kinds = ctx.Plan.Zones.GroupBy(z => z.Kind).OrderBy(g => (int)g.Key).Select(g => $"{f.Num(g.Count())} {Names.ZoneKind(g.Key, ctx.Language)}");
            yield return new Paragraph(ctx.Format(t.ZonesText, f.Num(ctx.Plan.Zones.Count), string.Join(", ", kinds), ctx.SourceLine().TrimEnd('.')));
        }

        yield return new Heading(t.ScopeLimits, 3);
        foreach (var limit in new[] { t.LimitUnzoned, t.LimitZonesOnly, t.LimitSettings })
        {
            yield return new Paragraph("• " + limit, TextStyle.Body, 2);
        }
    }
}
