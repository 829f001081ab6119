using System.Collections.Immutable;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>
/// Plan-wide coverage partitioned on a square grid of tiles (working CRS, metres; tile (c, r) spans
/// [c·size, (c+1)·size) × [r·size, (r+1)·size)). A tile holds the views whose visible envelope meets it; its areas —
/// union per level and ground seen by two or more cameras — are measured inside the tile by <see cref="CoverageSweep"/>
/// (a slab sweep over the views' edges, no overlay), and its geometry (views clipped to the tile, OverlayNG) is built
/// only when a map, a zone figure or <see cref="ToPlanCoverage"/> asks for it. Tiles are disjoint, so plan areas are
/// sums of tile areas, equal to the areas of <see cref="PlanCoverage.Compute"/> up to rounding (tested to 1e-6
/// relative; about 1e-8 on the sample, the dense case and the synthetic city).
/// <para>Why a grid and not connected clusters of overlapping views: at city density (thousands of cameras with
/// 60–120 m ranges) the views percolate into one cluster, so a cluster bound gives an edit no locality; a tile bounds
/// an edit's work to the tiles its old and new view touch, and a fresh build measures tiles in parallel.</para>
/// Immutable: <see cref="Apply"/> returns a new mosaic sharing the untouched tiles.
/// </summary>
public sealed class CoverageMosaic
{
    /// <summary>
    /// Default tile edge, metres. An edit recombines the tiles its views meet, about (2·range + size)² of ground, so
    /// smaller tiles mean less work per edit but more clipping; 100 m measured best between 60 and 250 on the sample
    /// and the synthetic city (60–120 m ranges).
    /// </summary>
    public const double DefaultTileSizeM = 100;

    private static readonly int LevelCount = DoriLevels.All.Count;
    private readonly ImmutableDictionary<TileKey, CoverageTile> tiles;
    private readonly ImmutableDictionary<string, TileKey[]> tilesOf;
    private readonly GeometryFactory factory;
    // Plan areas as exact integer sums of the tiles' areas in units of 1e-9 m² (each tile rounded once, ≤ 5e-10 m²):
    // integer addition is associative, so an edit adds and subtracts only its tiles and the totals do not depend on the
    // order of edits — a plan reached by any edit sequence has the same figures as a fresh build.
    private const double UnitsPerM2 = 1e9;
    private readonly long[] unionUnits;
    private readonly long overlapUnits;

    private CoverageMosaic(
        double tileSizeM, GeometryFactory factory, ImmutableDictionary<TileKey, CoverageTile> tiles, ImmutableDictionary<string, TileKey[]> tilesOf,
        long[] unionUnits, long overlapUnits)
    {
        TileSizeM = tileSizeM;
        this.factory = factory;
        this.tiles = tiles;
        this.tilesOf = tilesOf;
        this.unionUnits = unionUnits;
        this.overlapUnits = overlapUnits;
    }

    /// <summary>Tile edge in metres of the working CRS.</summary>
    public double TileSizeM { get; }

    /// <summary>Number of cameras whose views the mosaic holds.</summary>
    public int CameraCount => tilesOf.Count;

    /// <summary>Number of tiles holding at least one view (a view counts in every tile its visible envelope meets).</summary>
    public int TileCount => tiles.Count;

    /// <summary>Area of ground seen by at least two cameras (visible level), m².</summary>
    public double OverlapM2 => overlapUnits / UnitsPerM2;

    /// <summary>A mosaic of <paramref name="views"/> (camera ids unique), tiles combined in parallel.</summary>
    public static CoverageMosaic Build(
        IReadOnlyList<CameraView> views,
        double tileSizeM = DefaultTileSizeM,
        int maxDegreeOfParallelism = -1,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(views);
        Guard.Positive(tileSizeM, "tile_size_m");
        var empty = new CoverageMosaic(tileSizeM, new GeometryFactory(), ImmutableDictionary<TileKey, CoverageTile>.Empty, ImmutableDictionary<string, TileKey[]>.Empty.WithComparers(StringComparer.Ordinal), new long[LevelCount], 0);
        return empty.Apply([], views, maxDegreeOfParallelism, progress, cancellationToken);
    }

