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
            Unzoned = UnzonedGround.Of(views, input.Plan.Zones);
        }

        FindingsByCamera = (input.Compliance?.Findings ?? [])
            .Where(f => f.CameraId is not null)
            .GroupBy(f => f.CameraId!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ReportFinding>)g.ToList());
    }

    public ReportInput Input { get; }

    public Plan Plan => Input.Plan;

    /// <summary>
    /// The report's "today": the date in Copenhagen when it was generated — the same day the rules were checked on
    /// (<see cref="Planner.Geo.Formats.CopenhagenTime.DateOf"/>), also just after midnight UTC.
    /// </summary>
    public DateOnly Today => Planner.Geo.Formats.CopenhagenTime.DateOf(Input.GeneratedAt);

    public FontSet Fonts { get; }

    public Texts T { get; }

    public Fmt F { get; }

    public ReportLanguage Language => Input.Language;

    public IReadOnlyList<FileHash> Layers { get; }

    /// <summary>First 12 hex digits of the combined layer hash: identifies the plan content a report was made from.</summary>
    public string PlanVersion { get; }

    public IReadOnlyDictionary<string, CameraView>? ViewsById { get; }

    public CoverageStats? Stats { get; }

    /// <summary>Per camera, m² of its view that no zone covers (null without views).</summary>
    public IReadOnlyDictionary<string, double>? Unzoned { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<ReportFinding>> FindingsByCamera { get; }

    public MapLabels MapLabels => Language == ReportLanguage.Danish ? MapLabels.Danish : MapLabels.English;

    /// <summary>The table of contents the section headings register in.</summary>
    public Outline Outline { get; } = new();

    /// <summary>
    /// The map attribution: synthetic data says so and credits nothing; real data credits only sources the plan's own
    /// source line names (OpenStreetMap for footprints or streets, Danmarks Højdemodel only where buildings with heights
    /// exist, DAGI for administrative areas); anything else is "the plan's own layers" with the source as stated.
    /// </summary>
    public string Attribution => (Plan.Metadata.Synthetic
        ? T.AttributionSynthetic
        : Format(T.AttributionReal, string.Join(", ", Credits()))) + $" · EPSG:{Plan.Epsg}";

    /// <summary>
    /// The plan's source line as the report prints it: for synthetic data a statement in the report's language (the
    /// generator's own line is English), otherwise the source as the plan states it.
    /// </summary>
    public string SourceLine() => Plan.Metadata.Synthetic ? T.SyntheticSource : Plan.Metadata.Source ?? T.SourceNotStated;

    /// <summary>The credits of <see cref="Attribution"/> for a real-data plan.</summary>
    public IReadOnlyList<string> Credits()
    {
        var source = Plan.Metadata.Source ?? "";
        bool Says(params string[] words) => words.Any(w => source.Contains(w, StringComparison.OrdinalIgnoreCase));
        var credits = new List<string>();
        if (Says("openstreetmap", "osm", "overpass") || Plan.Streets.Any(s => s.Source?.StartsWith("OSM", StringComparison.OrdinalIgnoreCase) == true)
            || Plan.Zones.Any(z => z.Source?.StartsWith("OSM", StringComparison.OrdinalIgnoreCase) == true))
        {
            credits.Add("© OpenStreetMap contributors (ODbL)");
        }

        if (Plan.Buildings.Any(b => b.HeightM is not null) && Says("højdemodel", "hoejdemodel", "DHM", "elevation model"))
        {
            credits.Add("Danmarks Højdemodel (SDFI)");
        }

        if (Says("dagi"))
        {
            credits.Add("DAGI © Geodatastyrelsen");
        }

        if (credits.Count == 0)
        {
            credits.Add(T.AttributionOwn + " (" + (source.Length == 0 ? T.SourceNotStated : source) + ")");
        }

        return credits;
    }

    /// <summary>The scene with every layer of the plan; sections narrow or extend it.</summary>
    public MapScene BaseScene() => new()
    {
        Buildings = Plan.Buildings,
        Zones = Plan.Zones,
        Cameras = Plan.Cameras,
        Streets = Plan.Streets,
        // Plan-wide maps draw the union of all views per level: one polygon per level instead of one per camera
        // (faster, smaller PDFs, and overlapping cameras do not stack their tints). Camera maps replace this.
        Views = Stats is null ? [] : [new CameraView("(all)", Stats.Unions)],
        PrivacyMasks = (Input.Compliance?.Findings ?? []).Where(f => f.Mask is not null).Select(f => f.Mask!).ToList(),
        SignPoints = (Input.Compliance?.Findings ?? []).SelectMany(f => f.SignPoints).ToList(),
        Attribution = Attribution,
        Synthetic = Plan.Metadata.Synthetic,
        Labels = MapLabels,
    };

    /// <summary>
    /// The plan's data extent for the overview and hotspot maps: every building, camera, incident, view and the
    /// specific zones (not the all-embracing public area, which may run far beyond the data), plus a margin of 4 % of
    /// the larger side (at least 10 m), so nothing the plan holds is cut off at the frame.
    /// </summary>
    public Envelope OverviewExtent() => overviewExtent ??= DataExtent();

    private Envelope? overviewExtent;

    private Envelope DataExtent()
    {
        var e = new Envelope();
        foreach (var c in Plan.Cameras)
        {
            e.ExpandToInclude(c.X, c.Y);
        }

        foreach (var b in Plan.Buildings)
        {
            e.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        foreach (var i in Plan.Incidents)
        {
            e.ExpandToInclude(i.X, i.Y);
        }

        foreach (var z in Plan.Zones.Where(z => z.Kind != ZoneKind.PublicArea))
        {
            e.ExpandToInclude(z.Area.EnvelopeInternal);
        }

        if (Stats is not null)
        {
            e.ExpandToInclude(Stats.Unions[Planner.Geo.Coverage.DoriLevel.Visible].EnvelopeInternal);
        }

        if (e.IsNull)
        {
            e = new Envelope(-100, 100, -100, 100);
        }

        e.ExpandBy(Math.Max(10, Math.Max(e.Width, e.Height) * 0.04));
        return e;
    }

    public string Format(string template, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, args);
}
