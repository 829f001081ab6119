using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Planner.Geo.Coverage;

/// <summary>The integer address of a square tile of a <see cref="CoverageMosaic"/>: column and row of floor(coord / size).</summary>
public readonly record struct TileKey(long Col, long Row);

/// <summary>
/// One square tile of a <see cref="CoverageMosaic"/>: the cameras' views that reach the tile, per level index
/// (<see cref="DoriLevels.All"/> order), the areas inside the tile of their union per level and of the ground seen by
/// two or more cameras (<see cref="CoverageAreas"/>, computed with the tile), and the same as geometries clipped to the
/// tile (<see cref="UnionAndOverlap"/>, built on first use: the figures need only the areas). An edit recombines the
/// whole tile, which tiles keep small. Immutable; working CRS, metres.
/// </summary>
internal sealed class CoverageTile
{
    private static readonly int LevelCount = DoriLevels.All.Count;
    private static readonly int[] UnionOnly = [1];
    private static readonly int[] UnionAndTwo = [1, 2];
    private readonly Lazy<(Geometry[] Union, Geometry Overlap)> geometry;

    private CoverageTile(
        TileKey key,
        Envelope box,
        ImmutableSortedDictionary<string, Geometry[]> pieces,
        double[] unionArea,
        double overlapArea,
        GeometryFactory factory,
        Lazy<(Geometry[] Union, Geometry Overlap)>? geometry = null)
    {
        Key = key;
        Pieces = pieces;
        UnionArea = unionArea;
        OverlapArea = overlapArea;
        this.geometry = geometry ?? new(() => Geometries(box, pieces, factory));
    }

    public TileKey Key { get; }

    /// <summary>Views reaching the tile by camera id (ordinal order), one geometry per level index, not clipped.</summary>
    public ImmutableSortedDictionary<string, Geometry[]> Pieces { get; }

    /// <summary>Union per level index, clipped to the tile.</summary>
    public Geometry[] Union => geometry.Value.Union;

    /// <summary>Ground in the tile seen by two or more cameras.</summary>
    public Geometry Overlap => geometry.Value.Overlap;

    /// <summary>Area of <see cref="Union"/> per level index, m².</summary>
    public double[] UnionArea { get; }

    /// <summary>Area of <see cref="Overlap"/>, m².</summary>
    public double OverlapArea { get; }

    public bool IsEmpty => Pieces.IsEmpty;

    /// <summary>
    /// The tile with the pieces of <paramref name="removed"/> taken out and <paramref name="added"/> put in (same id = replaced);
    /// with <paramref name="parallel"/> the levels are combined side by side.
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
        var overlap = 0.0;
        var closed = true;

        // Job 0: the visible union and the overlap together; jobs 1…: the other levels' unions.
        void Job(int k)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parts = pieces.Values.Select(p => p[k]).Where(g => !g.IsEmpty).ToList();
            var areas = CoverageAreas.AtLeast(box, parts, k == 0 ? UnionAndTwo : UnionOnly);
            if (areas is null)
            {
                closed = false;
                return;
            }

            union[k] = areas[0];
            if (k == 0)
            {
                overlap = areas[1];
            }
        }

        if (parallel && pieces.Count > 1)
        {
            Parallel.For(0, LevelCount, new ParallelOptions { CancellationToken = cancellationToken }, Job);
        }
        else
        {
            for (var k = 0; k < LevelCount; k++)
            {
                Job(k);
            }
        }

        var tile = new CoverageTile(key, box, pieces, union, overlap, factory);
        if (closed)
        {
            return tile;
        }

        // Rare (edges within 10⁻⁷ m of each other that the noding did not join): the areas of the overlay geometry.
        cancellationToken.ThrowIfCancellationRequested();
        return new CoverageTile(key, box, pieces, [.. tile.Union.Select(g => g.Area)], tile.Overlap.Area, factory, tile.geometry);
    }

    /// <summary>The views clipped to the tile, their union per level and their overlap (OverlayNG).</summary>
    private static (Geometry[] Union, Geometry Overlap) Geometries(Envelope box, ImmutableSortedDictionary<string, Geometry[]> pieces, GeometryFactory factory)
    {
        var rect = factory.ToGeometry(box);
        var union = new Geometry[LevelCount];
        Geometry overlap = factory.CreatePolygon();
        for (var k = 0; k < LevelCount; k++)
        {
            var parts = new List<Geometry>();
            foreach (var view in pieces.Values)
            {
                var g = view[k];
                if (g.IsEmpty || !g.EnvelopeInternal.Intersects(box))
                {
                    continue;
                }

                var clipped = box.Contains(g.EnvelopeInternal) ? g : CoverageMosaic.Polygonal(OverlayNGRobust.Overlay(g, rect, SpatialFunction.Intersection), factory);
                if (!clipped.IsEmpty)
                {
                    parts.Add(clipped);
                }
            }

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
