using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules.Checks;

namespace Planner.Geo.Rules;

/// <summary>
/// What the checks of one evaluation share: the pack, cameras, their real (occluded) views, zones, the injected date
/// and language, and cached zone unions. Geometry in the working CRS, metres.
/// Zone ownership: a zone with an <c>operator_id</c> belongs to that operator; a zone without one belongs to no one
/// in particular, so it counts as the camera's own (for entrance/premises envelopes) and as others' (for dwellings).
/// </summary>
public sealed class RuleContext
{
    private readonly IReadOnlyDictionary<string, CameraView> views;
    private readonly ZoneLayerCache cache;
    private readonly Dictionary<string, IReadOnlyList<SeenDwelling>> seenCache = [];

    internal RuleContext(RulePack pack, IReadOnlyList<Camera> cameras, IReadOnlyList<CameraView> views, IReadOnlyList<Zone> zones, RuleEngineOptions options)
        : this(pack, cameras, views, new ZoneLayerCache(zones), options)
    {
    }

    /// <summary>A context sharing <paramref name="cache"/> (zone unions, buffers, public parts) with other contexts over the same zones layer.</summary>
    internal RuleContext(RulePack pack, IReadOnlyList<Camera> cameras, IReadOnlyList<CameraView> views, ZoneLayerCache cache, RuleEngineOptions options)
        : this(pack, cameras, views.ToDictionary(v => v.CameraId, StringComparer.Ordinal), cache, options)
    {
    }

    /// <summary>
    /// A context whose views are looked up in <paramref name="views"/> as given, not copied: the incremental plan-level
    /// evaluation asks about a few cameras of a large plan whose views the workspace already holds by camera id.
    /// </summary>
    internal RuleContext(RulePack pack, IReadOnlyList<Camera> cameras, IReadOnlyDictionary<string, CameraView> views, ZoneLayerCache cache, RuleEngineOptions options)
    {
        Pack = pack;
        this.cache = cache;
        var zones = cache.Zones;
        Cameras = cameras.Count == 1 ? [cameras[0]] : [.. cameras.OrderBy(c => c.Id, StringComparer.Ordinal)];
        this.views = views;
        foreach (var camera in cameras)
        {
            if (!this.views.ContainsKey(camera.Id))
            {
                throw new ArgumentException($"no view was given for camera {camera.Id}", nameof(views));
            }
        }

        Zones = zones;
        Options = options;
    }

    public RulePack Pack { get; }

    /// <summary>Cameras ordered by id (ordinal).</summary>
    public IReadOnlyList<Camera> Cameras { get; }

    public IReadOnlyList<Zone> Zones { get; }

    public RuleEngineOptions Options { get; }

    public string Language => Options.Language;

    public DateOnly Today => Options.Today;

    public CameraView View(Camera camera) => views[camera.Id];

    /// <summary>The plan's buildings, or null when none were given (facades and mounts cannot then be assessed).</summary>
    public IReadOnlyList<Building>? Buildings => Options.Buildings;

    /// <summary>
    /// The dwellings whose facade the camera really sees at window heights up to its mount height (see
    /// <see cref="DwellingFacades"/>); empty when no buildings were given. Cached per camera.
    /// </summary>
    public IReadOnlyList<SeenDwelling> SeenDwellings(Camera camera, double windowMinM, double windowStepM, double minFacadeM)
    {
        if (Buildings is null)
        {
            return [];
        }

        if (!seenCache.TryGetValue(camera.Id, out var seen))
        {
            var (index, outlines) = cache.Facades(Buildings);
            seen = DwellingFacades.Seen(camera, index, outlines, DwellingFacades.WindowHeights(camera.Optics.HeightM, windowMinM, windowStepM), minFacadeM);
            seenCache[camera.Id] = seen;
        }

        return seen;
    }

