using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Content;

/// <summary>Legal assumptions, the evidence panel, the hour-of-week chart and the sign-off block.</summary>
public static class ClosingSections
{
    /// <summary>
    /// Every parameter of the rule pack (not only those a finding used) with a readable label, value and unit in their
    /// own columns, basis, status mark and the number of findings resting on it; then the rules not marked V.
    /// </summary>
    public static IEnumerable<Block> Assumptions(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Input.Compliance is not { } c)
        {
            yield break;
        }

        var t = ctx.T;
        var f = ctx.F;
        yield return ctx.Outline.Add(t.AssumptionsHeading);
        yield return new Paragraph(t.AssumptionsIntro);
        yield return new Paragraph(t.StatusCodes, TextStyle.Small, 4);
        var table = new Table([0.62f, 1.5f, 0.55f, 0.62f, 0.85f, 0.5f, 0.58f, 2.02f, 1.8f],
            [t.Rule, t.Parameter, t.Value, t.Unit, t.Basis, "V/S/B", t.UsedBy, t.Reasoning, t.Citation], TextStyle.Body.WithSize(7f));
        foreach (var a in c.Assumptions)
        {
            var basis = a.Basis switch { "fixed_by_law" => t.BasisLaw, "assumption" => t.BasisAssumption, _ => t.BasisMethod };
            table.Row(a.IsAssumption && a.FindingsUsing > 0 ? Palette.Warn.WithAlpha(0x22) : null,
                a.RuleId, ParameterTexts.Label(a.Parameter, ctx.Language), f.Value(a.Value), ParameterTexts.Unit(a.Unit, ctx.Language),
                basis, a.Status, f.Num(a.FindingsUsing), ParameterTexts.Reasoning(a, ctx.Language), a.Citation);
        }

        yield return table;
        if (c.UnconfirmedRules.Count > 0)
        {
            yield return new Heading(t.UnconfirmedHeading, 2);
            var rules = new Table([0.62f, 2.2f, 0.45f, 0.45f, 2.4f, 1.6f], [t.Rule, t.RuleTitleCol, "V/S/B", t.UsedBy, t.Note, t.Citation], TextStyle.Body.WithSize(7f));
            foreach (var r in c.UnconfirmedRules)
            {
                rules.Row(r.RuleId, r.Title, r.Status, f.Num(r.FindingsUsing), r.Note, r.Citation);
            }

            yield return rules;
        }

        var planLevel = c.Findings.Where(x => x.CameraId is null).ToList();
        if (planLevel.Count > 0)
        {
            yield return ctx.Outline.Add(t.PlanFindings, 2, newPage: false);
            yield return CameraSection.FindingsTable(ctx, planLevel);
        }
    }

    public static IEnumerable<Block> Evidence(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        yield return ctx.Outline.Add(t.EvidenceHeading);
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
        if (ctx.Input.Incidents.Count == 0)
        {
            yield break;
        }

        var counts = HourOfWeekChart.Count(ctx.Input.Incidents);
        yield return ctx.Outline.Add(ctx.T.HourHeading, 2, newPage: false);
        yield return new Figure(HourOfWeekChart.Height, (c, r) => HourOfWeekChart.Draw(c, r, counts, ctx.T.Weekdays, ctx.Fonts),
            ctx.Input.IncidentFilter.Length == 0 ? ctx.T.HourCaption : ctx.Format(ctx.T.HourCaptionFiltered, ctx.Input.IncidentFilter));
    }

    public static IEnumerable<Block> SignOff(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var c = ctx.Input.Compliance;
        var versions = c is null
            ? ctx.Format(t.ApprovedVersions, ctx.PlanVersion, "—", "—", "—")
            : ctx.Format(t.ApprovedVersions, ctx.PlanVersion, c.PackId, c.RulePackVersion, c.RulePackHash[..Math.Min(16, c.RulePackHash.Length)]);
        yield return new KeepTogether(
            ctx.Outline.Add(t.SignOffHeading, 1, newPage: false),
            new Paragraph(t.SignOffIntro),
            new Paragraph(versions, TextStyle.BodyBold),
            new Figure(250, (canvas, r) => DrawSignOff(canvas, r, t, ctx.Fonts, ctx.Input.CaseNumber)));
    }

    private static void DrawSignOff(SKCanvas canvas, SKRect r, Texts t, FontSet fonts, string? caseNumber)
    {
        using var line = new SKPaint { Color = SKColors.Black, StrokeWidth = 0.6f, Style = SKPaintStyle.Stroke };
        var style = TextStyle.Body;
        var y = r.Top + 22;
        fonts.Draw(canvas, t.CaseNumber, r.Left, y, style);
        if (caseNumber is not null)
        {
            fonts.Draw(canvas, caseNumber, r.Left + 112, y - 1, TextStyle.BodyBold);
        }

        canvas.DrawLine(r.Left + 110, y + 2, r.Right, y + 2, line);
        y += 28;
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
