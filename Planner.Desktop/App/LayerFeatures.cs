using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App;

/// <summary>
/// Serves one map layer for an extent and resolution as GeoJSON (working CRS): only features in the extent, none
/// smaller than a pixel, at most <see cref="MaxFeatures"/> (the collection then says <c>"truncated": true</c>), and
/// incidents counted per cell where more than <see cref="MaxIncidentPoints"/> fall in view. Never a whole layer.
/// </summary>
internal sealed class LayerFeatures
{
    public const int MaxFeatures = 40_000;
    public const int MaxIncidentPoints = 5_000;

    private readonly PlanSession session;
    private readonly Lock gate = new();
    private (IReadOnlyList<Building> Source, STRtree<Building> Tree)? buildings;
    private (IReadOnlyList<Zone> Source, STRtree<Zone> Tree)? zones;
    private (IReadOnlyList<Incident> Source, STRtree<Incident> Tree)? incidents;

    public LayerFeatures(PlanSession session) => this.session = session;

    public static bool IsLayer(string id) => MapLayers.All.Any(l => l.Id == id);

    /// <summary>Writes the layer's features in <paramref name="query"/> as one FeatureCollection.</summary>
    public void Write(Utf8JsonWriter w, string layer, MapQuery query)
    {
        var snapshot = session.Current;
        var count = 0;
        var truncated = false;
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteNumber("version", snapshot.Version);
        w.WritePropertyName("features");
        w.WriteStartArray();
        foreach (var (id, geometry, props) in Features(snapshot, layer, query))
        {
            if (count == MaxFeatures)
            {
                truncated = true;
                break;
            }

            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", id);
            GeoJsonFeatureWriter.WriteGeometry(w, geometry);
            w.WritePropertyName("properties");
            w.WriteStartObject();
            props(w);
            w.WriteEndObject();
            w.WriteEndObject();
            count++;
        }

        w.WriteEndArray();
        w.WriteBoolean("truncated", truncated);
        w.WriteEndObject();
    }

    private IEnumerable<(string Id, Geometry Geometry, Action<Utf8JsonWriter> Props)> Features(WorkspaceSnapshot s, string layer, MapQuery q)
    {
        switch (layer)
        {
            case "buildings":
                return BuildingTree(s.Plan.Buildings).Query(q.Extent).Where(b => !q.TooSmall(b.Footprint.EnvelopeInternal))
                    .Select(b => (b.Id, b.Footprint, (Action<Utf8JsonWriter>)(w => WriteHeight(w, b.HeightM))));
            case "zones":
                return ZoneTree(s.Plan.Zones).Query(q.Extent).Where(z => !q.TooSmall(z.Area.EnvelopeInternal))
                    .Select(z => (z.Id, z.Area, (Action<Utf8JsonWriter>)(w =>
                    {
                        w.WriteString("kind", z.Kind.ToContractName());
                        w.WriteString("name", z.Name);
                    })));
            case "incidents":
                return Incidents(s.Plan.Incidents, q);
            case "cameras":
                return s.Plan.Cameras.Where(c => q.Extent.Intersects(c.X, c.Y))
                    .Select(c => (c.Id, (Geometry)new Point(c.X, c.Y), (Action<Utf8JsonWriter>)(w => CameraProperties.Write(w, c, session.IsProposed(c.Id)))));
            case "overlap":
                return Polygons("overlap", s.Coverage.Overlap, q, _ => { });
            case "blind":
                return s.Coverage.Zones.Where(z => z.Kind is ZoneKind.PublicArea or ZoneKind.UtrygArea)
                    .SelectMany(z => Polygons("blind/" + z.ZoneId, z.BlindSpot, q, w => w.WriteString("zone_id", z.ZoneId)));
            case "findings":
                return Findings(s, q);
            default:
                var level = DoriLevels.All.First(l => MapLayers.CoverageId(l) == layer);
                return s.Plan.Cameras.Select(c => s.Views[c.Id]).Where(v => !v[level].IsEmpty && q.Extent.Intersects(v[level].EnvelopeInternal))
                    .Select(v => (v.CameraId + "/" + level.ToContractName(), v[level], (Action<Utf8JsonWriter>)(w => w.WriteString("camera_id", v.CameraId))));
        }
    }

