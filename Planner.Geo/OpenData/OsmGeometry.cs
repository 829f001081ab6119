using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Polygonize;
using Planner.Geo.Crs;

namespace Planner.Geo.OpenData;

/// <summary>
/// Geometries of an <see cref="OsmExtract"/> in a projected working CRS (EPSG <c>epsg</c>, metres): node positions are
/// transformed once; a way is a LineString, a closed way (≥ 4 positions, first = last) also a Polygon; a multipolygon
/// relation is assembled from its member ways (outer minus inner rings, by polygonizing the member lines). A way with a
/// node missing from the extract, or a relation with a member way missing, has no geometry (null): extracts cut at a
/// box lack what lies outside it, and a partial outline would be a wrong one.
/// </summary>
internal sealed class OsmGeometry
{
    private readonly OsmExtract extract;
    private readonly GeometryFactory factory;
    private readonly Dictionary<long, Coordinate> projected = [];
    private readonly Dictionary<long, OsmWay> waysById;

    public OsmGeometry(OsmExtract extract, int epsg)
    {
        this.extract = extract;
        factory = new GeometryFactory(new PrecisionModel(), epsg);
        foreach (var n in extract.Nodes.Values)
        {
            var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, epsg, n.Lon, n.Lat);
            projected[n.Id] = new Coordinate(x, y);
        }

        waysById = [];
        foreach (var w in extract.Ways)
        {
            waysById[w.Id] = w;
        }
    }

    public GeometryFactory Factory => factory;

    public Point? Point(long nodeId) => projected.TryGetValue(nodeId, out var c) ? factory.CreatePoint(c) : null;

    /// <summary>The way as a line, or null when a node is missing or it has fewer than two distinct positions.</summary>
    public LineString? Line(OsmWay way)
    {
        var coords = new List<Coordinate>(way.NodeIds.Count);
        foreach (var id in way.NodeIds)
        {
            if (!projected.TryGetValue(id, out var c))
            {
                return null;
            }

            if (coords.Count == 0 || !coords[^1].Equals2D(c))
            {
                coords.Add(c);
            }
        }

        return coords.Count >= 2 ? factory.CreateLineString([.. coords]) : null;
    }

    public static bool IsClosed(OsmWay way) => way.NodeIds.Count >= 4 && way.NodeIds[0] == way.NodeIds[^1];

    /// <summary>A closed way as a valid polygon (repaired if self-intersecting), or null.</summary>
    public Geometry? Area(OsmWay way)
    {
        if (!IsClosed(way) || Line(way) is not { } line || line.NumPoints < 4 || !line.IsClosed)
        {
            return null;
        }

        return Valid(factory.CreatePolygon(line.Coordinates));
    }

    /// <summary>A multipolygon relation's area (outer minus inner), or null when a member way is missing or nothing closes.</summary>
    public Geometry? Area(OsmRelation relation)
    {
        var outer = new List<Geometry>();
        var inner = new List<Geometry>();
        foreach (var m in relation.Members.Where(m => m.Type == "way"))
        {
            if (!waysById.TryGetValue(m.Ref, out var w) || Line(w) is not { } line)
            {
                return null;
            }

            (m.Role == "inner" ? inner : outer).Add(line);
        }

        var outerArea = Rings(outer);
        if (outerArea is null)
        {
            return null;
        }

        var innerArea = Rings(inner);
        var area = innerArea is null ? outerArea : outerArea.Difference(innerArea);
        return area.IsEmpty ? null : Valid(area);
    }

    /// <summary>Whether the way is among the ways of the extract (by id).</summary>
    public bool TryWay(long id, out OsmWay way) => waysById.TryGetValue(id, out way!);

    public OsmExtract Extract => extract;

    private Geometry? Rings(List<Geometry> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var polygonizer = new Polygonizer(extractOnlyPolygonal: true);
        polygonizer.Add(factory.BuildGeometry(lines).Union());
        var polys = polygonizer.GetPolygons().OfType<Polygon>().ToList();
        if (polys.Count == 0)
        {
            return null;
        }

        // Polygonizing yields the holes between rings too (even-odd): the area is the XOR of the faces' outer rings.
        Geometry area = factory.CreatePolygon();
        foreach (var p in polys.OrderByDescending(p => p.Area))
        {
            area = area.SymmetricDifference(p);
        }

        return area.IsEmpty ? null : area;
    }

    private static Geometry? Valid(Geometry g)
    {
        var fixedGeometry = g.IsValid ? g : GeometryFixer.Fix(g);
        return fixedGeometry is (NetTopologySuite.Geometries.Polygon or NetTopologySuite.Geometries.MultiPolygon) and { IsEmpty: false, Area: > 0 } ? fixedGeometry : null;
    }
}
