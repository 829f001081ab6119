using System.Globalization;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;
using Planner.Geo.Model;

namespace Planner.Geo.OpenData;

/// <summary>
/// Derives a plan's zones and streets from OpenStreetMap (and BBR where given), every zone recording its source element
/// and rule in <see cref="Zone.Source"/>. Working CRS metres throughout. Rules (README in this folder):
/// <list type="bullet">
/// <item><c>public_area</c>: highway lines buffered by half their width (<see cref="HighwayWidths"/>; tunnels and
/// access=private/no skipped), public areas (<see cref="OsmZoneRules.PublicAreaTag"/>); minus building footprints (OSM and
/// the plan's).</item>
/// <item><c>dwelling</c>: outlines of buildings whose OSM <c>building</c> value is a home, and of buildings holding a
/// BBR point with use code 110–190. Buildings tagged only <c>building=yes</c> are not guessed: a warning counts them.</item>
/// <item>premises (<see cref="OsmZoneRules.Premises"/>): the feature's own outline, or the outline of the building that
/// holds the node (multipolygon relations too); <c>operator_id</c> <c>osm:node/…</c> so one business's zone is not another's.</item>
/// <item><c>entrance</c>: a disk of <see cref="ZoneDerivationOptions.EntranceRadiusM"/> around each <c>entrance=*</c>
/// node on a building outline, owned by the only business in that building, else by the building.</item>
/// <item>streets: named highway lines.</item>
/// </list>
/// </summary>
public static class ZoneDerivation
{
    public static ZoneDerivationResult Derive(ZoneDerivationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Run(options).Execute();
    }

    private sealed class Run(ZoneDerivationOptions options)
    {
        private readonly OsmGeometry geo = new(options.Osm, options.Epsg);
        private readonly List<Zone> zones = [];
        private readonly List<Street> streets = [];
        private readonly List<string> warnings = [];
        private readonly STRtree<(Geometry Outline, string Name)> buildings = new();
        private readonly Dictionary<long, (Geometry Outline, string Name)> osmBuildingByWay = [];
        private readonly Dictionary<long, long> buildingWayOfNode = [];

        private string File => options.Osm.File;

        public ZoneDerivationResult Execute()
        {
            IndexBuildings();
            PublicAreas();
            Dwellings();
            var premisesByBuilding = Premises();
            Entrances(premisesByBuilding);
            Streets();
            return new ZoneDerivationResult(zones, streets, warnings);
        }

        private static string Id(string type, long id) => string.Create(CultureInfo.InvariantCulture, $"{type}/{id}");

        private static string Describe(string type, long id) => string.Create(CultureInfo.InvariantCulture, $"OSM {type} {id}");

        private void IndexBuildings()
        {
            foreach (var w in options.Osm.Ways)
            {
                if (IsBuilding(w.Tags) && geo.Area(w) is { } outline)
                {
                    var entry = (outline, Id("way", w.Id));
                    buildings.Insert(outline.EnvelopeInternal, entry);
                    osmBuildingByWay[w.Id] = entry;
                    foreach (var n in w.NodeIds)
                    {
                        buildingWayOfNode.TryAdd(n, w.Id);
                    }
                }
            }

            foreach (var r in options.Osm.Relations)
            {
                if (IsBuilding(r.Tags) && r.Tags.GetValueOrDefault("type") == "multipolygon" && geo.Area(r) is { } outline)
                {
                    buildings.Insert(outline.EnvelopeInternal, (outline, Id("relation", r.Id)));
                }
            }

            foreach (var b in options.Buildings)
            {
                buildings.Insert(b.Footprint.EnvelopeInternal, (b.Footprint, "plan building " + b.Id));
            }

            buildings.Build();
        }

        private static bool IsBuilding(IReadOnlyDictionary<string, string> tags) =>
            tags.TryGetValue("building", out var b) && b != "no" && b != "roof" && !tags.ContainsKey("building:part");

        private Geometry MinusBuildings(Geometry area)
        {
            var hits = buildings.Query(area.EnvelopeInternal).Select(h => h.Outline).Where(area.Intersects).ToList();
            if (hits.Count == 0)
            {
                return area;
            }

            var result = area.Difference(UnaryUnionOp.Union(hits));
            return Polygonal(result);
        }

        private Geometry Polygonal(Geometry g)
        {
            var polys = Enumerable.Range(0, g.NumGeometries).Select(g.GetGeometryN).OfType<Polygon>().Where(p => p.Area > 0.01).ToArray();
            return polys.Length switch
            {
                0 => geo.Factory.CreatePolygon(),
                1 => polys[0],
                _ => geo.Factory.CreateMultiPolygon(polys),
            };
        }