    /// <summary>
    /// The mosaic with the views of <paramref name="removedIds"/> taken out and <paramref name="upserted"/> put in (a view
    /// whose camera is already present replaces it). Only the tiles the old and new views touch are recombined.
    /// </summary>
    public CoverageMosaic Apply(
        IReadOnlyCollection<string> removedIds,
        IReadOnlyList<CameraView> upserted,
        int maxDegreeOfParallelism = -1,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(removedIds);
        ArgumentNullException.ThrowIfNull(upserted);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        var clipped = new Dictionary<TileKey, Geometry[]>[upserted.Count];
        for (var i = 0; i < upserted.Count; i++)
        {
            clipped[i] = TilesOf(upserted[i]);
        }

        var work = new Dictionary<TileKey, (List<string> Removed, Dictionary<string, Geometry[]> Added)>();
        (List<string> Removed, Dictionary<string, Geometry[]> Added) At(TileKey key)
        {
            if (!work.TryGetValue(key, out var w))
            {
                w = ([], new Dictionary<string, Geometry[]>(StringComparer.Ordinal));
                work[key] = w;
            }

            return w;
        }

        var index = tilesOf.ToBuilder();
        foreach (var id in removedIds.Concat(upserted.Select(v => v.CameraId)))
        {
            if (index.TryGetValue(id, out var keys))
            {
                foreach (var key in keys)
                {
                    At(key).Removed.Add(id);
                }

                index.Remove(id);
            }
        }

        for (var i = 0; i < upserted.Count; i++)
        {
            foreach (var (key, pieces) in clipped[i])
            {
                At(key).Added[upserted[i].CameraId] = pieces;
            }

            index[upserted[i].CameraId] = [.. clipped[i].Keys];
        }

        var jobs = work.ToArray();
        var combined = new CoverageTile[jobs.Length];
        var done = 0;

        // Few tiles (an edit): parallel inside each tile; many (a build): one tile per worker.
        var inside = maxDegreeOfParallelism != 1 && jobs.Length < 4;
        void Run(int i)
        {
            var (key, (removed, added)) = jobs[i];
            combined[i] = CoverageTile.Combine(key, BoxOf(key), tiles.GetValueOrDefault(key), removed, added, factory, inside, cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        }

        if (jobs.Length > 1 && maxDegreeOfParallelism != 1)
        {
            Parallel.For(0, jobs.Length, parallel, Run);
        }
        else
        {
            for (var i = 0; i < jobs.Length; i++)
            {
                Run(i);
            }
        }

        var builder = tiles.ToBuilder();
        var union = (long[])unionUnits.Clone();
        var overlap = overlapUnits;
        foreach (var tile in combined)
        {
            if (tiles.TryGetValue(tile.Key, out var old))
            {
                Add(union, ref overlap, old, -1);
            }

            Add(union, ref overlap, tile, 1);
            if (tile.IsEmpty)
            {
                builder.Remove(tile.Key);
            }
            else
            {
                builder[tile.Key] = tile;
            }
        }

        return new CoverageMosaic(TileSizeM, factory, builder.ToImmutable(), index.ToImmutable(), union, overlap);
    }

    /// <summary>
    /// The union area at <paramref name="level"/> and the overlap area summed from the tiles' overlay geometry instead of
    /// the sweep: the independent reference of tests and benchmarks (builds every tile's geometry).
    /// </summary>
    internal (double UnionM2, double OverlapM2) OverlayAreas(DoriLevel level) =>
        (OrderedTiles().Sum(t => t.Union[(int)level].Area), OrderedTiles().Sum(t => t.Overlap.Area));

    /// <summary>Area of the union of all views at <paramref name="level"/>, m².</summary>
    public double AreaM2(DoriLevel level) => unionUnits[(int)level] / UnitsPerM2;

    /// <summary>The union of all views at <paramref name="level"/> as one geometry (tiles merged across their seams).</summary>
    public Geometry Union(DoriLevel level) => CoverageTile.UnionOf([.. OrderedTiles().Select(t => t.Union[(int)level]).Where(g => !g.IsEmpty)], factory);

    /// <summary>Ground seen by two or more cameras as one geometry.</summary>
    public Geometry Overlap() => CoverageTile.UnionOf([.. OrderedTiles().Select(t => t.Overlap).Where(g => !g.IsEmpty)], factory);

    /// <summary>Coverage of one zone, from the tiles its envelope meets.</summary>
    public ZoneCoverage CoverageOf(Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var area = zone.Area;
        var near = TilesNear(area.EnvelopeInternal).ToList();
        var covered = new Dictionary<DoriLevel, double>();
        foreach (var level in DoriLevels.All)
        {
            covered[level] = near.Sum(t => IntersectionArea(area, t.Union[(int)level]));
        }

        var overlap = near.Sum(t => IntersectionArea(area, t.Overlap));
        var seen = CoverageTile.UnionOf([.. near.Select(t => t.Union[0]).Where(g => !g.IsEmpty)], factory);
        var blind = seen.IsEmpty ? area.Copy() : OverlayNGRobust.Overlay(area, seen, SpatialFunction.Difference);
        return new ZoneCoverage(zone.Id, zone.Kind, area.Area, covered, blind, overlap);
    }

    /// <summary>The equivalent <see cref="PlanCoverage"/> (merged unions and overlap, per-zone figures).</summary>
    public PlanCoverage ToPlanCoverage(IReadOnlyList<Zone> zones)
    {
        ArgumentNullException.ThrowIfNull(zones);
        var union = DoriLevels.All.ToDictionary(l => l, Union);
        return new PlanCoverage(union, Overlap(), [.. zones.Select(CoverageOf)]);
    }

    private static void Add(long[] union, ref long overlap, CoverageTile tile, int sign)
    {
        for (var level = 0; level < LevelCount; level++)
        {
            union[level] += sign * (long)Math.Round(tile.UnionArea[level] * UnitsPerM2);
        }

        overlap += sign * (long)Math.Round(tile.OverlapArea * UnitsPerM2);
    }

    internal static Geometry Polygonal(Geometry g, GeometryFactory factory)
    {
        if (g is Polygon or MultiPolygon)
        {
            return g;
        }

        var polygons = new List<Polygon>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            switch (g.GetGeometryN(i))
            {
                case Polygon { IsEmpty: false } p:
                    polygons.Add(p);
                    break;
                case MultiPolygon mp:
                    polygons.AddRange(Enumerable.Range(0, mp.NumGeometries).Select(k => (Polygon)mp.GetGeometryN(k)));
                    break;
            }
        }

        return polygons.Count switch
        {
            0 => factory.CreatePolygon(),
            1 => polygons[0],
            _ => factory.CreateMultiPolygon([.. polygons]),
        };
    }

