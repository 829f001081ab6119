using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using Planner.Geo.Model;

namespace Planner.Geo.Sample;

/// <summary>What a building lot of the sample town is used for.</summary>
internal enum LotUse
{
    Mixed,
    Office,
    Shop,
    Venue,
    Residential,
    Housing,
}

/// <summary>
/// A building lot: its footprint, use, and the facade that faces the street (midpoint <see cref="Facade"/> and the
/// outward compass heading in degrees, 0 = grid north, clockwise). <see cref="OperatorId"/> is the shop's or venue's
/// id where it has one.
/// </summary>
internal sealed record Lot(Building Building, LotUse Use, Coordinate Facade, double OutwardDeg, string? OperatorId, string? Name)
{
    /// <summary>A point <paramref name="metres"/> from the facade midpoint, outward (negative: into the building).</summary>
    public Coordinate Out(double metres) => new(
        Facade.X + (metres * Math.Sin(OutwardDeg * Math.PI / 180)),
        Facade.Y + (metres * Math.Cos(OutwardDeg * Math.PI / 180)));
}

/// <summary>
/// The layout of the fictional town centre "Lindsted": a grid of streets (6 north–south, 5 east–west) around
/// 20 blocks of perimeter buildings with courtyards, in EPSG:25832 with the south-west corner at
/// (<see cref="OriginX"/>, <see cref="OriginY"/>) in central Jutland. Local plan coordinates below are metres from that corner.
/// </summary>
internal sealed class SampleTown
{
    public const double OriginX = 535_400;
    public const double OriginY = 6_231_600;

    // Street centre lines (local metres), names and widths (building line to building line, sidewalks included).
    internal static readonly (double At, string Name, double Width)[] NorthSouth =
    [
        (0, "Vestre Ringvej", 16), (130, "Skolegade", 12), (260, "Algade", 14), (390, "Kirkegade", 12), (520, "Østergade", 12), (650, "Østre Ringvej", 16),
    ];

    internal static readonly (double At, string Name, double Width)[] EastWest =
    [
        (0, "Jernbanegade", 14), (110, "Vestergade", 12), (220, "Torvegade", 12), (330, "Nørregade", 12), (440, "Nordre Ringvej", 16),
    ];

    private readonly SampleRandom rng;
    private readonly GeometryFactory factory = new(new PrecisionModel(), 25832);
    private int buildingNo;
    private int shopNo;
    private int venueNo;

    private static readonly string[] VenueNames = ["Bar Ankeret", "Café Stationen", "Natklub Kælderen", "Bodega Hjørnet", "Cocktailbar Måne", "Pub Skibet", "Diskotek Lyset", "Vinbar Druen", "Spillestedet Remisen", "Bar Fyrtårnet", "Bodega Bøgen", "Café Nat"];

    private static readonly string[] ShopNames = ["Bageri", "Tøjbutik", "Skobutik", "Apotek", "Boghandel", "Supermarked", "Elektronik", "Optiker", "Guldsmed", "Blomster", "Kiosk", "Sportsbutik", "Legetøj", "Isenkram", "Parfumeri", "Cykelhandler", "Slagter", "Vinhandel", "Fotohandel", "Urmager", "Brugskunst", "Genbrug", "Frisør", "Telebutik"];

    public SampleTown(SampleRandom rng)
    {
        this.rng = rng;
        BuildStreets();
        for (var row = 0; row < EastWest.Length - 1; row++)
        {
            for (var col = 0; col < NorthSouth.Length - 1; col++)
            {
                BuildBlock(col, row);
            }
        }

        Zones.Add(Zone("resarea-1", ZoneKind.ResidentialArea, Rect(130, 330, 650, 440), null, "Boligkvarteret Nørrebakken"));
        Zones.Add(Zone("utryg-1", ZoneKind.UtrygArea, Rect(120, 30, 530, 175), null, "Vestergade og Stationspladsen (udpeget utrygt område)"));
    }

    public List<Building> Buildings { get; } = [];

    public List<Zone> Zones { get; } = [];

    public List<Lot> Lots { get; } = [];

    /// <summary>The town's extent in EPSG:25832.</summary>
    public static Envelope Extent => new(OriginX - 8, OriginX + 658, OriginY - 7, OriginY + 448);

    /// <summary>Centre of the station forecourt (Stationspladsen), EPSG:25832.</summary>
    public Coordinate StationSquare => At(325, 75);

    /// <summary>Centre of Torvet, the town square, EPSG:25832.</summary>
    public Coordinate Square => At(325, 275);

