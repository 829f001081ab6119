using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Sample;

/// <summary>
/// The sample's 25 existing cameras: municipal (§ 2 a, police consulted but one), police, businesses at their own
/// entrances (one keeping recordings too long), a housing association under permits (one expired), private owners and
/// public authorities. Wall cameras hang 0.3 m in front of their facade, looking out.
/// </summary>
internal static class SampleCameras
{
    private const string Municipality = "lindsted-kommune";
    private const string Police = "midt-og-vestjyllands-politi";

    public static List<Camera> Build(SampleTown town, SampleRandom rng)
    {
        var cameras = new List<Camera>();
        var lots = town.Lots;
        Lot First(Func<Lot, bool> where) => lots.First(where);
        var venues = lots.Where(l => l.Use == LotUse.Venue).ToList();
        var shops = lots.Where(l => l.Use == LotUse.Shop).ToList();
        var housing = lots.Where(l => l.Use == LotUse.Housing).ToList();
        var homes = lots.Where(l => l.Use == LotUse.Residential).ToList();
        var station = First(l => l.Name == "Lindsted Station");

        Camera Wall(string id, Lot lot, double turn, CameraOptics optics) =>
            At(id, lot.Out(0.3), optics.WithHeading(Norm(lot.OutwardDeg + turn)));

        // Municipality (tv-overvågningsloven § 2 a): public squares and the nightlife street, decided by the city council
        // (all but the park camera, whose decision is not yet recorded).
        var square = town.Square;
        Camera Council(Camera c, bool decided = true) => c with
        {
            ControllerName = "Lindsted Kommune",
            ControllerContact = "tv-overvaagning@lindsted.example",
            PurposeCategory = PurposeCategory.Tryghed,
            CouncilDecisionRef = decided ? "Byrådet, sag 24/1187, pkt. 9" : null,
            CouncilDecisionDate = decided ? new DateOnly(2024, 5, 23) : null,
        };
        cameras.Add(Council(At("cam-m01", square, Optics(0, 360, 80, 7, 15, 3840, ptz: true)) with
        { Operator = OperatorType.Municipality, OperatorId = Municipality, Recording = true, RetentionDays = 30, Purpose = "Tryghed og forebyggelse af kriminalitet på Torvet", PoliceConsulted = true }));
        cameras.Add(Council(Wall("cam-m02", First(l => l.Use == LotUse.Shop && l.OutwardDeg == 90 && l.Facade.Y > square.Y - 50), 0, Optics(0, 70, 60, 6, 18, 2688)) with
        { Operator = OperatorType.Municipality, OperatorId = Municipality, Recording = true, RetentionDays = 30, Purpose = "Tryghed på Torvet og Algade", PoliceConsulted = true }));
        cameras.Add(Council(At("cam-m03", Offset(town.StationSquare, 0, 15), Optics(0, 90, 60, 6, 20, 2688)) with
        { Operator = OperatorType.Municipality, OperatorId = Municipality, Recording = true, RetentionDays = 30, Purpose = "Tryghed på Stationspladsen", PoliceConsulted = true }));
        cameras.Add(Council(Wall("cam-m04", station, -30, Optics(0, 80, 50, 6, 20, 2688)) with
        { Operator = OperatorType.Municipality, OperatorId = Municipality, Recording = true, RetentionDays = 30, Purpose = "Tryghed ved stationens indgang", PoliceConsulted = true }));
        cameras.Add(Council(Wall("cam-m05", venues[^1], 20, Optics(0, 75, 60, 6, 18, 3840)) with
        { Operator = OperatorType.Municipality, OperatorId = Municipality, Recording = true, RetentionDays = 30, Purpose = "Tryghed i nattelivet på Vestergade", PoliceConsulted = false }));
        cameras.Add(Council(At("cam-m06", SampleTown.At(65, 165), Optics(45, 90, 40, 5, 15, 1920)) with
        { Operator = OperatorType.Municipality, OperatorId = Municipality, Recording = true, RetentionDays = 30, Purpose = "Tryghed på stierne i Byparken", PoliceConsulted = true }, decided: false));

        // Police: poles on Vestergade, the square and the forecourt.
        cameras.Add(At("cam-p01", SampleTown.At(200, 110), Optics(0, 360, 90, 7, 12, 3840, ptz: true)) with
        { Operator = OperatorType.Police, OperatorId = Police, Recording = true, RetentionDays = 30, Purpose = "Efterforskning og forebyggelse, Vestergade" });
        cameras.Add(At("cam-p02", SampleTown.At(455, 110), Optics(0, 360, 90, 7, 12, 3840, ptz: true)) with
        { Operator = OperatorType.Police, OperatorId = Police, Recording = true, RetentionDays = 30, Purpose = "Efterforskning og forebyggelse, Vestergade øst" });
        cameras.Add(At("cam-p03", Offset(square, -50, -40), Optics(45, 60, 70, 6, 15, 3840)) with
        { Operator = OperatorType.Police, OperatorId = Police, Recording = true, RetentionDays = 30, Purpose = "Torvet" });
        cameras.Add(At("cam-p04", Offset(town.StationSquare, -35, -10), Optics(80, 70, 60, 6, 18, 3840)) with
        { Operator = OperatorType.Police, OperatorId = Police, Recording = true, RetentionDays = 30, Purpose = "Stationspladsen" });

        // Businesses at their own entrances (tv-overvågningsloven § 3 a): 30 days, one at 60.
        var businessLots = new[] { shops[0], shops[3], shops[6], shops[9], shops[12], venues[0], venues[2], venues[4] };
        for (var i = 0; i < businessLots.Length; i++)
        {
            var lot = businessLots[i];
            var venue = lot.Use == LotUse.Venue;
            cameras.Add(Wall($"cam-b{i + 1:00}", lot, rng.Range(-15, 15), Optics(0, 100, 15, 3, 30, 1920)) with
            {
                Operator = OperatorType.Business,
                OperatorId = lot.OperatorId,
                Recording = true,
                RetentionDays = i == 3 ? 60 : 30,
                Purpose = venue ? "Sikkerhed ved egen indgang (natklub/bar)" : "Forebyggelse af tyveri ved egen indgang",
            });
        }

        // Housing association under police permits (§ 2 stk. 2; one expired).
        string[] expires = ["2027-06-30", "2026-12-31", "2025-03-31"];
        for (var i = 0; i < 3; i++)
        {
            var lot = housing[(i * housing.Count / 3) % housing.Count];
            cameras.Add(Wall($"cam-h{i + 1:00}", lot, rng.Range(-20, 20), Optics(0, 90, 30, 4, 20, 2688)) with
            {
                Operator = OperatorType.Housing,
                OperatorId = lot.OperatorId,
                Recording = true,
                RetentionDays = 30,
                Purpose = "Tryghed i boligområdet",
                Permit = $"Midt- og Vestjyllands Politi, tilladelse 2023-{41 + i:000}",
                PermitIssuer = "Midt- og Vestjyllands Politi",
                PermitExpires = DateOnly.Parse(expires[i], System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        // Private home owners.
        var home1 = homes.First(l => l.Facade.X > SampleTown.OriginX + 520);
        var home2 = homes.First(l => l.Facade.X < SampleTown.OriginX + 130);
        cameras.Add(Wall("cam-x01", home1, 10, Optics(0, 90, 20, 2.5, 20, 1920)) with
        { Operator = OperatorType.Private, OperatorId = "privat-1", Recording = true, RetentionDays = 7, Purpose = "Indbrudssikring af egen bolig" });
        cameras.Add(Wall("cam-x02", home2, -10, Optics(0, 110, 15, 2.5, 25, 1920)) with
        { Operator = OperatorType.Private, OperatorId = "privat-2", Recording = false, Purpose = "Dørklokke med kamera" });

        // Public authorities: the railway operator at the platforms, the job centre at its entrance.
        cameras.Add(At("cam-a01", station.Out(-26.3), Optics(180, 100, 40, 5, 20, 2688)) with
        { Operator = OperatorType.Authority, OperatorId = "trafikselskabet-midt", Recording = true, RetentionDays = 30, Purpose = "Sikkerhed på perronerne" });
        var office = lots.First(l => l.Use == LotUse.Mixed && l.OutwardDeg == 180 && l.Facade.Y > SampleTown.OriginY + 200);
        cameras.Add(Wall("cam-a02", office, 0, Optics(0, 80, 20, 3.5, 25, 1920)) with
        { Operator = OperatorType.Authority, OperatorId = "jobcenter-lindsted", Recording = true, RetentionDays = 30, Purpose = "Sikkerhed ved Jobcentrets indgang", ControllerName = "Lindsted Kommune", ControllerContact = "tv-overvaagning@lindsted.example", PurposeCategory = PurposeCategory.Security });
        return cameras;
    }

    private static Camera At(string id, Coordinate c, CameraOptics optics) => new(id, c.X, c.Y, optics);

    private static Coordinate Offset(Coordinate c, double dx, double dy) => new(c.X + dx, c.Y + dy);

    private static CameraOptics Optics(double heading, double hfov, double range, double height, double tilt, int resolution, bool ptz = false) =>
        CameraOptics.Create(heading, hfov, null, range, height, tilt, resolution, ptz);

    private static double Norm(double deg)
    {
        var d = Math.Round(deg % 360, 1);
        return d < 0 ? d + 360 : d >= 360 ? d - 360 : d;
    }
}
