using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Planner.Geo.Coverage;

/// <summary>The integer address of a square tile of a <see cref="CoverageMosaic"/>: column and row of floor(coord / size).</summary>
public readonly record struct TileKey(long Col, long Row);

/// <summary>
/// One square tile of a <see cref="CoverageMosaic"/>: the cameras' views clipped to the tile, per level index
/// (<see cref="DoriLevels.All"/> order), their union per level and the ground seen by two or more cameras (see
/// <see cref="UnionAndOverlap"/>). An edit recombines the whole tile, which tiles keep small. Immutable; working CRS, metres.
/// </summary>
internal sealed class CoverageTile
{
    private static readonly int LevelCount = DoriLevels.All.Count;

    private CoverageTile(
        TileKey key,
        ImmutableSortedDictionary<string, Geometry[]> pieces,
        Geometry[] union,
        Geometry overlap)
    {
        Key = key;
        Pieces = pieces;
        Union = union;
        Overlap = overlap;
        UnionArea = [.. union.Select(g => g.Area)];
        OverlapArea = overlap.Area;
    }

    public TileKey Key { get; }

    /// <summary>Clipped view pieces by camera id (ordinal order), one geometry per level index.</summary>
    public ImmutableSortedDictionary<string, Geometry[]> Pieces { get; }

    public Geometry[] Union { get; }

    public Geometry Overlap { get; }

    public double[] UnionArea { get; }

    public double OverlapArea { get; }

    public bool IsEmpty => Pieces.IsEmpty;

    /// <summary>
    /// The tile with the pieces of <paramref name="removed"/> taken out and <paramref name="added"/> put in (same id = replaced);
    /// with <paramref name="parallel"/> the levels are combined side by side.
    /// </summary>
    public static CoverageTile Combine(
        TileKey key,
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
        var union = new Geometry[LevelCount];
        Geometry overlap = factory.CreatePolygon();

        // Job 0: the visible union and the overlap together (divide and conquer); jobs 1…: the other levels' unions.
        void Job(int k)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parts = pieces.Values.Select(p => p[k]).Where(g => !g.IsEmpty).ToList();
            if (k == 0)
            {
                (union[0], overlap) = UnionAndOverlap(parts, 0, parts.Count, factory, cancellationToken);
            }
            else
            {
                union[k] = UnionOf(parts, factory);
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

        return new CoverageTile(key, pieces, union, overlap);
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