    /// <summary>The building the camera hangs on (within 0.5 m, the coverage engine's mount rule), or null (a pole, or no buildings given).</summary>
    public Building? Mount(Camera camera)
    {
        if (Buildings is null)
        {
            return null;
        }

        var point = GeoOps.Factory.CreatePoint(camera.Location);
        var buildings = Buildings;
        return cache.BuildingsNear(buildings, camera.Location, DwellingFacades.MountM)
            .Select(i => buildings[i])
            .Where(b => b.Footprint.EnvelopeInternal.Distance(point.EnvelopeInternal) <= DwellingFacades.MountM && b.Footprint.Distance(point) <= DwellingFacades.MountM)
            .OrderBy(b => b.Footprint.Distance(point))
            .FirstOrDefault();
    }

    /// <summary>
    /// The part of the camera's real view on ground no land-use zone covers: nothing there is assessed. residential_area
    /// and utryg_area are designations laid over other ground, so they do not say what the ground is.
    /// </summary>
    public Geometry UnzonedPart(Camera camera) =>
        GeoOps.Difference(View(camera).Visible, cache.LandUse);

    /// <summary>True when the polygonal geometry is larger than the sliver tolerance <see cref="RuleEngineOptions.MinAreaM2"/>.</summary>
    public bool Significant(Geometry g) => !g.IsEmpty && g.Area > Options.MinAreaM2;

    /// <summary>Union of all zones of the kinds (cached per zones layer).</summary>
    public Geometry ZonesOf(params ZoneKind[] kinds) => cache.ZonesOf(kinds, null, own: false);

    /// <summary>Union of the zones of the kinds that belong to the camera's operator (or to no one).</summary>
    public Geometry OwnZonesOf(Camera camera, params ZoneKind[] kinds) => cache.ZonesOf(kinds, camera.OperatorId, own: true);

    /// <summary>Union of the zones of the kind that do not belong to the camera's operator (zones without operator_id included).</summary>
    public Geometry OthersZonesOf(Camera camera, ZoneKind kind) => cache.OthersZonesOf(kind, camera.OperatorId);

    /// <summary>The part of the camera's real view on public_area (computed once per view).</summary>
    public Geometry PublicPart(Camera camera) => cache.PublicPart(View(camera), ZonesOf(ZoneKind.PublicArea));

    /// <summary>Whether <paramref name="area"/> (a zone union of this context) covers the camera's position; prepared once per union.</summary>
    public bool Covers(Geometry area, Camera camera) => cache.Covers(area, camera.Location);

    /// <summary>
    /// Union of the envelopes of the rule's exception rules that apply to the camera, and the assumption parameters
    /// of every exception that gives the camera an envelope (a different value would move the envelope's edge).
    /// </summary>
    public (Geometry Envelope, IReadOnlyList<RuleParameter> Assumed) ExceptionEnvelope(RuleDefinition rule, Camera camera)
    {
        var envelopes = new List<Geometry>();
        var assumed = new List<RuleParameter>();
        foreach (var id in rule.Exceptions)
        {
            var exception = Pack.Find(id);
            if (exception is null || !exception.AppliesToOperator(camera.Operator) || CheckRegistry.Get(exception.Check) is not IEnvelopeCheck check)
            {
                continue;
            }

            var envelope = check.Envelope(this, exception, camera);
            if (envelope is null || envelope.IsEmpty)
            {
                continue;
            }

            envelopes.Add(envelope);
            assumed.AddRange(exception.Parameters.Where(p => p.IsAssumption));
        }

        return (envelopes.Count == 0 ? GeoOps.Empty : cache.EnvelopeUnion(envelopes), assumed);
    }

