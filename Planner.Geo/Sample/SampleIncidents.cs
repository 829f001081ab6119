using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Sample;

/// <summary>
/// Three years (2022–2024) of synthetic incidents with the structure analysts look for: violence around the nightlife
/// venues on Friday and Saturday nights, pickpocketing around the station at rush hours, shoplifting in shop hours at
/// the shops, burglary in the residential blocks (more in the dark half of the year), plus background noise spread
/// over the town. Times are Europe/Copenhagen wall clock with their offset.
/// </summary>
internal sealed class SampleIncidents
{
    public const int Violence = 1100;
    public const int Pickpocketing = 700;
    public const int Shoplifting = 1400;
    public const int Burglary = 450;
    public const int Background = 1000;

    private static readonly DateTime First = new(2022, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
    private const int Days = 1096; // 2022-01-01 .. 2024-12-31

    private readonly SampleRandom rng;
    private readonly SampleTown town;
    private readonly STRtree<IPreparedGeometry> buildings = new();
    private readonly List<(Coordinate At, DateTime Local, string Offence, decimal? Amount)> drafts = [];

    private SampleIncidents(SampleTown town, SampleRandom rng)
    {
        this.town = town;
        this.rng = rng;
        foreach (var b in town.Buildings)
        {
            buildings.Insert(b.Footprint.EnvelopeInternal, PreparedGeometryFactory.Prepare(b.Footprint));
        }

        buildings.Build();
    }

    public static List<Incident> Build(SampleTown town, SampleRandom rng)
    {
        var g = new SampleIncidents(town, rng);
        g.NightlifeViolence();
        g.StationPickpocketing();
        g.ShopShoplifting();
        g.ResidentialBurglary();
        g.BackgroundNoise();

        // Ids in time order, as a police extract would number them.
        return [.. g.drafts
            .Select(d => (d, At: Local(d.Local)))
            .OrderBy(x => x.At.UtcDateTime)
            .Select((x, i) => new Incident($"i{i + 1:00000}", Math.Round(x.d.At.X, 2), Math.Round(x.d.At.Y, 2), x.At, x.d.Offence) { AmountDkk = x.d.Amount })];
    }

    private void NightlifeViolence()
    {
        var entrances = town.Lots.Where(l => l.Use == LotUse.Venue).Select(l => l.Out(1)).ToList();
        double[] hourWeights = [6, 10, 14, 18, 20, 14, 8]; // 22:00 .. 04:00, peak 02–03
        for (var i = 0; i < Violence; i++)
        {
            // Friday and Saturday nights start on those evenings; a quarter fall on the other nights.
            var weekendNight = rng.Chance(0.78);
            var day = Day(d => weekendNight ? d is DayOfWeek.Friday or DayOfWeek.Saturday : d is not (DayOfWeek.Friday or DayOfWeek.Saturday));
            var local = day.AddHours(22 + rng.Weighted(hourWeights)).AddMinutes(rng.Next(60));
            Add(Near(rng.Pick(entrances), 10), local, "violence", null);
        }
    }

    private void StationPickpocketing()
    {
        var algade = SampleTown.NorthSouth[2].At;
        for (var i = 0; i < Pickpocketing; i++)
        {
            var weekday = rng.Chance(0.85);
            var day = Day(d => weekday == d is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            double hour = weekday
                ? rng.Weighted([45, 45, 10]) switch { 0 => rng.Range(7, 9), 1 => rng.Range(15, 18), _ => rng.Range(9, 15) }
                : rng.Range(10, 18);
            var at = rng.Chance(0.7)
                ? Near(town.StationSquare, 22)
                : Near(SampleTown.At(algade + rng.Range(-5, 5), rng.Range(10, 200)), 1);
            Add(at, day.AddMinutes(Math.Floor(hour * 60)), "pickpocketing", Amount(6.3, 0.9, 10));
        }
    }

    private void ShopShoplifting()
    {
        var shops = town.Lots.Where(l => l.Use == LotUse.Shop).ToList();
        var weights = shops.Select(_ => rng.Range(0.3, 3)).ToList();
        for (var i = 0; i < Shoplifting; i++)
        {
            var shop = shops[rng.Weighted(weights)];
            var saturday = rng.Chance(0.2);
            var day = Day(d => saturday ? d == DayOfWeek.Saturday : d is >= DayOfWeek.Monday and <= DayOfWeek.Friday);
            var minutes = saturday ? rng.Range(10 * 60, 15.5 * 60) : rng.Range(10 * 60, 17.5 * 60);
            var inside = shop.Out(-3);
            Add(new Coordinate(inside.X + rng.Range(-1.5, 1.5), inside.Y + rng.Range(-1.5, 1.5)), day.AddMinutes(Math.Floor(minutes)), "shoplifting", Amount(5.6, 0.8, 1));
        }
    }

    private void ResidentialBurglary()
    {
        var homes = town.Lots.Where(l => l.Use is LotUse.Residential or LotUse.Housing).ToList();
        for (var i = 0; i < Burglary; i++)
        {
            var env = rng.Pick(homes).Building.Footprint.EnvelopeInternal;
            var at = new Coordinate(rng.Range(env.MinX + 1, env.MaxX - 1), rng.Range(env.MinY + 1, env.MaxY - 1));
            DateTime day;
            do
            {
                // More break-ins in the dark half of the year.
                day = Day(_ => true);
            }
            while (day.Month is >= 4 and <= 9 && !rng.Chance(0.65));

            var local = rng.Chance(0.6) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                ? day.AddMinutes(Math.Floor(rng.Range(8 * 60, 17 * 60)))
                : day.AddMinutes(Math.Floor(rng.Range(22 * 60, 30 * 60)));
            Add(at, local, "burglary", Math.Round(Amount(9.5, 1.0, 100)!.Value / 100) * 100);
        }
    }

    private void BackgroundNoise()
    {
        string[] offences = ["vandalism", "bicycle_theft", "theft", "violence"];
        double[] weights = [35, 35, 20, 10];
        var extent = SampleTown.Extent;
        for (var i = 0; i < Background; i++)
        {
            Coordinate at;
            do
            {
                at = new Coordinate(rng.Range(extent.MinX, extent.MaxX), rng.Range(extent.MinY, extent.MaxY));
            }
            while (InBuilding(at));

            var day = Day(_ => true);
            var minutes = rng.Chance(0.7) ? rng.Range(7 * 60, 23 * 60) : rng.Range(23 * 60, 31 * 60);
            Add(at, day.AddMinutes(Math.Floor(minutes)), offences[rng.Weighted(weights)], null);
        }
    }

    /// <summary>
    /// The Copenhagen instant of a drawn wall-clock time, by the EU rule (not the machine's tzdata, so the sample is the
    /// same everywhere). A time in the spring-forward gap does not exist on a clock; it is moved one hour on.
    /// </summary>
    private static DateTimeOffset Local(DateTime wall)
    {
        var zone = CopenhagenTime.EuRule;
        return CopenhagenTime.FromLocal(zone.IsInvalidTime(wall) ? wall.AddHours(1) : wall, zone, out _);
    }

    private DateTime Day(Func<DayOfWeek, bool> accept)
    {
        while (true)
        {
            var day = First.AddDays(rng.Next(Days));
            if (accept(day.DayOfWeek))
            {
                return day;
            }
        }
    }

    /// <summary>A point around <paramref name="centre"/> (normal, σ metres) on open ground; after 50 tries the centre itself.</summary>
    private Coordinate Near(Coordinate centre, double sigma)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var c = new Coordinate(centre.X + (sigma * rng.Normal()), centre.Y + (sigma * rng.Normal()));
            if (!InBuilding(c) && SampleTown.Extent.Contains(c))
            {
                return c;
            }
        }

        return centre;
    }

    private bool InBuilding(Coordinate c)
    {
        var p = new Point(c);
        return buildings.Query(new Envelope(c)).Any(b => b.Contains(p));
    }

    private decimal? Amount(double mu, double sigma, double step) =>
        (decimal)(Math.Max(step, Math.Round(Math.Exp(mu + (sigma * rng.Normal())) / step) * step));

    private void Add(Coordinate at, DateTime local, string offence, decimal? amount)
    {
        if (local >= First.AddDays(Days))
        {
            // A night that runs past New Year's Eve 2024 is kept inside the three years.
            local = local.AddDays(-7);
        }

        drafts.Add((at, local, offence, amount));
    }
}
