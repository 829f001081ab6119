using System.Globalization;
using System.Text.Json;
using OsmSharp;
using OsmSharp.Streams;
using Planner.Geo.Formats;

namespace Planner.Geo.OpenData;

/// <summary>
/// Reads an OpenStreetMap extract: OSM XML (<c>.osm</c>, <c>.xml</c>, API 0.6 <c>/map</c> downloads) and PBF
/// (<c>.osm.pbf</c>, <c>.pbf</c>) through OsmSharp, and Overpass API JSON (<c>.json</c>; ways need <c>out body</c> with
/// their nodes, or <c>out geom</c>, whose inline positions are used). Coordinates stay WGS 84 lon/lat.
/// Bad input is one <see cref="InputException"/> line naming the file and element.
/// </summary>
public static class OsmExtractReader
{
    public static OsmExtract Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!System.IO.File.Exists(path))
        {
            throw new InputException(path, null, null, "the file does not exist");
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new InputException(path, null, null, "expected an OSM extract (.osm XML, .osm.pbf or Overpass JSON); the file is empty");
        }

        var lower = path.ToLowerInvariant();
        if (lower.EndsWith(".json", StringComparison.Ordinal) || lower.EndsWith(".geojson", StringComparison.Ordinal))
        {
            return ReadOverpass(path);
        }

        var pbf = lower.EndsWith(".pbf", StringComparison.Ordinal);
        if (!pbf && !lower.EndsWith(".osm", StringComparison.Ordinal) && !lower.EndsWith(".xml", StringComparison.Ordinal))
        {
            throw new InputException(path, null, null, "expected an OSM extract named .osm (XML), .osm.pbf or .json (Overpass)");
        }

        return ReadOsmSharp(path, pbf);
    }

    private static OsmExtract ReadOsmSharp(string path, bool pbf)
    {
        var nodes = new Dictionary<long, OsmNode>();
        var ways = new List<OsmWay>();
        var relations = new List<OsmRelation>();
        using var stream = System.IO.File.OpenRead(path);
        var n = 0;
        try
        {
            using OsmStreamSource source = pbf ? new PBFOsmStreamSource(stream) : new XmlOsmStreamSource(stream);
            foreach (var element in source)
            {
                n++;
                switch (element)
                {
                    case Node { Id: { } id, Latitude: { } lat, Longitude: { } lon } node:
                        nodes[id] = new OsmNode(id, lon, lat, Tags(node));
                        break;
                    case Way { Id: { } id, Nodes: { } refs } way:
                        ways.Add(new OsmWay(id, refs, Tags(way)));
                        break;
                    case Relation { Id: { } id } relation:
                        relations.Add(new OsmRelation(id, [.. (relation.Members ?? []).Select(m => new OsmMember(TypeName(m.Type), m.Id, m.Role ?? ""))], Tags(relation)));
                        break;
                }
            }
        }
#pragma warning disable CA1031 // any parse failure in OsmSharp is bad input in the user's file
        catch (Exception ex) when (ex is not InputException)
#pragma warning restore CA1031
        {
            throw new InputException(path, string.Create(CultureInfo.InvariantCulture, $"after element {n}"), null,
                $"expected {(pbf ? "an OSM PBF file" : "OSM XML (<osm version=\"0.6\">)")}: {Fail.OneLine(ex.Message)}");
        }

        if (n == 0)
        {
            throw new InputException(path, null, null, $"expected OSM elements; found none (is this {(pbf ? "an OSM PBF file" : "OSM XML")}?)");
        }

        return new OsmExtract(path, nodes, ways, relations);
    }

    private static string TypeName(OsmGeoType type) => type switch
    {
        OsmGeoType.Node => "node",
        OsmGeoType.Way => "way",
        _ => "relation",
    };

    private static Dictionary<string, string> Tags(OsmGeo element)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.Tags is { } t)
        {
            foreach (var tag in t)
            {
                tags[tag.Key] = tag.Value;
            }
        }

        return tags;
    }

    private static OsmExtract ReadOverpass(string path)
    {
        using var doc = JsonInput.Parse(path, "Overpass JSON ({\"elements\": […]})");
        var root = doc.RootElement;
        var elements = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("elements", out var e) && e.ValueKind == JsonValueKind.Array ? e
            : throw new InputException(path, null, "elements", "expected Overpass JSON with an \"elements\" array");
        var nodes = new Dictionary<long, OsmNode>();
        var ways = new List<OsmWay>();
        var relations = new List<OsmRelation>();
        var synthetic = -1L;
        var n = 0;
        foreach (var el in elements.EnumerateArray())
        {
            n++;
            var location = string.Create(CultureInfo.InvariantCulture, $"element {n}");
            if (el.ValueKind != JsonValueKind.Object)
            {
                throw new InputException(path, location, null, "expected an OSM element object");
            }

            var type = el.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            var id = el.TryGetProperty("id", out var i) && i.TryGetInt64(out var v) ? v : throw new InputException(path, location, "id", "expected an integer OSM id");
            location = string.Create(CultureInfo.InvariantCulture, $"element {n} ({type}/{id})");
            var tags = JsonTags(el);
            switch (type)
            {
                case "node":
                    nodes[id] = new OsmNode(id, Coord(path, location, el, "lon"), Coord(path, location, el, "lat"), tags);
                    break;
                case "way":
                    var refs = new List<long>();
                    if (el.TryGetProperty("nodes", out var nd) && nd.ValueKind == JsonValueKind.Array)
                    {
                        refs.AddRange(nd.EnumerateArray().Select(x => x.TryGetInt64(out var r) ? r : throw new InputException(path, location, "nodes", "expected integer node ids")));
                    }

                    if (el.TryGetProperty("geometry", out var geom) && geom.ValueKind == JsonValueKind.Array)
                    {
                        // out geom: positions inline. Use the node ids where given, else ids of our own (negative, never in OSM).
                        var k = 0;
                        var inline = new List<long>();
                        foreach (var p in geom.EnumerateArray())
                        {
                            var nodeId = k < refs.Count ? refs[k] : synthetic--;
                            if (!nodes.ContainsKey(nodeId))
                            {
                                nodes[nodeId] = new OsmNode(nodeId, Coord(path, location, p, "lon"), Coord(path, location, p, "lat"), OsmExtract.NoTags);
                            }

                            inline.Add(nodeId);
                            k++;
                        }

                        refs = inline;
                    }

                    ways.Add(new OsmWay(id, refs, tags));
                    break;
                case "relation":
                    var members = new List<OsmMember>();
                    if (el.TryGetProperty("members", out var ms) && ms.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var m in ms.EnumerateArray())
                        {
                            var mt = m.TryGetProperty("type", out var x) ? x.GetString() ?? "" : "";
                            var mr = m.TryGetProperty("ref", out var y) && y.TryGetInt64(out var yr) ? yr : 0;
                            var role = m.TryGetProperty("role", out var z) ? z.GetString() ?? "" : "";
                            members.Add(new OsmMember(mt, mr, role));
                        }
                    }

                    relations.Add(new OsmRelation(id, members, tags));
                    break;
                default:
                    throw new InputException(path, location, "type", $"expected node, way or relation, got \"{type}\"");
            }
        }

        return new OsmExtract(path, nodes, ways, relations);
    }

    private static Dictionary<string, string> JsonTags(JsonElement el)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (el.TryGetProperty("tags", out var tg) && tg.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in tg.EnumerateObject())
            {
                tags[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
            }
        }

        return tags;
    }

    private static double Coord(string path, string location, JsonElement el, string field) =>
        el.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d)
            ? d
            : throw new InputException(path, location, field, "expected a finite number");
}
