using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Model;

namespace Planner.Tests.Stores;

/// <summary>A small plan that uses every property of the contract, for store round trips.</summary>
internal static class PlanFixtures
{
    private static readonly WKTReader Wkt = new();

    public static Geometry FromWkt(string wkt) => Wkt.Read(wkt);

    public static Plan Full(int epsg = 25832) => new(epsg, new PlanMetadata
    {
        Name = "Testplan Æblegade",
        Municipality = "Testrup Kommune",
        Author = "Planner Tests",
        CreatedAt = new DateTimeOffset(2025, 3, 30, 2, 30, 15, TimeSpan.FromHours(1)).AddTicks(1234567),
        Synthetic = true,
        Source = "hand-made test data",
    })
    {
        Cameras =
        [
            new Camera("c1", 536_123.456789012, 6_232_001.25, Planner.Geo.Model.CameraOptics.Create(359.5, 92.5, 48, 60, 5.5, 22, 3840, ptz: false))
            {
                Model = "bullet-4mp-2.8",
                Operator = OperatorType.Housing,
                OperatorId = "bolig-1",
                Recording = true,
                RetentionDays = 30,
                Purpose = "tryghed",
                Permit = "TV-2024-17",
                PermitExpires = new DateOnly(2027, 6, 30),
                PoliceConsulted = false,
                SurveillanceZone = "public",
            },
            new Camera("c2", 536_200, 6_232_100, Planner.Geo.Model.CameraOptics.Create(0, 360, ptz: true)),
            new Camera("c3", 536_210, 6_232_110, Planner.Geo.Model.CameraOptics.Create(0)) { HeadingKnown = false },
        ],
        Buildings =
        [
            new Building("b1", FromWkt("POLYGON ((536100 6232000, 536140 6232000, 536140 6232030, 536100 6232030, 536100 6232000), (536110 6232010, 536110 6232020, 536130 6232020, 536130 6232010, 536110 6232010))"), 14.5),
            new Building("b2", FromWkt("MULTIPOLYGON (((536200 6232000, 536210 6232000, 536210 6232010, 536200 6232000)), ((536300 6232000, 536310 6232000, 536310 6232010, 536300 6232000)))"), null),
        ],
        Zones = [.. Enum.GetValues<ZoneKind>().Select((k, i) => new Zone(
            $"z{i}", k, FromWkt($"POLYGON (({536000 + (i * 10)} 6231900, {536008 + (i * 10)} 6231900, {536008 + (i * 10)} 6231908, {536000 + (i * 10)} 6231900))"),
            i % 2 == 0 ? $"op-{i}" : null, i % 3 == 0 ? $"Zone {i}" : null))],
        Incidents =
        [
            new Incident("i1", 536_150.125, 6_232_050.875, new DateTimeOffset(2024, 7, 6, 1, 15, 0, TimeSpan.FromHours(2)), "violence") { Reported = true },
            new Incident("i2", 536_151, 6_232_051, new DateTimeOffset(2023, 12, 1, 16, 45, 30, TimeSpan.FromHours(1)), "shoplifting") { AmountDkk = 249.95m, Reported = false },
        ],
    };
}
