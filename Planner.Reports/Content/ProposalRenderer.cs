using Planner.Reports.Layout;

namespace Planner.Reports.Content;

/// <summary>
/// Builds the proposal (cover, summary, overview map, hotspots, cameras, assumptions, evidence, hour-of-week chart,
/// sign-off) and writes it as a PDF. Sections without their engine result are left out; the cover says which.
/// </summary>
public static class ProposalRenderer
{
    /// <summary>Writes the PDF to <paramref name="output"/>; returns the page count.</summary>
    public static int Write(ReportInput input, Stream output, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ctx = new ReportContext(input, fonts);
        return PdfWriter.Write(output, Blocks(ctx), Info(ctx), fonts);
    }

    /// <summary>
    /// The document's blocks, built in full (a list) so that every heading has registered in the contents before the
    /// contents list is laid out. Blocks are small: maps and tables draw from the plan when their page is drawn.
    /// </summary>
    public static IReadOnlyList<Block> Blocks(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return CoverSection.Build(ctx)
            .Concat(ScopeSection.Build(ctx))
            .Concat(SummarySection.Build(ctx))
            .Concat(ClosingSections.HourOfWeek(ctx))
            .Concat(MapSections.Overview(ctx))
            .Concat(MapSections.Hotspots(ctx))
            .Concat(ctx.Input.Compact ? CameraAtlas.Build(ctx) : CameraSection.Build(ctx))
            .Concat(ClosingSections.Assumptions(ctx))
            .Concat(OpenQuestions.Build(ctx))
            .Concat(ClosingSections.Evidence(ctx))
            .Concat(ClosingSections.SignOff(ctx))
            .ToList();
    }

    public static DocumentInfo Info(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var meta = ctx.Plan.Metadata;
        var t = ctx.T;
        return new DocumentInfo($"{t.Title}: {meta.Name}", meta.Author ?? "CctvPlanner", ctx.Input.GeneratedAt, ctx.Language.Code())
        {
            Subject = t.Subtitle,
            Keywords = "CCTV; " + (meta.Municipality ?? "") + "; plan " + ctx.PlanVersion,
            HeaderLeft = $"{meta.Name} · {t.PlanVersion.ToLowerInvariant()} {ctx.PlanVersion}",
            HeaderRight = $"{t.HeaderTitle} · {ctx.F.Date(ctx.Today)}",
            FooterLeft = meta.Synthetic ? t.SyntheticLabel : "",
            PageLabel = (x, y) => ctx.Format(t.PageLabel, x, y),
            Outline = ctx.Outline,
        };
    }
}
