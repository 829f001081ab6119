using System.Collections.Concurrent;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules;

/// <summary>
/// Zone geometry derived once per zones layer and shared by every <see cref="RuleContext"/> over that layer (the
/// whole-plan context and the one-camera contexts of an incremental evaluation): unions by kind and ownership,
/// unions of exception envelopes, prepared zone unions for point tests, and each view's public part (keyed by the
/// view object, which is immutable). Buffers and differences of these shared geometries are memoised by
/// <see cref="GeoOps"/>. Thread-safe; working CRS, metres.
/// </summary>
internal sealed class ZoneLayerCache
{
    private readonly ConcurrentDictionary<(string Kinds, string? OperatorId, bool Own), Geometry> unions = new();
    private readonly ConcurrentDictionary<(ZoneKind, string?), Geometry> others = new();
    private readonly ConcurrentDictionary<GeometryList, Geometry> envelopeUnions = new();
    private readonly ConcurrentDictionary<Geometry, IPreparedGeometry> prepared = new(ReferenceEqualityComparer.Instance);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CameraView, Geometry> publicParts = [];

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Building>, FacadeData> facades = [];

    private readonly Lazy<Geometry> landUse;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Building>, NetTopologySuite.Index.Strtree.STRtree<int>> buildingTrees = [];

    public ZoneLayerCache(IReadOnlyList<Zone> zones)
    {
        Zones = zones;
        landUse = new(() => GeoOps.Union(zones.Where(z => z.Kind is not (ZoneKind.ResidentialArea or ZoneKind.UtrygArea)).Select(z => z.Area)));
    }

    /// <summary>
    /// Union of the zones that say what the ground is: every kind but residential_area and utryg_area, which are
    /// designations laid over other ground. Built once per zones layer (not once per one-camera context).
    /// </summary>
    public Geometry LandUse => landUse.Value;

    /// <summary>The coverage index of <paramref name="buildings"/> and the dwelling outlines as facade parts, built once per buildings layer.</summary>
    public (CoverageIndex Index, IReadOnlyList<(Zone Zone, IReadOnlyList<FacadePart> Parts)> Outlines) Facades(IReadOnlyList<Building> buildings)
    {
        var data = facades.GetValue(buildings, b => new FacadeData(
            CoverageIndex.Build(b), DwellingFacades.Outlines([.. Zones.Where(z => z.Kind == ZoneKind.Dwelling)], b)));
        return (data.Index, data.Outlines);
    }

    public IReadOnlyList<Zone> Zones { get; }

    /// <summary>
    /// Indices into <paramref name="buildings"/> of the buildings whose envelope lies within <paramref name="distance"/>
    /// of <paramref name="point"/>, in list order; the STR-tree is built once per buildings layer.
    /// </summary>
    public IEnumerable<int> BuildingsNear(IReadOnlyList<Building> buildings, Coordinate point, double distance)
    {
        var tree = buildingTrees.GetValue(buildings, b =>
        {
            var t = new NetTopologySuite.Index.Strtree.STRtree<int>();
            for (var i = 0; i < b.Count; i++)
            {
                t.Insert(b[i].Footprint.EnvelopeInternal, i);
            }

            t.Build();
            return t;
        });
        var search = new Envelope(point);
        search.ExpandBy(distance);
        var hits = tree.Query(search);
        return hits.Order();
    }

    /// <summary>Union of the zones of the kinds; with <paramref name="own"/>, only those of the operator (or of no one).</summary>
    public Geometry ZonesOf(IReadOnlyList<ZoneKind> kinds, string? operatorId, bool own)
    {
        var key = (string.Join(",", kinds.Select(k => (int)k)), own ? operatorId : null, own);
        return unions.GetOrAdd(key, _ => GeoOps.Shared(GeoOps.Union(kinds.Select(k => Single(k, operatorId, own)))));
    }

    /// <summary>Union of the zones of the kind not belonging to the operator (zones without operator_id included).</summary>
    public Geometry OthersZonesOf(ZoneKind kind, string? operatorId) =>
        others.GetOrAdd((kind, operatorId), _ => GeoOps.Shared(GeoOps.Union(
            Zones.Where(z => z.Kind == kind && (z.OperatorId is null || z.OperatorId != operatorId)).Select(z => z.Area))));

    /// <summary>The union of envelopes (shared geometries), the same object for the same list of envelopes.</summary>
    public Geometry EnvelopeUnion(IReadOnlyList<Geometry> envelopes) =>
        envelopes.Count == 1 ? envelopes[0]
        : envelopes.All(GeoOps.IsShared) ? envelopeUnions.GetOrAdd(new GeometryList(envelopes), l => GeoOps.Shared(GeoOps.Union(l.Items)))
        : GeoOps.Union(envelopes);

    /// <summary>The view's visible ground on <paramref name="publicArea"/>, computed once per view object.</summary>
    public Geometry PublicPart(CameraView view, Geometry publicArea) =>
        publicParts.GetValue(view, v => GeoOps.Intersection(v.Visible, publicArea));

    /// <summary>Whether <paramref name="area"/> (a shared union) covers the point; prepared once per geometry.</summary>
    public bool Covers(Geometry area, Coordinate point) =>
        !area.IsEmpty && prepared.GetOrAdd(area, g => PreparedGeometryFactory.Prepare(g)).Covers(GeoOps.Factory.CreatePoint(point));

    private Geometry Single(ZoneKind kind, string? operatorId, bool own) =>
        unions.GetOrAdd(("single:" + ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture), own ? operatorId : null, own), _ => GeoOps.Shared(GeoOps.Union(
            Zones.Where(z => z.Kind == kind && (!own || z.OperatorId is null || z.OperatorId == operatorId)).Select(z => z.Area))));

    private sealed record FacadeData(CoverageIndex Index, IReadOnlyList<(Zone Zone, IReadOnlyList<FacadePart> Parts)> Outlines);

    /// <summary>A list of geometries compared by reference, element by element.</summary>
    private sealed class GeometryList(IReadOnlyList<Geometry> items) : IEquatable<GeometryList>
    {
        public IReadOnlyList<Geometry> Items { get; } = [.. items];

        public bool Equals(GeometryList? other) =>
            other is not null && other.Items.Count == Items.Count && Items.Zip(other.Items).All(p => ReferenceEquals(p.First, p.Second));

        public override bool Equals(object? obj) => Equals(obj as GeometryList);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var g in Items)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(g));
            }

            return hash.ToHashCode();
        }
    }
}
