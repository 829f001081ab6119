using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Tests.Reports;

/// <summary>
/// A small synthetic plan in EPSG:25832 (central Copenhagen coordinates, made-up content): a 4 × 3 block grid of
/// buildings, a square, a utryg area, two dwellings, cameras of several operators and deterministic incidents.
/// Marked synthetic, so every view of it must say so.
/// </summary>
internal static class ReportFixture
{
    public const double X0 = 724_000;
    public const double Y0 = 6_175_000;

    private static readonly GeometryFactory Gf = new(new PrecisionModel(), 25832);

    public static Plan Plan(int cameraCount = 6, int incidentCount = 240)
    {
        var buildings = new List<Building>();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                if (i == 1 && j == 1)
                {
                    continue; // the square
                }

                var x = X0 + (i * 60);
                var y = Y0 + (j * 60);
                buildings.Add(new Building($"B{i}{j}", Rect(x + 10, y + 10, x + 50, y + 50), j == 2 ? null : 12 + (i * 3)));
            }
        }

        var zones = new List<Zone>
        {
            new("Z-public", ZoneKind.PublicArea, Rect(X0, Y0, X0 + 240, Y0 + 180)),
            new("Z-utryg", ZoneKind.UtrygArea, Rect(X0 + 40, Y0 + 40, X0 + 160, Y0 + 140), name: "Torvet og Østergade"),
            new("Z-dw1", ZoneKind.Dwelling, Rect(X0 + 130, Y0 + 70, X0 + 170, Y0 + 110)),
            new("Z-dw2", ZoneKind.Dwelling, Rect(X0 + 190, Y0 + 10, X0 + 230, Y0 + 50)),
        };

        var ops = new[] { OperatorType.Municipality, OperatorType.Police, OperatorType.Business, OperatorType.Housing };
        var cameras = new List<Camera>();
        for (var k = 0; k < cameraCount; k++)
        {
            var a = k * 2.399963; // golden angle: spread deterministically
            var r = 12 + (55 * Math.Sqrt((k + 0.5) / Math.Max(1, cameraCount)));
            var heading = ((k * 137.5) + 20) % 360;
            cameras.Add(new Camera($"CAM-{k + 1:000}", X0 + 90 + (r * Math.Cos(a)), Y0 + 90 + (r * Math.Sin(a)),
                CameraOptics.Create(heading, hfovDeg: 70 + (k % 3 * 15), rangeM: 45, heightM: 5, tiltDeg: 12, resolutionPx: k % 2 == 0 ? 1920 : 3840))
            {
                Operator = ops[k % ops.Length],
                OperatorId = k % ops.Length == 2 ? "Bageriet Æblehaven ApS" : null,
                Recording = k % 5 != 3,
                RetentionDays = k % 4 == 2 ? 60 : 30,
                Purpose = "Tryghed på Torvet — forebyggelse af vold og tyveri",
                Model = k % 2 == 0 ? "axis-p3265" : null,
                PoliceConsulted = k % ops.Length == 0 ? true : null,
                Permit = k % ops.Length == 0 ? "KK-2026-0042" : null,
                PermitExpires = k % ops.Length == 0 ? new DateOnly(2027, 3, 31) : null,
            });
        }

        var rnd = new Random(20260101);
        var incidents = new List<Incident>();
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.FromHours(1));
        for (var n = 0; n < incidentCount; n++)
        {
            // Two clusters (the square, the east street) and a uniform background.
            var (cx, cy, s) = (n % 3) switch { 0 => (90.0, 90.0, 12.0), 1 => (175.0, 30.0, 10.0), _ => (120.0, 90.0, 70.0) };
            var x = X0 + cx + (Gauss(rnd) * s);
            var y = Y0 + cy + (Gauss(rnd) * s);
            var night = rnd.NextDouble() < 0.6;
            var when = start.AddDays(rnd.Next(0, 180)).AddHours(night ? 20 + rnd.Next(0, 8) : rnd.Next(8, 20)).AddMinutes(rnd.Next(0, 60));
            incidents.Add(new Incident($"I{n:0000}", x, y, when, n % 4 == 0 ? "tyveri" : "vold"));
        }

        return new Plan(25832, new PlanMetadata
        {
            Name = "Torvet tryghedsplan",
            Municipality = "Københavns Kommune (syntetisk)",
            Author = "Ærø Østergård, Teknik- og Miljøforvaltningen",
            CreatedAt = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
            Synthetic = true,
            Source = "generated test plan",
        })
        {
            Buildings = buildings,
            Zones = zones,
            Cameras = cameras,
            Incidents = incidents,
        };
    }

    public static Polygon Rect(double x0, double y0, double x1, double y1) =>
        Gf.CreatePolygon([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    private static double Gauss(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
