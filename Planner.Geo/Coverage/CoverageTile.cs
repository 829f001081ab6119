using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Planner.Geo.Coverage;

/// <summary>The integer address of a square tile of a <see cref="CoverageMosaic"/>: column and row of floor(coord / size).</summary>
public readonly record struct TileKey(long Col, long Row);

/// <summary>
/// One square tile of a <see cref="CoverageMosaic"/>: the views of the cameras whose visible envelope meets the tile
/// (whole, per level index in <see cref="DoriLevels.All"/> order), the areas inside the tile of their union per level
/// and of the ground seen by two or more cameras — measured by <see cref="CoverageSweep"/> when the tile is combined —
/// and the same as geometry (views clipped to the tile, unioned per level, overlap by <see cref="UnionAndOverlap"/>),
/// built on first use: figures need only the areas, maps and zone figures the geometry. An edit recombines the whole
/// tile, which tiles keep small. Immutable (the geometry is computed once, thread-safe); working CRS, metres.
/// </summary>
internal sealed class CoverageTile
{
    private static readonly int LevelCount = DoriLevels.All.Count;
    private readonly Lazy<(Geometry[] Union, Geometry Overlap)> geometry;

    private CoverageTile(TileKey key, Envelope box, ImmutableSortedDictionary<string, Geometry[]> pieces, double[] unionArea, double overlapArea, GeometryFactory factory)
    {
        Key = key;
        Box = box;
        Pieces = pieces;
        UnionArea = unionArea;
        OverlapArea = overlapArea;
        geometry = new(() => Combine(box, pieces, factory), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public TileKey Key { get; }

    /// <summary>The tile's square, working CRS.</summary>
    public Envelope Box { get; }

    /// <summary>Views (not clipped) by camera id (ordinal order), one geometry per level index.</summary>
    public ImmutableSortedDictionary<string, Geometry[]> Pieces { get; }

    /// <summary>Per level index, the union of the views clipped to the tile (built on first use).</summary>
    public Geometry[] Union => geometry.Value.Union;

    /// <summary>Ground in the tile seen by two or more cameras (built on first use).</summary>
    public Geometry Overlap => geometry.Value.Overlap;

    /// <summary>Per level index, the area of the union of the views inside the tile, m².</summary>
    public double[] UnionArea { get; }

    /// <summary>Area inside the tile seen by two or more cameras (visible level), m².</summary>
    public double OverlapArea { get; }

    public bool IsEmpty => Pieces.IsEmpty;

    /// <summary>
    /// The tile with the views of <paramref name="removed"/> taken out and <paramref name="added"/> put in (same id =
    /// replaced), its areas measured; with <paramref name="parallel"/> the levels are measured side by side.
    /// </summary>
    public static CoverageTile Combine(
        TileKey key,
        Envelope box,
        CoverageTile? previous,
        IReadOnlyCollection<string> removed,
        IReadOnlyDictionary<string, Geometry[]> added,
        GeometryFactory factory,
        bool parallel,
        CancellationToken cancellationToken)
    {
        var pieces = (previous?.Pieces ?? ImmutableSortedDictionary.Create<string, Geometry[]>(StringComparer.Ordinal))
            .RemoveRange(removed.Concat(added.Keys))
            .AddRange(added);
        var union = new double[LevelCount];
        double overlap = 0;
        void Level(int k)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var areas = CoverageSweep.Measure(pieces.Values.Select(p => p[k]), box);
            union[k] = areas.AtLeastOnce;
            if (k == 0)
            {
                overlap = areas.AtLeastTwice;
            }
        }

        if (parallel && pieces.Count > 1)
        {
            Parallel.For(0, LevelCount, new ParallelOptions { CancellationToken = cancellationToken }, Level);
        }
        else
        {
            for (var k = 0; k < LevelCount; k++)
            {
                Level(k);
            }
        }

        return new CoverageTile(key, box, pieces, union, overlap, factory);
    }

    /// <summary>The views clipped to the tile, unioned per level, and their overlap.</summary>
    private static (Geometry[] Union, Geometry Overlap) Combine(Envelope box, ImmutableSortedDictionary<string, Geometry[]> pieces, GeometryFactory factory)
    {
        var rect = factory.ToGeometry(box);
        var clipped = pieces.Values.Select(p => p.Select(g => Clip(g, box, rect, factory)).ToArray()).ToList();
        var union = new Geometry[LevelCount];
        Geometry overlap = factory.CreatePolygon();
        for (var k = 0; k < LevelCount; k++)
        {
            var parts = clipped.Select(p => p[k]).Where(g => !g.IsEmpty).ToList();
            if (k == 0)
            {
                (union[0], overlap) = UnionAndOverlap(parts, 0, parts.Count, factory, CancellationToken.None);
            }
            else
            {
                union[k] = UnionOf(parts, factory);
            }
        }

        return (union, overlap);
    }

    private static Geometry Clip(Geometry g, Envelope box, Geometry rect, GeometryFactory factory) =>
        g.IsEmpty || !g.EnvelopeInternal.Intersects(box) ? factory.CreatePolygon()
        : box.Contains(g.EnvelopeInternal) ? g
        : CoverageMosaic.Polygonal(OverlayNGRobust.Overlay(g, rect, SpatialFunction.Intersection), factory);

    /// <summary>
    /// Union and overlap (ground in two or more parts) of parts[lo, hi): halves combine as U = Ua ∪ Ub and
    /// O = Oa ∪ Ob ∪ (Ua ∩ Ub) — exact, and like a cascaded union it overlays O(n) geometries of growing size instead of
    /// intersecting all pairs.
    /// </summary>
    internal static (Geometry Union, Geometry Overlap) UnionAndOverlap(List<Geometry> parts, int lo, int hi, GeometryFactory factory, CancellationToken cancellationToken)
    {
        if (hi - lo == 0)
        {
            return (factory.CreatePolygon(), factory.CreatePolygon());
        }

        if (hi - lo == 1)
        {
            return (parts[lo], factory.CreatePolygon());
        }

        cancellationToken.ThrowIfCancellationRequested();
        var mid = (lo + hi) / 2;
        var (ua, oa) = UnionAndOverlap(parts, lo, mid, factory, cancellationToken);
        var (ub, ob) = UnionAndOverlap(parts, mid, hi, factory, cancellationToken);
        var both = ua.EnvelopeInternal.Intersects(ub.EnvelopeInternal)
            ? CoverageMosaic.Polygonal(Overlay(ua, ub, SpatialFunction.Intersection), factory)
            : factory.CreatePolygon();
        var u = Overlay(ua, ub, SpatialFunction.Union);
        var overlapParts = new List<Geometry>(3);
        foreach (var g in new[] { oa, ob, both })
        {
            if (!g.IsEmpty && g.Area > 0)
            {
                overlapParts.Add(g);
            }
        }

        return (CoverageMosaic.Polygonal(u, factory), UnionOf(overlapParts, factory));
    }

    internal static Geometry UnionOf(List<Geometry> parts, GeometryFactory factory) => parts.Count switch
    {
        0 => factory.CreatePolygon(),
        1 => parts[0],
        _ => OverlayNGRobust.Union(factory.BuildGeometry(parts)),
    };

    private static Geometry Overlay(Geometry a, Geometry b, SpatialFunction op) => OverlayNGRobust.Overlay(a, b, op);
}
