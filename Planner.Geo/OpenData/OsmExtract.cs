namespace Planner.Geo.OpenData;

/// <summary>An OSM node: position in WGS 84 lon/lat degrees (EPSG:4326, x = lon) and its tags.</summary>
public sealed record OsmNode(long Id, double Lon, double Lat, IReadOnlyDictionary<string, string> Tags);

/// <summary>An OSM way: its node ids in order (a closed way repeats the first id last) and its tags.</summary>
public sealed record OsmWay(long Id, IReadOnlyList<long> NodeIds, IReadOnlyDictionary<string, string> Tags);

/// <summary>A relation member: <c>node</c>, <c>way</c> or <c>relation</c>, its id, its role (e.g. outer, inner).</summary>
public readonly record struct OsmMember(string Type, long Ref, string Role);

/// <summary>An OSM relation: members and tags.</summary>
public sealed record OsmRelation(long Id, IReadOnlyList<OsmMember> Members, IReadOnlyDictionary<string, string> Tags);

/// <summary>
/// An OpenStreetMap extract in memory, as read from <see cref="File"/>: nodes by id, ways and relations in file order.
/// Extracts cut from a bounding box normally lack members outside the box; users of an extract skip what is incomplete.
/// </summary>
public sealed record OsmExtract(string File, IReadOnlyDictionary<long, OsmNode> Nodes, IReadOnlyList<OsmWay> Ways, IReadOnlyList<OsmRelation> Relations)
{
    public static IReadOnlyDictionary<string, string> NoTags { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