    public static Coordinate At(double x, double y) => new(OriginX + x, OriginY + y);

    public Polygon Rect(double x0, double y0, double x1, double y1) => factory.CreatePolygon(
    [
        At(x0, y0), At(x1, y0), At(x1, y1), At(x0, y1), At(x0, y0),
    ]);

    private static double HalfWidth((double At, string Name, double Width)[] streets, int i) => streets[i].Width / 2;

    private void BuildStreets()
    {
        var (xMin, xMax) = (NorthSouth[0].At - 8, NorthSouth[^1].At + 8);
        var (yMin, yMax) = (EastWest[0].At - 7, EastWest[^1].At + 8);
        foreach (var (at, name, width) in NorthSouth)
        {
            Zones.Add(Zone("street-" + Slug(name), ZoneKind.PublicArea, Rect(at - (width / 2), yMin, at + (width / 2), yMax), null, name));
        }

        foreach (var (at, name, width) in EastWest)
        {
            Zones.Add(Zone("street-" + Slug(name), ZoneKind.PublicArea, Rect(xMin, at - (width / 2), xMax, at + (width / 2)), null, name));
        }
    }

    private void BuildBlock(int col, int row)
    {
        var x0 = NorthSouth[col].At + HalfWidth(NorthSouth, col);
        var x1 = NorthSouth[col + 1].At - HalfWidth(NorthSouth, col + 1);
        var y0 = EastWest[row].At + HalfWidth(EastWest, row);
        var y1 = EastWest[row + 1].At - HalfWidth(EastWest, row + 1);
        switch ((col, row))
        {
            case (2, 0):
                BuildStation(x0, y0, x1, y1);
                return;
            case (2, 2):
                Zones.Add(Zone("square-torvet", ZoneKind.PublicArea, Rect(x0, y0, x1, y1), null, "Torvet"));
                AddBuilding(Rect(320, 240, 326, 244), 3, "kiosk");
                return;
            case (0, 1):
                BuildPark(x0, y0, x1, y1);
                return;
            case (0, 3):
                BuildSchool(x0, y0, x1, y1);
                return;
            case (3, 2):
                // Rådhuset: one building around its own courtyard (a polygon with a hole).
                var hall = factory.CreatePolygon(
                    factory.CreateLinearRing([At(x0, y0), At(x1, y0), At(x1, y1), At(x0, y1), At(x0, y0)]),
                    [factory.CreateLinearRing([At(x0 + 14, y0 + 14), At(x0 + 14, y1 - 14), At(x1 - 14, y1 - 14), At(x1 - 14, y0 + 14), At(x0 + 14, y0 + 14)])]);
                var b = AddBuilding(hall, 16, "raadhus");
                Lots.Add(new Lot(b, LotUse.Office, At((x0 + x1) / 2, y0), 180, "lindsted-kommune", "Rådhuset"));
                return;
        }

        var residential = row == 3 || col == 4 || col == 0;
        var housing = row == 3 && col is 2 or 3;
        var depth = residential ? 11 : 13;
        foreach (var (rect, side) in Perimeter(x0, y0, x1, y1, depth))
        {
            // Gaps in the perimeter: gateways into the courtyards.
            if (rng.Chance(0.07))
            {
                continue;
            }

            var use = UseOf(col, row, side, residential, housing);
            if (use == LotUse.Venue && !rng.Chance(0.4))
            {
                // Between the bars: flats and offices.
                use = LotUse.Mixed;
            }

            var height = HeightFor(use, col, row);
            if (col == 3 && row == 0 && side == 'W' && Lots.All(l => l.Name != "Hotel Lindsted"))
            {
                height = 25;
                use = LotUse.Office;
            }

            var building = AddBuilding(Rect(rect.MinX, rect.MinY, rect.MaxX, rect.MaxY), height, null);
            var (facade, outward) = side switch
            {
                'S' => (At((rect.MinX + rect.MaxX) / 2, rect.MinY), 180.0),
                'N' => (At((rect.MinX + rect.MaxX) / 2, rect.MaxY), 0.0),
                'W' => (At(rect.MinX, (rect.MinY + rect.MaxY) / 2), 270.0),
                _ => (At(rect.MaxX, (rect.MinY + rect.MaxY) / 2), 90.0),
            };
            var (operatorId, name) = use switch
            {
                LotUse.Shop => ($"shop-{++shopNo:00}", ShopNames[(shopNo - 1) % ShopNames.Length]),
                LotUse.Venue => ($"venue-{++venueNo:00}", VenueNames[(venueNo - 1) % VenueNames.Length]),
                LotUse.Housing => ("bolig-noerrebakken", "Boligforeningen Nørrebakken"),
                _ => ((string?)null, (string?)null),
            };
            if (height == 25)
            {
                name = "Hotel Lindsted";
                operatorId = "hotel-lindsted";
            }

            var lot = new Lot(building, use, facade, outward, operatorId, name);
            Lots.Add(lot);
            AddLotZones(lot);
        }
    }

