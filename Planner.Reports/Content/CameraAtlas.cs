using NetTopologySuite.Geometries;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>
/// The per-camera part of a large plan: a compact table (one line per camera: operator, atlas tile, position, fail and
/// warning counts, failing rules) and a map atlas of the plan area in tiles at one fixed print scale. Only tiles with a
/// camera are printed. Keeps a plan of thousands of cameras to a few dozen pages.
/// </summary>
public static class CameraAtlas
{
    /// <summary>Scale of the atlas tiles (1:<see cref="ScaleDenominator"/>).</summary>
    public const double ScaleDenominator = 2000;

    public const float TileHeight = 300;

    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var f = ctx.F;
        var scene = MapSections.OverviewScene(ctx) with { LabelCameras = true, Incidents = [] };
        var tiles = Tiles(ctx, scene, PageSetup.A4.ContentWidth);
        yield return ctx.Outline.Add(t.CompactHeading);
        yield return new Paragraph(ctx.Format(t.CompactIntro, f.Num(ctx.Plan.Cameras.Count), f.Num(ctx.Input.CompactAbove)));
        var table = new Table([0.95f, 1.1f, 0.45f, 1.9f, 0.45f, 0.55f, 1.6f],
            [t.Camera, t.Operator, t.TileCol, t.Position, t.Sev[0], t.Sev[1], t.FailingHeading], TextStyle.Body.WithSize(6.8f));
        foreach (var cam in ctx.Plan.Cameras)
        {
            var findings = ctx.FindingsByCamera.GetValueOrDefault(cam.Id) ?? [];
            var fails = findings.Where(x => x.Severity == FindingSeverity.Fail).ToList();
            var tile = tiles.FirstOrDefault(x => x.Ground.Contains(cam.X, cam.Y)).Name ?? "";
            table.Row(fails.Count > 0 ? SummarySection.SeverityFill(FindingSeverity.Fail) : null, cam.Id, Names.Operator(cam.Operator, ctx.Language), tile, f.Coordinate(cam.X, cam.Y),
                ctx.Input.Compliance is null ? "—" : f.Num(fails.Count), ctx.Input.Compliance is null ? "—" : f.Num(findings.Count(x => x.Severity == FindingSeverity.Warn)),
                string.Join(", ", fails.Select(x => x.RuleId).Distinct(StringComparer.Ordinal)));
        }

        yield return table;
        yield return ctx.Outline.Add(t.AtlasHeading);
        yield return new Paragraph(ctx.Format(t.AtlasIntro, f.Num(tiles.Count), PrintScale.Label(ScaleDenominator)));
        foreach (var tile in tiles)
        {
            var ground = tile.Ground;
            // Each tile draws only its own cameras' labels; the scene's layers are culled to the tile by the renderer.
            var tileScene = scene with { Cameras = ctx.Plan.Cameras.Where(c => ground.Contains(c.X, c.Y)).ToList() };
            yield return new Figure(TileHeight, (c, r) => MapRenderer.Draw(c, r, tileScene, ground, ctx.Fonts, ScaleDenominator), ctx.Format(t.AtlasTile, tile.Name));
        }
    }

    /// <summary>The atlas tiles with a camera in them, named A1, A2, … (rows from north, columns from west).</summary>
    public static IReadOnlyList<(string Name, Envelope Ground)> Tiles(ReportContext ctx, MapScene scene, float widthPt)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var mpp = PrintScale.MetresPerPoint(ScaleDenominator);
        // The frame is the figure less the legend band below it (see MapRenderer.Draw).
        var legendBand = MapLegend.BandHeight(MapLegend.Entries(scene), ctx.Fonts, widthPt) + 4;
        var w = widthPt * mpp;
        var h = (TileHeight - legendBand) * mpp;
        var e = ctx.OverviewExtent();
        var cols = Math.Max(1, (int)Math.Ceiling(e.Width / w));
        var rows = Math.Max(1, (int)Math.Ceiling(e.Height / h));
        var x0 = e.Centre.X - (cols * w / 2);
        var y1 = e.Centre.Y + (rows * h / 2);
        var tiles = new List<(string, Envelope)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                var ground = new Envelope(x0 + (c * w), x0 + ((c + 1) * w), y1 - ((r + 1) * h), y1 - (r * h));
                if (ctx.Plan.Cameras.Any(cam => ground.Contains(cam.X, cam.Y)))
                {
                    tiles.Add((RowName(r) + (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ground));
                }
            }
        }

        return tiles;
    }

    private static string RowName(int r) => r < 26 ? ((char)('A' + r)).ToString() : RowName((r / 26) - 1) + (char)('A' + (r % 26));
}
