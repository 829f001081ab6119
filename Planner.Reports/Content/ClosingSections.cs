using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Content;

/// <summary>Legal assumptions, the evidence panel, the hour-of-week chart and the sign-off block.</summary>
public static class ClosingSections
{
    public static IEnumerable<Block> Assumptions(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Input.Compliance is not { } c)
        {
            yield break;
        }

        var t = ctx.T;
        yield return new Heading(t.AssumptionsHeading);
        yield return new Paragraph(t.AssumptionsIntro);
        var table = new Table([0.7f, 1.3f, 0.8f, 2.4f, 1.8f], [t.Rule, t.Parameter, t.Value, t.Reasoning, t.Citation]);
        foreach (var a in c.Assumptions)
        {
            table.Row(a.RuleId, a.Parameter, a.Value, a.Reasoning, a.Citation);
        }

        yield return table;
        var planLevel = c.Findings.Where(f => f.CameraId is null).ToList();
        if (planLevel.Count > 0)
        {
            yield return new Heading(t.PlanFindings, 2);
            yield return CameraSection.FindingsTable(ctx, planLevel);
        }
    }

    public static IEnumerable<Block> Evidence(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        yield return new Heading(t.EvidenceHeading);
        yield return new Paragraph(t.EvidenceIntro);
        var table = new Table([1.5f, 1.4f, 1.6f, 2.2f], [t.Setting, t.Effect, t.Source, t.Caveat]);
        foreach (var row in EvidencePanel.Rows(ctx.Language))
        {
            table.Row(row.Setting, row.Effect, row.Source, row.Caveat);
        }

        yield return table;
    }

    public static IEnumerable<Block> HourOfWeek(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Plan.Incidents.Count == 0)
        {
            yield break;
        }

        var counts = HourOfWeekChart.Count(ctx.Plan.Incidents);
        yield return new Heading(ctx.T.HourHeading, 2);
        yield return new Figure(HourOfWeekChart.Height, (c, r) => HourOfWeekChart.Draw(c, r, counts, ctx.T.Weekdays, ctx.Fonts), ctx.T.HourCaption);
    }

    public static IEnumerable<Block> SignOff(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        yield return new KeepTogether(
            new Heading(t.SignOffHeading, 2),
            new Paragraph(t.SignOffIntro),
            new Figure(230, (c, r) => DrawSignOff(c, r, t, ctx.Fonts)));
    }

    private static void DrawSignOff(SKCanvas canvas, SKRect r, Texts t, FontSet fonts)
    {
        using var line = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
        var style = TextStyle.Body;
        var y = r.Top + 22;
        foreach (var label in new[] { t.Reviewer, t.Role })
        {
            fonts.Draw(canvas, label, r.Left, y, style);
            canvas.DrawLine(r.Left + 110, y + 2, r.Right, y + 2, line);
            y += 28;
        }

        fonts.Draw(canvas, t.Decision, r.Left, y, style);
        fonts.Draw(canvas, t.DecisionOptions, r.Left + 110, y, style);
        y += 26;
        fonts.Draw(canvas, t.Conditions, r.Left, y, style);
        canvas.DrawRect(SKRect.Create(r.Left, y + 6, r.Width, 70), line);
        y += 104;
        fonts.Draw(canvas, t.Signature, r.Left, y, style);
        canvas.DrawLine(r.Left + 110, y + 2, r.Right, y + 2, line);
    }
}
