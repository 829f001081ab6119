using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Geo.OpenData;
using Planner.Tests.Support;

namespace Planner.Tests.OpenData;

/// <summary>Issue 14: zones from OpenStreetMap, on hand-made extracts with hand-computed areas and on the real Copenhagen extract.</summary>
public sealed class ZoneDerivationTests : IDisposable
{
    private const int Epsg = 25832;
    private readonly string dir = Directory.CreateTempSubdirectory("zones-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>A node <paramref name="dx"/>, <paramref name="dy"/> metres from (725000, 6176000) in EPSG:25832, as OSM lon/lat.</summary>
    private static string Node(long id, double dx, double dy, string tags = "")
    {
        var (lon, lat) = CrsRegistry.Transform(Epsg, CrsRegistry.Wgs84, 725000 + dx, 6176000 + dy);
        return string.Create(CultureInfo.InvariantCulture, $"<node id=\"{id}\" lat=\"{lat:R}\" lon=\"{lon:R}\">{tags}</node>");
    }

    private static string Tag(string k, string v) => $"<tag k=\"{k}\" v=\"{v}\"/>";

    private static string Way(long id, string tags, params long[] nodes) =>
        $"<way id=\"{id}\">{string.Concat(nodes.Select(n => $"<nd ref=\"{n}\"/>"))}{tags}</way>";

    /// <summary>Two round caps of radius r as NTS draws them (8 segments per quarter circle): one regular 32-gon, 16 r² sin(π/16).</summary>
    private static double Caps(double r) => 16 * r * r * Math.Sin(Math.PI / 16);

    private OsmExtract Extract(params string[] elements)
    {
        var file = Path.Combine(dir, "extract.osm");
        File.WriteAllText(file, $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><osm version=\"0.6\">{string.Concat(elements)}</osm>");
        return OsmExtractReader.Read(file);
    }

    [Fact]
    public void Derive_StraightStreetWithWidthTag_AreaIsRectanglePlusRoundCapsMinusBuilding()
    {
        // 100 m street, width 8 m: buffer = 100·8 + π·4² (round caps). A 10 × 10 m building overlapping the street by
        // 2 m (its south edge 2 m inside the street's north edge) takes 10·2 = 20 m² away.
        var osm = Extract(
            Node(1, 0, 0), Node(2, 100, 0),
            Way(10, Tag("highway", "residential") + Tag("width", "8") + Tag("name", "Testgade"), 1, 2),
            Node(3, 40, 2), Node(4, 50, 2), Node(5, 50, 12), Node(6, 40, 12),
            Way(11, Tag("building", "yes"), 3, 4, 5, 6, 3));

        var result = ZoneDerivation.Derive(new ZoneDerivationOptions(osm, Epsg));

        var street = Assert.Single(result.Zones, z => z.Kind == ZoneKind.PublicArea);
        Assert.Equal((100 * 8) + Caps(4) - 20, street.Area.Area, 1e-6);
        Assert.Equal("OSM way 10: highway=residential, width 8 m (width tag)", street.Source);
        Assert.Equal("Testgade", street.Name);
        var line = Assert.Single(result.Streets);
        Assert.Equal(("way/10", "Testgade", "residential"), (line.Id, line.Name, line.Highway));
        Assert.Equal(100, line.Line.Length, 1e-6);
    }

    [Theory]
    [InlineData("class_default", "", 10)]
    [InlineData("lanes", "<tag k=\"lanes\" v=\"2\"/>", (2 * 3.25) + 4)]
    [InlineData("width_with_unit", "<tag k=\"width\" v=\"6.5 m\"/>", 6.5)]
    public void Derive_ResidentialStreet_WidthByRule(string rule, string extraTags, double width)
    {
        _ = rule;
        var osm = Extract(Node(1, 0, 0), Node(2, 200, 0), Way(10, Tag("highway", "residential") + extraTags, 1, 2));

        var zone = Assert.Single(ZoneDerivation.Derive(new ZoneDerivationOptions(osm, Epsg)).Zones);

        Assert.Equal((200 * width) + Caps(width / 2), zone.Area.Area, 1e-6);
    }

    [Fact]
    public void Derive_ShopNodeInsideBuildingAndEntranceOnOutline_PremisesOutlineAndOwnedEntrance()
    {
        var osm = Extract(
            Node(1, 0, 0), Node(2, 20, 0, Tag("entrance", "main")), Node(3, 20, 10), Node(4, 0, 10),
            Way(11, Tag("building", "yes"), 1, 2, 3, 4, 1),
            Node(5, 10, 5, Tag("shop", "bakery") + Tag("name", "Bageren")),
            Node(6, 500, 500, Tag("shop", "kiosk")));

        var result = ZoneDerivation.Derive(new ZoneDerivationOptions(osm, Epsg));

        var shop = Assert.Single(result.Zones, z => z.Kind == ZoneKind.BusinessPremises);
        Assert.Equal(200, shop.Area.Area, 1e-3);
        Assert.Equal((BusinessType.Shop, "osm:node/5", "Bageren"), (shop.BusinessType, shop.OperatorId, shop.Name));
        Assert.Equal("OSM node 5: shop=bakery, inside way/11", shop.Source);
        var entrance = Assert.Single(result.Zones, z => z.Kind == ZoneKind.Entrance);
        Assert.Equal("osm:node/5", entrance.OperatorId);
        Assert.Equal(Caps(2), entrance.Area.Area, 1e-6);
        Assert.Contains(result.Warnings, w => w.Contains("1 shop/amenity node(s) lie in no building outline (e.g. node/6)", StringComparison.Ordinal));
        Assert.Contains(result.Warnings, w => w.Contains("1 of 1 OSM building(s) are tagged only building=yes", StringComparison.Ordinal));
    }

    [Fact]
    public void Derive_BbrHomeInPlanBuilding_DwellingOutlineFromBbrAndNoGuessWarning()
    {
        var osm = Extract(Node(1, 0, 0), Node(2, 100, 0), Way(10, Tag("highway", "footway"), 1, 2));
        var factory = new GeometryFactory(new PrecisionModel(), Epsg);
        var footprint = factory.CreatePolygon([new(725000, 6176020), new(725030, 6176020), new(725030, 6176040), new(725000, 6176040), new(725000, 6176020)]);
        var options = new ZoneDerivationOptions(osm, Epsg)
        {
            Buildings = [new Building("b1", footprint, 12)],
            Bbr = [new BbrBuilding("bbr-1", factory.CreatePoint(new Coordinate(725010, 6176030)), 140), new BbrBuilding("bbr-2", factory.CreatePoint(new Coordinate(725020, 6176030)), 320)],
        };

        var result = ZoneDerivation.Derive(options);

        var home = Assert.Single(result.Zones, z => z.Kind == ZoneKind.Dwelling);
        Assert.Equal(600, home.Area.Area, 1e-6);
        Assert.Equal("BBR building bbr-1: use code 140, outline of plan building b1", home.Source);
        Assert.DoesNotContain(result.Warnings, w => w.Contains("building=yes", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_OverpassJsonWithOutGeom_SameZoneAsXml()
    {
        var (lon0, lat0) = CrsRegistry.Transform(Epsg, CrsRegistry.Wgs84, 725000, 6176000);
        var (lon1, lat1) = CrsRegistry.Transform(Epsg, CrsRegistry.Wgs84, 725100, 6176000);
        var file = Path.Combine(dir, "overpass.json");
        File.WriteAllText(file, string.Create(CultureInfo.InvariantCulture,
            $$"""{"elements":[{"type":"way","id":7,"tags":{"highway":"pedestrian","name":"Torvet"},"geometry":[{"lat":{{lat0:R}},"lon":{{lon0:R}}},{"lat":{{lat1:R}},"lon":{{lon1:R}}}]}]}"""));

        var result = ZoneDerivation.Derive(new ZoneDerivationOptions(OsmExtractReader.Read(file), Epsg));

        var zone = Assert.Single(result.Zones);
        Assert.Equal((100 * 8) + Caps(4), zone.Area.Area, 1e-6);
        Assert.Equal("Torvet", Assert.Single(result.Streets).Name);
    }

    [SharedDataFact]
    public void Derive_Raadhuspladsen2015_TownHallIsAuthorityPremisesAndSquareIsPublic()
    {
        var osm = OsmExtractReader.Read(TestPaths.Shared("osm-copenhagen/raadhuspladsen-2015.osm"));

        var result = ZoneDerivation.Derive(new ZoneDerivationOptions(osm, Epsg));

        // Authority buildings are premises outside the law's business list (§ 2 stk. 1 nr. 3): business type other.
        var townHall = Assert.Single(result.Zones, z => z.Source!.Contains("amenity=townhall", StringComparison.Ordinal));
        Assert.Equal((ZoneKind.BusinessPremises, BusinessType.Other, "Københavns Rådhus"), (townHall.Kind, townHall.BusinessType, townHall.Name));
        Assert.Contains(result.Zones, z => z.Kind == ZoneKind.PublicArea && z.Name == "Rådhuspladsen");
        Assert.Equal(2, result.Zones.Count(z => z.Source!.Contains("amenity=police", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("empty", "", "the file is empty")]
    [InlineData("not_xml", "hello", "expected OSM XML")]
    public void Read_BadExtract_OneLineNamingFile(string name, string content, string expected)
    {
        var file = Path.Combine(dir, name + ".osm");
        File.WriteAllText(file, content);

        var ex = Assert.Throws<Planner.Geo.InputException>(() => OsmExtractReader.Read(file));

        Assert.StartsWith(file, ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [SharedDataFact]
    public void Derive_IndreBySoutheast2017_CountsPerKindSourcesAndAmagertorvByHand()
    {
        var osm = OsmExtractReader.Read(TestPaths.Shared("osm-copenhagen/indre-by-southeast-2017.osm"));
        var buildings = Planner.Geo.Formats.PlanFileLoader.Load(
            new Planner.Geo.Formats.PlanFiles(Buildings: TestPaths.Shared("copenhagen-indre-by/buildings.geojson")), new Planner.Geo.Formats.PlanLoadOptions { Epsg = Epsg }).Plan.Buildings;

        var result = ZoneDerivation.Derive(new ZoneDerivationOptions(osm, Epsg) { Buildings = buildings });

        // Regression numbers of this extract with the Copenhagen buildings (Planner.Geo/OpenData/README.md); README of
        // the data: 1,622 buildings, 452 shops, 43 bars, 25 pubs, 6 nightclubs, 17 entrance nodes. Homes: only the 16
        // ways tagged apartments/residential/house; the rest are building=yes and not guessed.
        var summary = result.Summary().ToDictionary(s => s.Kind);
        var expected = new (ZoneKind Kind, int Count, double AreaM2)[]
        {
            (ZoneKind.PublicArea, 1553, 1_272_657), (ZoneKind.Dwelling, 16, 27_450), (ZoneKind.BusinessPremises, 801, 422_193),
            (ZoneKind.Entrance, 14, 175), (ZoneKind.NightlifeVenue, 72, 119_994), (ZoneKind.School, 8, 40_064),
        };
        Assert.Equal(expected.Select(e => e.Kind).Order(), summary.Keys.Order());
        foreach (var (kind, count, area) in expected)
        {
            Assert.Equal(count, summary[kind].Count);
            Assert.Equal(area, summary[kind].UnionAreaM2, 1.0);
        }

        Assert.Equal(602, result.Streets.Count);
        Assert.All(result.Zones, z => Assert.Matches(@"^OSM (node|way|relation) \d+: \S+=", z.Source));
        Assert.Contains(result.Warnings, w => w.Contains("1493 of 1549 OSM building(s) are tagged only building=yes", StringComparison.Ordinal));

        // Amagertorv (way 24721845, highway=pedestrian, area=yes): its area by the shoelace formula over its 12 nodes
        // projected one by one; no building overlaps the square.
        var way = osm.Ways.Single(w => w.Id == 24721845);
        var ring = way.NodeIds.Select(id => osm.Nodes[id]).Select(n => CrsRegistry.Transform(CrsRegistry.Wgs84, Epsg, n.Lon, n.Lat)).ToList();
        var shoelace = Math.Abs(ring.Zip(ring.Skip(1)).Sum(p => (p.First.X * p.Second.Y) - (p.Second.X * p.First.Y))) / 2;
        var zone = result.Zones.Single(z => z.Id == "osm-way-24721845");
        Assert.Equal("OSM way 24721845: highway=pedestrian, area=yes", zone.Source);
        Assert.Equal("Amagertorv", zone.Name);
        Assert.Equal(shoelace, zone.Area.Area, 0.01);
        Assert.InRange(shoelace, 2000, 2300);
    }
}
