using Planner.Geo.Crs;
using Planner.Reports.Layout;
using SkiaSharp;

namespace Planner.Reports.Content;

/// <summary>Cover: what the document is about, who made it from what (hashes), and what it leaves out.</summary>
public static class CoverSection
{
    public static IEnumerable<Block> Build(ReportContext ctx)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var t = ctx.T;
        var meta = ctx.Plan.Metadata;
        yield return new Spacer(40);
        yield return new Paragraph(t.Title, new TextStyle(24, true, Palette.Accent));
        yield return new Paragraph(t.Subtitle, new TextStyle(12, false, Palette.Muted), 4);
        yield return new Spacer(14);
        var facts = new Table([1.2f, 3f], style: TextStyle.Body)
            .Row(t.Municipality, meta.Municipality ?? t.Unknown)
            .Row(t.Plan, meta.Name)
            .Row(t.PlanVersion, ctx.PlanVersion)
            .Row(t.Date, ctx.F.Date(ctx.Today))
            .Row(t.Author, meta.Author ?? t.Unknown)
            .Row(t.DataSource, ctx.SourceLine())
            .Row(t.Crs, CrsRegistry.TryDescribe(ctx.Plan.Epsg, out var crs) ? $"{crs.Code} ({crs.Name})" : $"EPSG:{ctx.Plan.Epsg}");
        if (ctx.Input.Compliance is { } c)
        {
            facts.Row(t.RulePack, ctx.Format(t.PackLine, c.PackId, c.RulePackVersion, ctx.F.Num(c.RuleCount), c.Jurisdiction))
                .Row(t.RulePackHash, c.RulePackHash);
        }

        facts.Row(t.CaseNumber, ctx.Input.CaseNumber ?? t.ToBeFilled);

        yield return facts;
        if (meta.Synthetic)
        {
            yield return new Spacer(10);
            yield return new Paragraph(t.SyntheticLabel, new TextStyle(13, true, Palette.Synthetic));
            yield return new Paragraph(t.SyntheticCover, TextStyle.Body.WithColor(Palette.Synthetic), 3);
        }

        var missing = new List<string>();
        if (ctx.Input.Views is null)
        {
            missing.Add(t.NotIncludedCoverage);
        }

        if (ctx.Input.Hotspots is null)
        {
            missing.Add(t.NotIncludedHotspots);
        }

        if (ctx.Input.Compliance is null)
        {
            missing.Add(t.NotIncludedCompliance);
        }

        if (missing.Count > 0)
        {
            yield return new Spacer(8);
            yield return new Paragraph(t.NotIncluded, TextStyle.BodyBold.WithColor(Palette.Fail));
            foreach (var m in missing)
            {
                yield return new Paragraph("• " + m, TextStyle.Body, 2);
            }
        }

        yield return new Spacer(8);
        yield return new Paragraph(t.InputLayers, TextStyle.BodyBold);
        var counts = new Dictionary<string, int>
        {
            ["cameras"] = ctx.Plan.Cameras.Count,
            ["buildings"] = ctx.Plan.Buildings.Count,
            ["zones"] = ctx.Plan.Zones.Count,
            ["incidents"] = ctx.Plan.Incidents.Count,
        };
        var layers = new Table([1f, 0.8f, 4.2f], [t.Layer, t.Features, t.Hash], new TextStyle(7.5f, false, SKColors.Black));
        foreach (var l in ctx.Layers)
        {
            layers.Row(Names.Layer(l.Name, ctx.Language), ctx.F.Num(counts[l.Name]), l.Sha256);
        }

        if (ctx.Input.PlanFile is { } pf)
        {
            layers.Row(t.PlanFile + ": " + pf.Name, "", pf.Sha256);
        }

        yield return layers;
    }
}