    private static double IntersectionArea(Geometry zone, Geometry part) =>
        part.IsEmpty || !zone.EnvelopeInternal.Intersects(part.EnvelopeInternal)
            ? 0
            : OverlayNGRobust.Overlay(zone, part, SpatialFunction.Intersection).Area;

    private IEnumerable<CoverageTile> OrderedTiles() => tiles.Values.OrderBy(t => t.Key.Row).ThenBy(t => t.Key.Col);

    private IEnumerable<CoverageTile> TilesNear(Envelope envelope)
    {
        var (c0, r0, c1, r1) = Range(envelope);
        if ((c1 - c0 + 1) * (r1 - r0 + 1) > tiles.Count)
        {
            return OrderedTiles().Where(t => t.Key.Col >= c0 && t.Key.Col <= c1 && t.Key.Row >= r0 && t.Key.Row <= r1);
        }

        var near = new List<CoverageTile>();
        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++)
            {
                if (tiles.TryGetValue(new TileKey(c, r), out var tile))
                {
                    near.Add(tile);
                }
            }
        }

        return near;
    }

    private (long C0, long R0, long C1, long R1) Range(Envelope e) =>
        ((long)Math.Floor(e.MinX / TileSizeM), (long)Math.Floor(e.MinY / TileSizeM), (long)Math.Floor(e.MaxX / TileSizeM), (long)Math.Floor(e.MaxY / TileSizeM));

    private Envelope BoxOf(TileKey key) => new(key.Col * TileSizeM, (key.Col + 1) * TileSizeM, key.Row * TileSizeM, (key.Row + 1) * TileSizeM);

    /// <summary>The view's levels (whole) under each tile its visible envelope meets.</summary>
    private Dictionary<TileKey, Geometry[]> TilesOf(CameraView view)
    {
        var result = new Dictionary<TileKey, Geometry[]>();
        var visible = view.Visible;
        if (visible.IsEmpty)
        {
            return result;
        }

        Geometry[] levels = [.. DoriLevels.All.Select(l => view[l])];
        var (c0, r0, c1, r1) = Range(visible.EnvelopeInternal);
        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++)
            {
                result[new TileKey(c, r)] = levels;
            }
        }

        return result;
    }
}