        private void AddPublic(string type, long id, Geometry area, string rule)
        {
            var ground = MinusBuildings(area);
            if (ground.IsEmpty || ground.Area < 1)
            {
                return;
            }

            zones.Add(new Zone("osm-" + Id(type, id).Replace('/', '-'), ZoneKind.PublicArea, ground, name: Tag(type, id, "name"))
            {
                Source = $"{Describe(type, id)}: {rule}",
            });
        }

        private string? Tag(string type, long id, string key) => type switch
        {
            "way" when geo.TryWay(id, out var w) => w.Tags.GetValueOrDefault(key),
            "relation" => options.Osm.Relations.FirstOrDefault(r => r.Id == id)?.Tags.GetValueOrDefault(key),
            "node" when options.Osm.Nodes.TryGetValue(id, out var n) => n.Tags.GetValueOrDefault(key),
            _ => null,
        };

        private void PublicAreas()
        {
            var tunnels = 0;
            foreach (var w in options.Osm.Ways)
            {
                if (OsmZoneRules.PublicAreaTag(w.Tags) is { } areaTag && OsmGeometry.IsClosed(w))
                {
                    if (geo.Area(w) is { } area)
                    {
                        AddPublic("way", w.Id, area, areaTag);
                    }

                    continue;
                }

                if (!w.Tags.ContainsKey("highway") || OsmZoneRules.Private(w.Tags) || w.Tags.GetValueOrDefault("area") == "yes")
                {
                    continue;
                }

                if (w.Tags.GetValueOrDefault("tunnel") is "yes" or "culvert" || (w.Tags.TryGetValue("layer", out var layer) && layer.StartsWith('-')))
                {
                    tunnels++;
                    continue;
                }

                if (HighwayWidths.For(w.Tags) is { } width && geo.Line(w) is { } line)
                {
                    AddPublic("way", w.Id, line.Buffer(width.WidthM / 2), $"highway={w.Tags["highway"]}, {width.Rule}");
                }
            }

            foreach (var r in options.Osm.Relations)
            {
                if (r.Tags.GetValueOrDefault("type") == "multipolygon" && OsmZoneRules.PublicAreaTag(r.Tags) is { } tag && geo.Area(r) is { } area)
                {
                    AddPublic("relation", r.Id, area, tag);
                }
            }

            if (tunnels > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{File}: {tunnels} highway way(s) in tunnels or below ground are not public ground a camera sees; skipped"));
            }
        }