    private static LotUse UseOf(int col, int row, char side, bool residential, bool housing)
    {
        if (housing)
        {
            return LotUse.Housing;
        }

        if (residential)
        {
            return LotUse.Residential;
        }

        var facesVestergade = (row == 0 && side == 'N') || (row == 1 && side == 'S');
        if (facesVestergade && col is >= 1 and <= 3)
        {
            return LotUse.Venue;
        }

        var facesAlgade = (col == 1 && side == 'E') || (col == 2 && side == 'W');
        var facesTorvet = (col == 2 && row == 1 && side == 'N') || (col == 1 && row == 2 && side == 'E');
        return facesAlgade || facesTorvet ? LotUse.Shop : LotUse.Mixed;
    }

    private double HeightFor(LotUse use, int col, int row)
    {
        var (min, max) = use switch
        {
            LotUse.Venue => (7.0, 13.0),
            LotUse.Shop => (8.0, 16.0),
            LotUse.Residential => row == 3 ? (6.0, 12.0) : (9.0, 15.0),
            LotUse.Housing => (12.0, 19.0),
            _ => (9.0, 18.0),
        };
        if (col == 4 && row == 0)
        {
            (min, max) = (4.0, 7.0);
        }

        // Half-metre steps, as surveyed heights are usually given.
        return Math.Round(rng.Range(min, max) * 2, MidpointRounding.AwayFromZero) / 2;
    }

    private IEnumerable<(Envelope Rect, char Side)> Perimeter(double x0, double y0, double x1, double y1, double depth)
    {
        foreach (var (a, b) in Split(x0, x1))
        {
            yield return (new Envelope(a, b, y0, y0 + depth), 'S');
        }

        foreach (var (a, b) in Split(x0, x1))
        {
            yield return (new Envelope(a, b, y1 - depth, y1), 'N');
        }

        foreach (var (a, b) in Split(y0 + depth, y1 - depth))
        {
            yield return (new Envelope(x0, x0 + depth, a, b), 'W');
        }

        foreach (var (a, b) in Split(y0 + depth, y1 - depth))
        {
            yield return (new Envelope(x1 - depth, x1, a, b), 'E');
        }
    }

    /// <summary>Splits [a, b] into lots 10–22 m wide; the last one takes the rest (at least 9 m).</summary>
    private List<(double, double)> Split(double a, double b)
    {
        var parts = new List<(double, double)>();
        var at = a;
        while (b - at > 22 + 9)
        {
            var w = Math.Round(rng.Range(10, 22));
            parts.Add((at, at + w));
            at += w;
        }

        parts.Add((at, b));
        return parts;
    }

    private void BuildStation(double x0, double y0, double x1, double y1)
    {
        var station = AddBuilding(Rect(x0 + 20, y0 + 4, x1 - 20, y0 + 30), 12, "station");
        Lots.Add(new Lot(station, LotUse.Office, At((x0 + x1) / 2, y0 + 30), 0, "trafikselskabet-midt", "Lindsted Station"));
        Zones.Add(Zone("square-stationspladsen", ZoneKind.PublicArea, Rect(x0, y0 + 30, x1, y1), null, "Stationspladsen"));
        Zones.Add(Zone("station-premises", ZoneKind.BusinessPremises, station.Footprint, "trafikselskabet-midt", "Lindsted Station"));
        Zones.Add(Zone("station-entrance", ZoneKind.Entrance, Rect(((x0 + x1) / 2) - 3, y0 + 30, ((x0 + x1) / 2) + 3, y0 + 32), "trafikselskabet-midt", "Lindsted Station, hovedindgang"));
        AddBuilding(Rect(x0, y0 + 4, x0 + 16, y0 + 16), 4.5, null);
    }