    private static IEnumerable<(string, Geometry, Action<Utf8JsonWriter>)> Findings(WorkspaceSnapshot s, MapQuery q)
    {
        var keys = FindingKey.Of(s.Findings);
        for (var i = 0; i < s.Findings.Count; i++)
        {
            var f = s.Findings[i];
            if (f.Geometry is null || f.Geometry.IsEmpty || !q.Extent.Intersects(f.Geometry.EnvelopeInternal))
            {
                continue;
            }

            var n = 0;
            foreach (var part in GeoJsonFeatureWriter.Parts(f.Geometry))
            {
                var finding = f;
                yield return (keys[i] + "/" + (n++).ToString(CultureInfo.InvariantCulture), part, w =>
                {
                    w.WriteString("rule_id", finding.RuleId);
                    w.WriteString("camera_id", finding.CameraId);
                    w.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                    w.WriteString("role", finding.GeometryRole ?? "");
                });
            }
        }
    }

    private static IEnumerable<(string, Geometry, Action<Utf8JsonWriter>)> Polygons(string id, Geometry g, MapQuery q, Action<Utf8JsonWriter> props)
    {
        for (var i = 0; i < g.NumGeometries; i++)
        {
            var part = g.GetGeometryN(i);
            if (!part.IsEmpty && q.Extent.Intersects(part.EnvelopeInternal) && !q.TooSmall(part.EnvelopeInternal))
            {
                yield return (id + "#" + i.ToString(CultureInfo.InvariantCulture), part, props);
            }
        }
    }

    private IEnumerable<(string, Geometry, Action<Utf8JsonWriter>)> Incidents(IReadOnlyList<Incident> all, MapQuery q)
    {
        var inView = IncidentTree(all).Query(q.Extent).Where(i => q.Extent.Intersects(i.X, i.Y)).ToList();
        if (inView.Count <= MaxIncidentPoints)
        {
            return inView.Select(i => (i.Id, (Geometry)new Point(i.X, i.Y), (Action<Utf8JsonWriter>)(w =>
            {
                w.WriteString("offence", i.Offence);
                w.WriteString("at", i.OccurredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            })));
        }

        // Dense: counts per square cell of 24 screen pixels, aligned to multiples of the cell size, drawn at the mean point.
        var cell = q.Resolution * 24;
        return inView.GroupBy(i => ((long)Math.Floor(i.X / cell), (long)Math.Floor(i.Y / cell)))
            .Select(g => ($"cell/{g.Key.Item1}/{g.Key.Item2}", (Geometry)new Point(g.Average(i => i.X), g.Average(i => i.Y)),
                (Action<Utf8JsonWriter>)(w => w.WriteNumber("count", g.Count()))));
    }

    private static void WriteHeight(Utf8JsonWriter w, double? height)
    {
        if (height is { } h)
        {
            w.WriteNumber("height_m", Math.Round(h, 1));
        }
        else
        {
            w.WriteNull("height_m");
        }
    }

    private STRtree<Building> BuildingTree(IReadOnlyList<Building> list)
    {
        lock (gate)
        {
            if (buildings is not { } b || !ReferenceEquals(b.Source, list))
            {
                buildings = (list, Tree(list, x => x.Footprint.EnvelopeInternal));
            }

            return buildings.Value.Tree;
        }
    }

    private STRtree<Zone> ZoneTree(IReadOnlyList<Zone> list)
    {
        lock (gate)
        {
            if (zones is not { } z || !ReferenceEquals(z.Source, list))
            {
                zones = (list, Tree(list, x => x.Area.EnvelopeInternal));
            }

            return zones.Value.Tree;
        }
    }

    private STRtree<Incident> IncidentTree(IReadOnlyList<Incident> list)
    {
        lock (gate)
        {
            if (incidents is not { } n || !ReferenceEquals(n.Source, list))
            {
                incidents = (list, Tree(list, x => new Envelope(x.X, x.X, x.Y, x.Y)));
            }

            return incidents.Value.Tree;
        }
    }

    private static STRtree<T> Tree<T>(IReadOnlyList<T> items, Func<T, Envelope> envelope)
    {
        var tree = new STRtree<T>();
        foreach (var item in items)
        {
            tree.Insert(envelope(item), item);
        }

        tree.Build();
        return tree;
    }
}