        private void Dwellings()
        {
            var unknownUse = 0;
            var allBuildings = 0;
            var dwellingOutlines = new HashSet<Geometry>(ReferenceEqualityComparer.Instance);
            foreach (var w in options.Osm.Ways.Where(w => IsBuilding(w.Tags)))
            {
                allBuildings++;
                var value = w.Tags["building"];
                if (OsmZoneRules.DwellingBuildings.Contains(value) && osmBuildingByWay.TryGetValue(w.Id, out var b))
                {
                    dwellingOutlines.Add(b.Outline);
                    zones.Add(new Zone("osm-" + Id("way", w.Id).Replace('/', '-'), ZoneKind.Dwelling, b.Outline, name: w.Tags.GetValueOrDefault("name"))
                    {
                        Source = $"{Describe("way", w.Id)}: building={value}",
                    });
                }
                else if (value == "yes" && !w.Tags.ContainsKey("building:use"))
                {
                    unknownUse++;
                }
            }

            if (options.Bbr is { } bbr)
            {
                var unmatched = 0;
                foreach (var b in bbr.Where(b => BbrBuildings.IsDwelling(b.UseCode)))
                {
                    var probe = b.Geometry is Point ? b.Geometry : b.Geometry.InteriorPoint;
                    var hit = buildings.Query(probe.EnvelopeInternal).FirstOrDefault(h => h.Outline.Covers(probe));
                    var outline = hit.Outline ?? (b.Geometry is Point ? null : b.Geometry);
                    if (outline is null)
                    {
                        unmatched++;
                        continue;
                    }

                    if (dwellingOutlines.Add(outline))
                    {
                        zones.Add(new Zone("bbr-" + b.Id, ZoneKind.Dwelling, outline)
                        {
                            Source = string.Create(CultureInfo.InvariantCulture, $"BBR building {b.Id}: use code {b.UseCode}{(hit.Outline is null ? "" : $", outline of {hit.Name}")}"),
                        });
                    }
                }

                if (unmatched > 0)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"BBR: {unmatched} home(s) (use code 110–190) lie in no building outline of the plan or the OSM extract; no dwelling zone for them"));
                }
            }
            else if (unknownUse > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{File}: {unknownUse} of {allBuildings} OSM building(s) are tagged only building=yes, so whether people live there is not known: no dwelling zone is guessed for them; give a BBR export (use codes 110–190) or add your own dwelling zones — until then, homes in view are not assessed there"));
            }
        }

        private Dictionary<Geometry, List<string>> Premises()
        {
            var byBuilding = new Dictionary<Geometry, List<string>>(ReferenceEqualityComparer.Instance);
            var outside = new List<string>();
            void Add(string type, long id, IReadOnlyDictionary<string, string> tags, Geometry? ownArea, Point? at)
            {
                if (OsmZoneRules.Premises(tags) is not { } rule)
                {
                    return;
                }

                Geometry? outline = ownArea;
                var where = "";
                if (outline is null && at is not null)
                {
                    var hit = buildings.Query(at.EnvelopeInternal).FirstOrDefault(h => h.Outline.Covers(at));
                    outline = hit.Outline;
                    where = hit.Outline is null ? "" : $", inside {hit.Name}";
                }

                if (outline is null)
                {
                    outside.Add(Id(type, id));
                    return;
                }

                var owner = "osm:" + Id(type, id);
                if (!byBuilding.TryGetValue(outline, out var owners))
                {
                    byBuilding[outline] = owners = [];
                }

                owners.Add(owner);
                zones.Add(new Zone("osm-" + Id(type, id).Replace('/', '-'), rule.Kind, outline, owner, tags.GetValueOrDefault("name"))
                {
                    BusinessType = OsmZoneRules.LegalBusinessType(rule),
                    Source = $"{Describe(type, id)}: {rule.Tag}{where}",
                });
            }

            foreach (var n in options.Osm.Nodes.Values)
            {
                if (n.Tags.Count > 0)
                {
                    Add("node", n.Id, n.Tags, null, geo.Point(n.Id));
                }
            }

            foreach (var w in options.Osm.Ways)
            {
                if (OsmGeometry.IsClosed(w))
                {
                    var own = osmBuildingByWay.TryGetValue(w.Id, out var b) ? b.Outline : geo.Area(w);
                    Add("way", w.Id, w.Tags, own, null);
                }
            }

            foreach (var r in options.Osm.Relations)
            {
                if (r.Tags.GetValueOrDefault("type") == "multipolygon" && OsmZoneRules.Premises(r.Tags) is not null && geo.Area(r) is { } area)
                {
                    Add("relation", r.Id, r.Tags, area, null);
                }
            }

            if (outside.Count > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{File}: {outside.Count} shop/amenity node(s) lie in no building outline (e.g. {string.Join(", ", outside.Take(3))}); no premises zone for them"));
            }

            return byBuilding;
        }

        private void Entrances(Dictionary<Geometry, List<string>> premisesByBuilding)
        {
            var loose = 0;
            foreach (var n in options.Osm.Nodes.Values.Where(n => n.Tags.ContainsKey("entrance")))
            {
                if (!buildingWayOfNode.TryGetValue(n.Id, out var wayId) || !osmBuildingByWay.TryGetValue(wayId, out var b) || geo.Point(n.Id) is not { } p)
                {
                    loose++;
                    continue;
                }

                var owners = premisesByBuilding.GetValueOrDefault(b.Outline);
                var owner = owners is { Count: 1 } ? owners[0] : "osm:" + Id("way", wayId);
                zones.Add(new Zone("osm-" + Id("node", n.Id).Replace('/', '-'), ZoneKind.Entrance, p.Buffer(options.EntranceRadiusM), owner)
                {
                    Source = string.Create(CultureInfo.InvariantCulture, $"{Describe("node", n.Id)}: entrance={n.Tags["entrance"]} on building way {wayId}"),
                });
            }

            if (loose > 0)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{File}: {loose} entrance node(s) are not on a building outline; no entrance zone for them"));
            }
        }

        private void Streets()
        {
            foreach (var w in options.Osm.Ways)
            {
                if (w.Tags.TryGetValue("highway", out var h) && w.Tags.TryGetValue("name", out var name) && HighwayWidths.ClassDefaults.ContainsKey(h)
                    && w.Tags.GetValueOrDefault("area") != "yes" && geo.Line(w) is { } line)
                {
                    streets.Add(new Street(Id("way", w.Id), line, name, h) { Source = Describe("way", w.Id) });
                }
            }
        }
    }
}
