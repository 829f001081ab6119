using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Tests.Formats;

public sealed class CameraGeoJsonWriterTests
{
    private static readonly Camera[] Cameras =
    [
        new("full", 724356.68, 6175756.99, CameraOptics.Create(45, 60, 35, 40, 5.5, 20, 2688, false))
        {
            Model = "bullet-4mp-vf-2.8-12mm", Operator = OperatorType.Business, OperatorId = "shop-7", Recording = true, RetentionDays = 30,
            Purpose = "theft", Permit = "P-1", PermitExpires = new DateOnly(2027, 1, 31), PoliceConsulted = false, SurveillanceZone = "entrance",
        },
        new("ptz", 724500, 6175800, CameraOptics.Create(0, 360, null, 150, 8, 10, 1920, true)) { Operator = OperatorType.Police },
        new("unknown-heading", 724400, 6175700, CameraOptics.Create(0)) { HeadingKnown = false },
        new("north-west", 723900.5, 6176100.25, CameraOptics.Create(315.5, 90, 50, 30, 3, 0, 1280, false)) { Operator = OperatorType.Municipality },
    ];

    [Theory]
    [InlineData("lon/lat (RFC 7946)", 4326)]
    [InlineData("projected with a crs member", 25832)]
    [InlineData("another projected CRS", 25833)]
    public void WriteThenRead_Cameras_ComeBackTheSame(string name, int outEpsg)
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "out.geojson");
        CameraGeoJsonWriter.Write(path, Cameras, CrsRegistry.Etrs89Utm32, outEpsg);
        var back = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = CrsRegistry.Etrs89Utm32 });
        // The only warning is the one for the camera whose heading is unknown.
        Assert.True(back.Warnings.Count == 1, name);
        Assert.Equal(["1 camera(s) without heading_deg"], back.Warnings.Select(w => w[(path.Length + 2)..w.IndexOf(" (", StringComparison.Ordinal)]));
        Assert.Equal(Cameras.Length, back.Plan.Cameras.Count);
        foreach (var (a, b) in Cameras.Zip(back.Plan.Cameras))
        {
            // Positions: 9 decimals of a degree ≈ 0.1 mm, 4 decimals of a metre = 0.1 mm; headings go through a rotation.
            Assert.Equal(a.X, b.X, 1e-3);
            Assert.Equal(a.Y, b.Y, 1e-3);
            // Headings are angles: 0 and 359.9999999996 are the same direction.
            Assert.Equal(0, Math.Abs(Math.IEEERemainder(a.Optics.HeadingDeg - b.Optics.HeadingDeg, 360)), 1e-6);
            Assert.Equal(a.Optics.WithHeading(0), b.Optics.WithHeading(0));
            Assert.Equal(a with { X = b.X, Y = b.Y, Optics = b.Optics }, b);
        }
    }

    [Fact]
    public void Write_LonLat_HeadingIsFromTrueNorth()
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "out.geojson");
        CameraGeoJsonWriter.Write(path, [Cameras[0]], CrsRegistry.Etrs89Utm32);
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var props = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        // Grid 45° at Rådhuspladsen is true 45° + 2.948° (meridian convergence from PROJ, see CrsRoundTripTests).
        Assert.Equal(45 + 2.94816236, props.GetProperty("heading_deg").GetDouble(), 1e-4);
        Assert.Equal("business", props.GetProperty("operator").GetString());
        Assert.Equal("2027-01-31", props.GetProperty("permit_expires").GetString());
    }
}
