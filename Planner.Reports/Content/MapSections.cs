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
            Incidents = ctx.Input.Incidents.Select(i => new NetTopologySuite.Geometries.Coordinate(i.X, i.Y)).ToList(),
            LabelCameras = ctx.Plan.Cameras.Count <= 60,
            LegendBelow = true,
            TightScale = true,
        };
    }

    /// <summary>
    /// The hotspot map: density in grey, Gi* classes in magenta (hot) and blue (cold), the utryg areas, buildings,
    /// each camera's view as an outline (fills would hide the cells) and labelled cameras.
    /// </summary>
    public static MapScene HotspotScene(ReportContext ctx, HotspotSummary h)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(h);
        var visible = ctx.Stats?.Unions[Planner.Geo.Coverage.DoriLevel.Visible];
        return ctx.BaseScene() with
        {
            HotspotCells = h.Cells,
            Zones = ctx.Plan.Zones.Where(z => z.Kind == Planner.Geo.Model.ZoneKind.UtrygArea).ToList(),
            Views = [],
            ViewOutlines = visible is null || visible.IsEmpty ? [] : [visible],
            PrivacyMasks = [],
            SignPoints = [],
            LabelCameras = ctx.Plan.Cameras.Count <= 60,
            LegendBelow = true,
            TightScale = true,
        };
    }

    /// <summary>
    /// Height of a plan-wide map figure: the frame takes the data extent's aspect at the content width (between 220 pt
    /// and what <paramref name="maxHeight"/> leaves after the legend band), plus the band.
    /// </summary>
    public static float FittedHeight(ReportContext ctx, MapScene scene, float maxHeight)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var width = PageSetup.A4.ContentWidth;
        var band = MapLegend.BandHeight(MapLegend.Entries(scene), ctx.Fonts, width) + 4;
        var e = ctx.OverviewExtent();
        var frame = (float)Math.Clamp(width * e.Height / Math.Max(1e-9, e.Width), 220, maxHeight - band);
        return frame + band;
    }

    public static IEnumerable<Block> Overview(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var scene = OverviewScene(ctx);
        var extent = ctx.OverviewExtent();
        yield return ctx.Outline.Add(ctx.T.OverviewHeading);
        yield return new Figure(FittedHeight(ctx, scene, OverviewHeight), (c, r) => MapRenderer.Draw(c, r, scene, extent, ctx.Fonts),
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
        yield return ctx.Outline.Add(t.HotspotHeading);
        yield return new Heading(t.Method, 3);
        var da = ctx.Language == ReportLanguage.Danish;
        var kernel = da ? h.Kernel switch { "quartic" => "kvartisk", "Gaussian" => "gaussisk", _ => h.Kernel } : h.Kernel;
        var text = t.MethodText
            .Replace("{cell}", f.Metres(h.CellM, 0), StringComparison.Ordinal)
            .Replace("{kernel}", kernel, StringComparison.Ordinal)
            .Replace("{bandwidth}", f.Metres(h.BandwidthM, 0), StringComparison.Ordinal)
            .Replace("{band}", f.Metres(h.BandM, 0), StringComparison.Ordinal)
            .Replace("{fdr}", da ? h.Fdr.Replace("0.", "0,", StringComparison.Ordinal) : h.Fdr, StringComparison.Ordinal)
            .Replace("{used}", f.Num(h.IncidentsUsed), StringComparison.Ordinal)
            .Replace("{filter}", h.Filter.Length > 0 ? " (" + h.Filter + ")" : "", StringComparison.Ordinal);
        yield return new Paragraph(text);
        var classes = h.Cells.GroupBy(c => c.Class).ToDictionary(g => g.Key, g => g.Count());
        var labels = ctx.MapLabels;
        var names = new[] { "hot99", "hot95", "hot90", "cold90", "cold95", "cold99" };
        var table = new Table([2.4f, 0.8f, 2.4f, 0.8f], [t.ClassCol, t.CellsCol, t.ClassCol, t.CellsCol], TextStyle.Body.WithSize(8f));
        for (var i = 0; i < 3; i++)
        {
            table.Row(labels.GiClass(names[i]), f.Num(classes.GetValueOrDefault(names[i])), labels.GiClass(names[5 - i]), f.Num(classes.GetValueOrDefault(names[5 - i])));
        }

        yield return table;
        var scene = HotspotScene(ctx, h);
        var extent = ctx.OverviewExtent();
        yield return new Figure(FittedHeight(ctx, scene, OverviewHeight - 90), (c, r) => MapRenderer.Draw(c, r, scene, extent, ctx.Fonts), t.HotspotCaption);
    }
}
