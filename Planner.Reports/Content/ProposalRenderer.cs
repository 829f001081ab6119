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

    public static IEnumerable<Block> Blocks(ReportContext ctx) =>
        CoverSection.Build(ctx)
            .Concat(SummarySection.Build(ctx))
            .Concat(ClosingSections.HourOfWeek(ctx))
            .Concat(MapSections.Overview(ctx))
            .Concat(MapSections.Hotspots(ctx))
            .Concat(CameraSection.Build(ctx))
            .Concat(ClosingSections.Assumptions(ctx))
            .Concat(ClosingSections.Evidence(ctx))
            .Concat(ClosingSections.SignOff(ctx));

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
            HeaderRight = $"{t.HeaderTitle} · {ctx.F.Date(ctx.Input.GeneratedAt)}",
            FooterLeft = meta.Synthetic ? t.SyntheticLabel : "",
            PageLabel = (x, y) => ctx.Format(t.PageLabel, x, y),
        };
    }
}