    /// <summary>
    /// The camera's public view outside the rule's exception envelopes (see <see cref="ExceptionEnvelope"/>), or null when
    /// the camera views no significant public area. <c>Outside</c> may still be empty or insignificant.
    /// </summary>
    public PublicViewOutside? PublicOutsideExceptions(RuleDefinition rule, Camera camera)
    {
        var publicPart = PublicPart(camera);
        if (!Significant(publicPart))
        {
            return null;
        }

        var (envelope, assumed) = ExceptionEnvelope(rule, camera);
        var outside = GeoOps.Difference(publicPart, envelope);
        var missing = new List<(RuleDefinition Rule, Geometry StandIn)>();
        foreach (var id in rule.Exceptions)
        {
            if (Pack.Find(id) is { } exception && CheckRegistry.Get(exception.Check) is ZoneEnvelopeCheck check && check.StandIn(this, exception, camera) is { } standIn)
            {
                missing.Add((exception, standIn));
            }
        }

        if (missing.Count == 0 || !Significant(outside))
        {
            return new PublicViewOutside(publicPart, envelope, outside, assumed);
        }

        var standIns = GeoOps.Union(missing.Select(m => m.StandIn));
        var unassessed = GeoOps.Intersection(outside, standIns);
        return new PublicViewOutside(publicPart, envelope, outside, [.. assumed, .. missing.SelectMany(m => m.Rule.Parameters.Where(p => p.IsAssumption))])
        {
            Unassessed = unassessed,
            Breaking = GeoOps.Difference(outside, standIns),
            MissingFor = Significant(unassessed) ? [.. missing.Select(m => m.Rule)] : [],
        };
    }

    /// <summary>Cameras the rule applies to, by id.</summary>
    public IEnumerable<Camera> Applicable(RuleDefinition rule) => Cameras.Where(c => rule.AppliesToOperator(c.Operator));

    /// <summary>
    /// Builds a finding for an outcome of the rule: its message as typed parts in the chosen language — the outcome's
    /// template, the rule's parameters (numbers with their units) and <paramref name="values"/> (numbers take the unit
    /// their name's suffix states, see <see cref="MessageValue.From"/>) — with a note per assumed parameter.
    /// </summary>
    public Finding Make(
        RuleDefinition rule,
        string outcomeKey,
        Camera? camera,
        IReadOnlyDictionary<string, object?>? values = null,
        Geometry? geometry = null,
        string? geometryRole = null,
        IEnumerable<RuleParameter>? assumed = null,
        IReadOnlyList<string>? cameraIds = null)
    {
        var outcome = rule.Outcomes[outcomeKey];
        var all = new Dictionary<string, MessageValue>(StringComparer.Ordinal)
        {
            ["camera"] = MessageValue.OfText(camera?.Id),
            ["today"] = MessageValue.OfDate(Today),
        };
        foreach (var p in rule.Parameters)
        {
            all[p.Name] = MessageValue.OfNumber(p.Value, p.Unit);
        }

        if (values is not null)
        {
            foreach (var (k, v) in values)
            {
                all[k] = MessageValue.From(k, v);
            }
        }

        var assumedList = (assumed ?? []).DistinctBy(p => (p.RuleId, p.Name)).Select(p => p.In(Language)).ToList();
        var text = new FindingMessage
        {
            Language = Language,
            Template = outcome.Message.Get(Language),
            Values = all,
            AssumptionNote = Pack.AssumptionNote.Get(Language),
            Unconfirmed = rule.Status == SourceStatus.V ? null : new UnconfirmedNote(Pack.UnconfirmedRuleNote.Get(Language), rule.Status, rule.StatusNote?.Get(Language)),
        };

        return new Finding
        {
            CameraId = camera?.Id,
            RuleId = rule.Id,
            RuleTitle = rule.Title.Get(Language),
            Outcome = outcomeKey,
            Severity = outcome.Severity,
            Citation = rule.Source.Citation,
            SourceUrl = rule.Source.Url,
            Geometry = geometry,
            GeometryRole = geometry is null ? null : geometryRole,
            AreaM2 = geometry is Polygon or MultiPolygon ? geometry.Area : null,
            CameraIds = cameraIds ?? (camera is null ? [] : [camera.Id]),
            AssumedParameters = assumedList,
            Text = text,
        };
    }
}
