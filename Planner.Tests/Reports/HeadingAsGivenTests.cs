using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Planner.Reports.Content;
using Planner.Reports.Layout;
using Planner.Tests.Formats;

namespace Planner.Tests.Reports;

/// <summary>
/// Issue 14 ("no silent surprises"): a heading given from true north in a lon/lat file is stored from grid north; the
/// report shows it as the user gave it, with the grid value noted. The grid value is checked against the spherical
/// meridian convergence γ = atan(tan(λ − λ₀) · sin φ) (λ₀ = 9° E for EPSG:25832), which differs from the ellipsoidal one
/// by far less than the 0.05° rounding margin of the chosen point (γ = 2.479°, so 90° true = 87.52° grid).
/// </summary>
public sealed class HeadingAsGivenTests
{
    private const double Lon = 12.0;
    private const double Lat = 55.7;

    [Theory]
    [InlineData("english", ReportLanguage.English, "heading 90.0° (grid 87.5°, EPSG:25832)")]
    [InlineData("danish", ReportLanguage.Danish, "retning 90,0° (kortnord 87,5°, EPSG:25832)")]
    public void Report_LonLatCameraFile_ShowsTrueNorthWithTheGridValue(string name, ReportLanguage lang, string expected)
    {
        using var tmp = new TempFolder();
        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: tmp.File("c.geojson", Cameras(Lon, Lat, crs: null))), new PlanLoadOptions()).Plan;
        var gamma = Math.Atan(Math.Tan((Lon - 9) * Math.PI / 180) * Math.Sin(Lat * Math.PI / 180)) * 180 / Math.PI;
        Assert.Equal(90 - gamma, plan.Cameras[0].Optics.HeadingDeg, 0.01);
        Assert.Equal(CrsRegistry.Wgs84, plan.Metadata.CameraInputEpsg);

        // Through a plan file too: the input CRS is part of the plan's metadata.
        var file = Path.Combine(tmp.Path, "p.gpkg");
        GeoPackagePlanStore.Write(file, plan);
        var stored = GeoPackagePlanStore.Read(file).Plan;
        Assert.Equal(plan.Metadata, stored.Metadata);
        Assert.True(Text(stored, lang).Contains(expected), name);
    }

    [Fact]
    public void Report_ProjectedCameraFile_ShowsTheGridHeadingAsGiven()
    {
        using var tmp = new TempFolder();
        var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, CrsRegistry.Etrs89Utm32, Lon, Lat);
        var plan = PlanFileLoader.Load(new PlanFiles(Cameras: tmp.File("c.geojson", Cameras(x, y, crs: "urn:ogc:def:crs:EPSG::25832"))), new PlanLoadOptions()).Plan;
        Assert.Equal(90, plan.Cameras[0].Optics.HeadingDeg, 1e-9);
        var text = Text(plan, ReportLanguage.English);
        Assert.True(text.Contains("heading 90°, horizontal FOV"), "grid heading as given");
        Assert.False(text.Contains("(grid"), "no grid note for a heading given on the grid");
    }

    private static PdfText Text(Plan plan, ReportLanguage lang)
    {
        var input = ReportAssembler.Assemble(plan, lang, ReportCases.Clock, options: new ReportOptions { Pack = null });
        using var fonts = FontSet.LoadBundled();
        using var ms = new MemoryStream();
        ProposalRenderer.Write(input, ms, fonts);
        return PdfText.Read(ms.ToArray());
    }

    private static string Cameras(double x, double y, string? crs) =>
        "{\"type\":\"FeatureCollection\"," + (crs is null ? "" : "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}},") +
        "\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" +
        x.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "," + y.ToString("R", System.Globalization.CultureInfo.InvariantCulture) +
        "]},\"properties\":{\"id\":\"c1\",\"heading_deg\":90,\"hfov_deg\":60,\"range_m\":40,\"operator\":\"municipality\"}}]}";
}
