using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Reports.Layout;
using Planner.Reports.Maps;

namespace Planner.Reports.Content;

/// <summary>What every section needs: the input, texts and formats in the report's language, fonts, and values derived once.</summary>
public sealed class ReportContext
{
    public ReportContext(ReportInput input, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(input);
        Input = input;
        Fonts = fonts;
        T = Texts.For(input.Language);
        F = new Fmt(input.Language);
        Layers = LayerHasher.Hash(input.Plan);
        PlanVersion = LayerHasher.Combined(Layers)[..12];
        if (input.Views is { } views)
        {
            if (views.Count != input.Plan.Cameras.Count)
            {
                throw new ArgumentException($"{views.Count} views for {input.Plan.Cameras.Count} cameras", nameof(input));
            }

            ViewsById = views.ToDictionary(v => v.CameraId);
            Stats = CoverageStats.Of(views);
        }

        FindingsByCamera = (input.Compliance?.Findings ?? [])
            .Where(f => f.CameraId is not null)
            .GroupBy(f => f.CameraId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ReportFinding>)g.ToList());
    }

    public ReportInput Input { get; }

    public Plan Plan => Input.Plan;

    public FontSet Fonts { get; }

    public Texts T { get; }

    public Fmt F { get; }

    public ReportLanguage Language => Input.Language;

    public IReadOnlyList<FileHash> Layers { get; }

    /// <summary>First 12 hex digits of the combined layer hash: identifies the plan content a report was made from.</summary>
    public string PlanVersion { get; }

    public IReadOnlyDictionary<string, CameraView>? ViewsById { get; }

    public CoverageStats? Stats { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ReportFinding>> FindingsByCamera { get; }

    public MapLabels MapLabels => Language == ReportLanguage.Danish ? MapLabels.Danish : MapLabels.English;

    /// <summary>
    /// The map attribution: synthetic data says so; real data credits OpenStreetMap (footprints, ODbL) and Danmarks
    /// Højdemodel (heights), the sources the project's real data comes from. The plan's own source line is on the cover.
    /// </summary>
    public string Attribution => (Plan.Metadata.Synthetic
        ? T.AttributionSynthetic
        : string.Format(System.Globalization.CultureInfo.InvariantCulture, T.AttributionReal, "© OpenStreetMap contributors (ODbL), Danmarks Højdemodel (SDFI)")) + $" · EPSG:{Plan.Epsg}";

    /// <summary>The scene with every layer of the plan; sections narrow or extend it.</summary>
    public MapScene BaseScene() => new()
    {
        Buildings = Plan.Buildings,
        Zones = Plan.Zones,
        Cameras = Plan.Cameras,
        // Plan-wide maps draw the union of all views per level: one polygon per level instead of one per camera
        // (faster, smaller PDFs, and overlapping cameras do not stack their tints). Camera maps replace this.
        Views = Stats is null ? [] : [new CameraView("(all)", Stats.Unions)],
        PrivacyMasks = (Input.Compliance?.Findings ?? []).Where(f => f.Mask is not null).Select(f => f.Mask!).ToList(),
        SignPoints = (Input.Compliance?.Findings ?? []).SelectMany(f => f.SignPoints).ToList(),
        Attribution = Attribution,
        Synthetic = Plan.Metadata.Synthetic,
        Labels = MapLabels,
    };

    /// <summary>The plan's extent for the overview: cameras with their range, utryg areas and views, 8 % margin.</summary>
    public Envelope OverviewExtent()
    {
        var e = new Envelope();
        foreach (var c in Plan.Cameras)
        {
            var r = Math.Min(c.Optics.RangeM, 60);
            e.ExpandToInclude(new Envelope(c.X - r, c.X + r, c.Y - r, c.Y + r));
        }

        foreach (var z in Plan.Zones.Where(z => z.Kind == ZoneKind.UtrygArea))
        {
            e.ExpandToInclude(z.Area.EnvelopeInternal);
        }

        if (e.IsNull)
        {
            foreach (var b in Plan.Buildings)
            {
                e.ExpandToInclude(b.Footprint.EnvelopeInternal);
            }
        }

        if (e.IsNull)
        {
            e = new Envelope(-100, 100, -100, 100);
        }

        e.ExpandBy(Math.Max(e.Width, e.Height) * 0.08);
        return e;
    }

    public string Format(string template, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
}
