using Planner.Reports.Layout;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>The overview map and the hotspot map with its method statement.</summary>
public static class MapSections
{
    /// <summary>Height of the overview map frame, points (the content width is its width).</summary>
    public const float OverviewHeight = 560;

    public static MapScene OverviewScene(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        return ctx.BaseScene() with
        {
            Incidents = ctx.Plan.Incidents.Select(i => new NetTopologySuite.Geometries.Coordinate(i.X, i.Y)).ToList(),
            LabelCameras = ctx.Plan.Cameras.Count <= 60,
        };
    }

    public static IEnumerable<Block> Overview(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var scene = OverviewScene(ctx);
        var extent = ctx.OverviewExtent();
        yield return new Heading(ctx.T.OverviewHeading);
        yield return new Figure(OverviewHeight, (c, r) => MapRenderer.Draw(c, r, scene, extent, ctx.Fonts),
            ctx.Input.Views is null ? ctx.T.OverviewCaptionNoViews : ctx.T.OverviewCaption);
    }

    public static IEnumerable<Block> Hotspots(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (ctx.Input.Hotspots is not { } h)
        {
            yield break;
        }

        var t = ctx.T;
        var f = ctx.F;
        yield return new Heading(t.HotspotHeading);
        yield return new Heading(t.Method, 3);
        var kernel = h.Kernel;
        var text = t.MethodText
            .Replace("{cell}", f.Metres(h.CellM, 0), StringComparison.Ordinal)
            .Replace("{kernel}", kernel, StringComparison.Ordinal)
            .Replace("{bandwidth}", f.Metres(h.BandwidthM, 0), StringComparison.Ordinal)
            .Replace("{band}", f.Metres(h.BandM, 0), StringComparison.Ordinal)
            .Replace("{fdr}", h.Fdr, StringComparison.Ordinal)
            .Replace("{used}", f.Num(h.IncidentsUsed), StringComparison.Ordinal)
            .Replace("{filter}", h.Filter.Length > 0 ? " (" + h.Filter + ")" : "", StringComparison.Ordinal);
        yield return new Paragraph(text);
        var classes = h.Cells.GroupBy(c => c.Class).ToDictionary(g => g.Key, g => g.Count());
        var summary = string.Join(" · ", new[] { "hot99", "hot95", "hot90", "cold90", "cold95", "cold99" }
            .Select(k => $"{k}: {f.Num(classes.GetValueOrDefault(k))}"));
        yield return new Paragraph(summary, TextStyle.Small);
        var scene = ctx.BaseScene() with { HotspotCells = h.Cells, LabelCameras = false };
        var extent = ctx.OverviewExtent();
        yield return new Figure(OverviewHeight - 110, (c, r) => MapRenderer.Draw(c, r, scene, extent, ctx.Fonts), t.HotspotCaption);
    }
}