    private void BuildPark(double x0, double y0, double x1, double y1)
    {
        Zones.Add(Zone("park-byparken", ZoneKind.PublicArea, Rect(x0, y0, x1, y1), null, "Byparken"));
        var parameters = new BufferParameters { EndCapStyle = EndCapStyle.Flat };
        var diagonal = factory.CreateLineString([At(x0, y0), At(x1, y1)]);
        var cross = factory.CreateLineString([At(x0, y1), At((x0 + x1) / 2, (y0 + y1) / 2), At(x1, (y0 + y1) / 2)]);
        Zones.Add(Zone("path-byparken-1", ZoneKind.PublicArea, (Polygon)diagonal.Buffer(2, parameters), null, "Parkstien"));
        Zones.Add(Zone("path-byparken-2", ZoneKind.PublicArea, (Polygon)cross.Buffer(1.5, parameters), null, "Skolestien"));
        AddBuilding(Rect(x1 - 22, y1 - 14, x1 - 10, y1 - 6), 5, "pavillon");
    }

    private void BuildSchool(double x0, double y0, double x1, double y1)
    {
        var school = factory.CreatePolygon(
        [
            At(x0 + 6, y0 + 6), At(x0 + 70, y0 + 6), At(x0 + 70, y0 + 20), At(x0 + 20, y0 + 20), At(x0 + 20, y1 - 6), At(x0 + 6, y1 - 6), At(x0 + 6, y0 + 6),
        ]);
        AddBuilding(school, 10.5, "skole");
        AddBuilding(Rect(x1 - 36, y1 - 30, x1 - 6, y1 - 6), 8, "skole-hal");
        Zones.Add(Zone("school-1", ZoneKind.School, Rect(x0, y0, x1, y1), "lindsted-skole", "Lindsted Skole"));
    }

    private void AddLotZones(Lot lot)
    {
        var footprint = lot.Building.Footprint;
        switch (lot.Use)
        {
            case LotUse.Shop or LotUse.Venue:
                var kind = lot.Use == LotUse.Venue ? ZoneKind.NightlifeVenue : ZoneKind.BusinessPremises;
                // Shops and bars/restaurants are business types § 2 stk. 1 nr. 3 lists.
                var type = lot.Use == LotUse.Venue ? BusinessType.Restaurant : BusinessType.Shop;
                Zones.Add(Zone(lot.OperatorId!, kind, footprint, lot.OperatorId, lot.Name) with { BusinessType = type });
                Zones.Add(Zone(lot.OperatorId + "-entrance", ZoneKind.Entrance, EntranceAt(lot), lot.OperatorId, lot.Name + ", indgang") with { BusinessType = type });
                if (lot.Use == LotUse.Shop && rng.Chance(0.5))
                {
                    // Flats above the shop.
                    Zones.Add(Zone("dwelling-" + lot.Building.Id, ZoneKind.Dwelling, footprint, null, "Lejligheder over butik"));
                }

                break;
            case LotUse.Residential or LotUse.Housing:
                Zones.Add(Zone("dwelling-" + lot.Building.Id, ZoneKind.Dwelling, footprint, lot.OperatorId, null));
                break;
            case LotUse.Mixed when rng.Chance(0.4):
                Zones.Add(Zone("dwelling-" + lot.Building.Id, ZoneKind.Dwelling, footprint, null, "Lejligheder"));
                break;
            case LotUse.Mixed when rng.Chance(0.3):
                Zones.Add(Zone("office-" + lot.Building.Id, ZoneKind.BusinessPremises, footprint, "office-" + lot.Building.Id, "Kontor"));
                break;
        }
    }

    /// <summary>A 3 m × 1.5 m entrance area on the sidewalk in front of the facade midpoint.</summary>
    private Polygon EntranceAt(Lot lot)
    {
        var (c, o) = (lot.Facade, lot.OutwardDeg);
        var (x, y) = (c.X - OriginX, c.Y - OriginY);
        return o switch
        {
            0 => Rect(x - 1.5, y, x + 1.5, y + 1.5),
            180 => Rect(x - 1.5, y - 1.5, x + 1.5, y),
            90 => Rect(x, y - 1.5, x + 1.5, y + 1.5),
            _ => Rect(x - 1.5, y - 1.5, x, y + 1.5),
        };
    }

    private Building AddBuilding(Polygon footprint, double height, string? id)
    {
        var b = new Building(id ?? $"b{++buildingNo:000}", footprint, height);
        Buildings.Add(b);
        return b;
    }

    private static Zone Zone(string id, ZoneKind kind, Geometry area, string? operatorId, string? name) => new(id, kind, area, operatorId, name);

    private static string Slug(string name) => name.ToLowerInvariant()
        .Replace("æ", "ae", StringComparison.Ordinal).Replace("ø", "oe", StringComparison.Ordinal).Replace("å", "aa", StringComparison.Ordinal)
        .Replace(' ', '-');
}
