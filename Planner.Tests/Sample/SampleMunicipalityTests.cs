using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Geo.Sample;

namespace Planner.Tests.Sample;

public sealed class SampleMunicipalityTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();

    // Lindsted's box in EPSG:25832, as the generator's documentation states it (central Jutland).
    private static readonly Envelope Town = new(535_392, 536_058, 6_231_593, 6_232_048);

    [Fact]
    public void Build_Metadata_LabelledSynthetic()
    {
        Assert.True(Sample.Metadata.Synthetic);
        Assert.StartsWith("SYNTHETIC DATA", Sample.Metadata.Source, StringComparison.Ordinal);
        Assert.Contains("synthetic", Sample.Metadata.Name, StringComparison.Ordinal);
        Assert.Equal(25832, Sample.Epsg);
    }

    [Fact]
    public void Build_Location_CentralJutland()
    {
        var (lon, lat) = CrsRegistry.Transform(25832, 4326, Town.Centre.X, Town.Centre.Y);
        Assert.InRange(lon, 8.5, 10.5);
        Assert.InRange(lat, 55.6, 56.8);
    }

    [Fact]
    public void Build_Counts_AsSpecified()
    {
        Assert.InRange(Sample.Cameras.Count, 23, 27);
        Assert.InRange(Sample.Incidents.Count, 3000, 6000);
        Assert.InRange(Sample.Buildings.Count, 150, 800);
        Assert.Single(Sample.Zones, z => z.Kind == ZoneKind.UtrygArea);
        Assert.Single(Sample.Zones, z => z.Kind == ZoneKind.ResidentialArea);
        Assert.Single(Sample.Zones, z => z.Kind == ZoneKind.School);
        Assert.InRange(Sample.Zones.Count(z => z.Kind == ZoneKind.NightlifeVenue), 5, 20);
        Assert.InRange(Sample.Zones.Count(z => z.Kind == ZoneKind.BusinessPremises), 10, 80);
        Assert.True(Sample.Zones.Count(z => z.Kind == ZoneKind.Dwelling) >= 50);
        Assert.Contains(Sample.Zones, z => z.Name == "Torvet" && z.Kind == ZoneKind.PublicArea);
        Assert.Contains(Sample.Zones, z => z.Name == "Stationspladsen" && z.Kind == ZoneKind.PublicArea);
        Assert.Contains(Sample.Zones, z => z.Id.StartsWith("path-", StringComparison.Ordinal));
        Assert.Contains(Sample.Buildings, b => b.Id == "station");
    }

    [Fact]
    public void Build_Ids_UniquePerLayer()
    {
        Assert.Equal(Sample.Cameras.Count, Sample.Cameras.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Sample.Buildings.Count, Sample.Buildings.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Sample.Zones.Count, Sample.Zones.Select(c => c.Id).Distinct().Count());
        Assert.Equal(Sample.Incidents.Count, Sample.Incidents.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Build_Buildings_ValidWithHeights3To25AndSomeCourtyards()
    {
        Assert.All(Sample.Buildings, b => Assert.True(b.Footprint.IsValid, b.Id));
        Assert.All(Sample.Buildings, b => Assert.InRange(b.HeightM!.Value, 3, 25));
        Assert.Equal(3, Sample.Buildings.Min(b => b.HeightM));
        Assert.Equal(25, Sample.Buildings.Max(b => b.HeightM));
        Assert.Contains(Sample.Buildings, b => b.Footprint is Polygon { NumInteriorRings: > 0 });

        // Perimeter blocks leave open courtyards: buildings cover well under half of the town.
        var built = Sample.Buildings.Sum(b => b.Footprint.Area);
        Assert.InRange(built / (Town.Width * Town.Height), 0.2, 0.5);

        // No two buildings overlap (brute force over all pairs).
        for (var i = 0; i < Sample.Buildings.Count; i++)
        {
            for (var j = i + 1; j < Sample.Buildings.Count; j++)
            {
                var a = Sample.Buildings[i].Footprint;
                var b = Sample.Buildings[j].Footprint;
                if (a.EnvelopeInternal.Intersects(b.EnvelopeInternal))
                {
                    Assert.True(a.Intersection(b).Area < 1e-6, $"{Sample.Buildings[i].Id} overlaps {Sample.Buildings[j].Id}");
                }
            }
        }
    }

    [Fact]
    public void Build_Cameras_ValidMixedOperatorsOnOpenGroundOrTheirWall()
    {
        var counts = Sample.Cameras.GroupBy(c => c.Operator!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Enum.GetValues<OperatorType>().Order(), counts.Keys.Order());
        var poles = new List<string>();
        foreach (var c in Sample.Cameras)
        {
            var p = new Point(c.X, c.Y);
            Assert.True(Town.Contains(c.X, c.Y), c.Id);
            Assert.DoesNotContain(Sample.Buildings, b => b.Footprint.Contains(p));
            Assert.NotNull(c.OperatorId);
            Assert.NotNull(c.Purpose);
            Assert.NotNull(c.Recording);

            // A camera is on its wall (within the contract's 0.5 m mount distance) or on a pole in a public area.
            if (Sample.Buildings.Min(b => b.Footprint.Distance(p)) > 0.5)
            {
                poles.Add(c.Id);
                Assert.Contains(Sample.Zones, z => z.Kind == ZoneKind.PublicArea && z.Area.Contains(p));
            }
        }

        Assert.Equal(["cam-m01", "cam-m03", "cam-m06", "cam-p01", "cam-p02", "cam-p03", "cam-p04"], poles);

        Assert.All(Sample.Cameras.Where(c => c.Operator == OperatorType.Municipality), c => Assert.NotNull(c.PoliceConsulted));
        Assert.All(Sample.Cameras.Where(c => c.Operator == OperatorType.Housing), c =>
        {
            Assert.NotNull(c.Permit);
            Assert.NotNull(c.PermitExpires);
        });
        Assert.All(Sample.Cameras.Where(c => c.Operator == OperatorType.Business), c =>
        {
            Assert.NotNull(c.RetentionDays);
            Assert.Contains(Sample.Zones, z => z.Kind == ZoneKind.Entrance && z.OperatorId == c.OperatorId);
            var entrance = Sample.Zones.First(z => z.Kind == ZoneKind.Entrance && z.OperatorId == c.OperatorId);
            Assert.True(entrance.Area.Distance(new Point(c.X, c.Y)) < 2, c.Id);
        });
    }

    [Fact]
    public void Build_Incidents_InsideTownOutsideBuildingsExceptIndoorOffences()
    {
        var index = new NetTopologySuite.Index.Strtree.STRtree<Geometry>();
        foreach (var b in Sample.Buildings)
        {
            index.Insert(b.Footprint.EnvelopeInternal, b.Footprint);
        }

        foreach (var i in Sample.Incidents)
        {
            Assert.True(Town.Contains(i.X, i.Y), i.Id);
            var inBuilding = index.Query(new Envelope(i.X, i.X, i.Y, i.Y)).Any(g => g.Contains(new Point(i.X, i.Y)));
            if (i.Offence == "burglary")
            {
                Assert.True(inBuilding, i.Id);
            }
            else if (i.Offence != "shoplifting")
            {
                Assert.False(inBuilding, i.Id);
            }
        }
    }

    [Fact]
    public void Build_IncidentTimes_ThreeYearsCopenhagenOffsets()
    {
        Assert.Equal(new DateOnly(2022, 1, 1), Sample.Incidents.Min(i => DateOnly.FromDateTime(i.OccurredAt.DateTime)));
        Assert.Equal(new DateOnly(2024, 12, 31), Sample.Incidents.Max(i => DateOnly.FromDateTime(i.OccurredAt.DateTime)));
        foreach (var i in Sample.Incidents)
        {
            // Independent check of the EU summer-time rule for Denmark via the instant in UTC.
            var utc = i.OccurredAt.UtcDateTime;
            var start = LastSundayUtc(utc.Year, 3);
            var end = LastSundayUtc(utc.Year, 10);
            var expected = utc >= start && utc < end ? 2 : 1;
            Assert.Equal(TimeSpan.FromHours(expected), i.OccurredAt.Offset);
        }

        Assert.True(Sample.Incidents.Zip(Sample.Incidents.Skip(1)).All(p => p.First.OccurredAt <= p.Second.OccurredAt));
    }

    [Fact]
    public void Build_NightlifeViolence_MostlyFridaySaturdayNights()
    {
        var venues = Sample.Zones.Where(z => z.Kind == ZoneKind.NightlifeVenue).Select(z => z.Area).ToList();
        var near = Sample.Incidents
            .Where(i => i.Offence == "violence" && venues.Any(v => v.Distance(new Point(i.X, i.Y)) < 30))
            .ToList();
        Assert.True(near.Count > 800, $"{near.Count} violent incidents near venues");
        var weekendNight = near.Count(i => IsFriOrSatNight(i.OccurredAt.DateTime));
        Assert.InRange((double)weekendNight / near.Count, 0.65, 0.9);

        // Far from the venues, violence is background noise: no weekend-night concentration.
        var far = Sample.Incidents.Where(i => i.Offence == "violence" && venues.All(v => v.Distance(new Point(i.X, i.Y)) > 60)).ToList();
        Assert.True(far.Count > 20);
        Assert.InRange((double)far.Count(i => IsFriOrSatNight(i.OccurredAt.DateTime)) / far.Count, 0, 0.3);
    }

    [Fact]
    public void Build_OtherPatterns_StationRushHourShopHoursResidentialBurglary()
    {
        var pick = Sample.Incidents.Where(i => i.Offence == "pickpocketing").ToList();
        var rush = pick.Count(i => i.OccurredAt.Hour is 7 or 8 or 15 or 16 or 17);
        Assert.True(rush > 0.6 * pick.Count, $"{rush} of {pick.Count} at rush hours");

        var shop = Sample.Incidents.Where(i => i.Offence == "shoplifting").ToList();
        Assert.All(shop, i =>
        {
            Assert.NotEqual(DayOfWeek.Sunday, i.OccurredAt.DayOfWeek);
            Assert.InRange(i.OccurredAt.TimeOfDay, TimeSpan.FromHours(10), TimeSpan.FromHours(17.5));
            Assert.NotNull(i.AmountDkk);
        });

        var dwellings = Sample.Zones.Where(z => z.Kind == ZoneKind.Dwelling).Select(z => z.Area).ToList();
        Assert.All(Sample.Incidents.Where(i => i.Offence == "burglary"), i => Assert.Contains(dwellings, d => d.Contains(new Point(i.X, i.Y))));
    }

    private static bool IsFriOrSatNight(DateTime local) =>
        (local.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday && local.Hour >= 22)
        || (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday && local.Hour < 5);

    private static DateTime LastSundayUtc(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
