using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Planner.Geo.Coverage;

/// <summary>The integer address of a square tile of a <see cref="CoverageMosaic"/>: column and row of floor(coord / size).</summary>
public readonly record struct TileKey(long Col, long Row);

/// <summary>
/// One square tile of a <see cref="CoverageMosaic"/>: the cameras' views clipped to the tile, per level index
/// (<see cref="DoriLevels.All"/> order), their union per level, the clipped pairwise intersections of visible ground
/// (cached per camera pair so an edit recomputes only the edited camera's pairs) and their union (ground seen by two
/// or more cameras). Immutable; working CRS, metres.
/// </summary>
internal sealed class CoverageTile
{
    private static readonly int LevelCount = DoriLevels.All.Count;

    private CoverageTile(
        TileKey key,
        ImmutableSortedDictionary<string, Geometry[]> pieces,
        ImmutableDictionary<(string, string), Geometry> pairs,
        Geometry[] union,
        Geometry overlap)
    {
        Key = key;
        Pieces = pieces;
        Pairs = pairs;
        Union = union;
        Overlap = overlap;
        UnionArea = [.. union.Select(g => g.Area)];
        OverlapArea = overlap.Area;
    }

    public TileKey Key { get; }

    /// <summary>Clipped view pieces by camera id (ordinal order), one geometry per level index.</summary>
    public ImmutableSortedDictionary<string, Geometry[]> Pieces { get; }

    /// <summary>Clipped visible-ground intersections of camera pairs (ordinal id order within the pair) with positive area.</summary>
    public ImmutableDictionary<(string, string), Geometry> Pairs { get; }

    public Geometry[] Union { get; }

    public Geometry Overlap { get; }

    public double[] UnionArea { get; }

    public double OverlapArea { get; }

    public bool IsEmpty => Pieces.IsEmpty;

    /// <summary>
    /// The tile with the pieces of <paramref name="removed"/> taken out and <paramref name="added"/> put in (same id = replaced);
    /// with <paramref name="parallel"/> the level unions and the overlap are combined side by side.
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
        var pieces = previous?.Pieces ?? ImmutableSortedDictionary.Create<string, Geometry[]>(StringComparer.Ordinal);
        var pairs = previous?.Pairs ?? ImmutableDictionary<(string, string), Geometry>.Empty;
        var touched = new HashSet<string>(removed, StringComparer.Ordinal);
        touched.UnionWith(added.Keys);
        if (touched.Count > 0 && !pairs.IsEmpty)
        {
            pairs = pairs.RemoveRange(pairs.Keys.Where(k => touched.Contains(k.Item1) || touched.Contains(k.Item2)));
        }

        pieces = pieces.RemoveRange(touched);
        var pairBuilder = pairs.ToBuilder();
        foreach (var (id, geometries) in added.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var visible = geometries[0];
            if (!visible.IsEmpty)
            {
                foreach (var (otherId, other) in pieces)
                {
                    var otherVisible = other[0];
                    if (otherVisible.IsEmpty || !visible.EnvelopeInternal.Intersects(otherVisible.EnvelopeInternal))
                    {
                        continue;
                    }

                    var both = CoverageMosaic.Polygonal(OverlayNGRobust.Overlay(visible, otherVisible, SpatialFunction.Intersection), factory);
                    if (both.Area > 0)
                    {
                        pairBuilder[string.CompareOrdinal(id, otherId) < 0 ? (id, otherId) : (otherId, id)] = both;
                    }
                }
            }

            pieces = pieces.Add(id, geometries);
        }

        pairs = pairBuilder.ToImmutable();
        var union = new Geometry[LevelCount];
        var orderedPairs = pairs.OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).Select(kv => kv.Value).ToList();
        Geometry overlap = factory.CreatePolygon();

        // Job k < LevelCount: the union of level k; job LevelCount: the overlap. Independent, so run side by side.
        void Job(int k)
        {
            if (k < LevelCount)
            {
                union[k] = UnionOf([.. pieces.Values.Select(p => p[k]).Where(g => !g.IsEmpty)], factory);
            }
            else
            {
                overlap = UnionOf(orderedPairs, factory);
            }
        }

        if (parallel && pieces.Count > 1)
        {
            Parallel.For(0, LevelCount + 1, new ParallelOptions { CancellationToken = cancellationToken }, Job);
        }
        else
        {
            for (var k = 0; k <= LevelCount; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Job(k);
            }
        }

        return new CoverageTile(key, pieces, pairs, union, overlap);
    }

    internal static Geometry UnionOf(List<Geometry> parts, GeometryFactory factory) => parts.Count switch
    {
        0 => factory.CreatePolygon(),
        1 => parts[0],
        _ => OverlayNGRobust.Union(factory.BuildGeometry(parts)),
    };
}
