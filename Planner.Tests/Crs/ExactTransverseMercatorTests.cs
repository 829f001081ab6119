using System.Globalization;
using CsCheck;
using Planner.Geo.Crs;
using Planner.Tests.Cli;

namespace Planner.Tests.Crs;

/// <summary>Issue 14: lon/lat ↔ UTM agrees with PROJ to 1e-6 m (ProjNET's series differed by about 0.13 mm).</summary>
public sealed class ExactTransverseMercatorTests
{
    private const double Micrometre = 1e-6;

    // Reference values from PROJ 9.1.1 (Debian proj-bin), e.g. `echo "55.67893 12.5789" | cs2cs -f %.9f EPSG:4326 EPSG:25832`
    // (input lat lon, EPSG axis order). PROJ's UTM uses the Poder/Engsager algorithm; ETRS89 (258xx) on GRS 80.
    [Theory]
    [InlineData("Amagertorv, EPSG:25832 (3.6° east of the meridian)", 25832, 12.5789, 55.67893, 725001.816087182, 6176153.110690218)]
    [InlineData("City Hall Square, EPSG:25832", 25832, 12.568337, 55.675676, 724356.682340685, 6175756.987674342)]
    [InlineData("Zürich, EPSG:25832", 25832, 8.5, 47.37, 462250.465869337, 5246403.390537227)]
    [InlineData("Bornholm in zone 32, EPSG:25832 (6.2° out)", 25832, 15.2, 55.1, 895350.502590772, 6123491.341734754)]
    [InlineData("Bornholm, EPSG:25833", 25833, 15.2, 55.1, 512761.858813634, 6105937.680761463)]
    [InlineData("Amagertorv, WGS 84 EPSG:32632", 32632, 12.5789, 55.67893, 725001.816084656, 6176153.110814325)]
    [InlineData("Equator on the meridian, EPSG:32632", 32632, 9.0, 0.0, 500000, 0)]
    [InlineData("Rio de Janeiro, EPSG:32723", 32723, -43.2, -22.9, 684623.673264599, 7466421.400670482)]
    [InlineData("Sydney, EPSG:32756", 32756, 151.2, -33.86, 333491.229927391, 6251909.206046849)]
    [InlineData("New Zealand, EPSG:32760", 32760, 177.3, -40.5, 525420.175354245, 5516702.047289860)]
    public void Transform_LonLatToUtm_AgreesWithProjToOneMicrometre(string name, int epsg, double lon, double lat, double x, double y)
    {
        var (gx, gy) = CrsRegistry.Transform(CrsRegistry.Wgs84, epsg, lon, lat);
        var (glon, glat) = CrsRegistry.Transform(epsg, CrsRegistry.Wgs84, x, y);

        Assert.True(Math.Abs(gx - x) < Micrometre && Math.Abs(gy - y) < Micrometre, $"{name}: got ({gx:F9}, {gy:F9}), PROJ ({x}, {y})");
        Assert.True(Math.Abs(glon - lon) < 1e-11 && Math.Abs(glat - lat) < 1e-11, $"{name}: back to ({glon:R}, {glat:R})");
    }

    [Fact]
    public void Transform_ForwardThenInverse_SamePointWithinTenNanometres()
    {
        Gen.Select(Gen.Double[3, 21], Gen.Double[-80, 84]).Sample((lon, lat) =>
        {
            var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, 25832, lon, lat);
            var (lon2, lat2) = CrsRegistry.Transform(25832, CrsRegistry.Wgs84, x, y);
            var (x2, y2) = CrsRegistry.Transform(CrsRegistry.Wgs84, 25832, lon2, lat2);
            Assert.True(Math.Abs(x2 - x) < 1e-8 && Math.Abs(y2 - y) < 1e-8, $"({lon}, {lat}) → ({x}, {y}) → ({x2}, {y2})");
        }, iter: 500);
    }

    /// <summary>Random points over Denmark against a live PROJ run (where proj-bin is installed).</summary>
    [ToolFact("cs2cs")]
    public void Transform_RandomPointsOverDenmark_AgreeWithLiveCs2cs()
    {
        var random = new Random(14);
        var points = Enumerable.Range(0, 200).Select(_ => (Lon: 8 + (random.NextDouble() * 7.2), Lat: 54.5 + (random.NextDouble() * 3.3))).ToList();
        var input = Path.GetTempFileName();
        File.WriteAllLines(input, points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Lat:R} {p.Lon:R}")));
        try
        {
            var (exit, output, error) = Tool.Run("sh", "-c", $"cs2cs -f %.9f EPSG:4326 EPSG:25832 < '{input}'");
            Assert.True(exit == 0, error);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(points.Count, lines.Length);
            foreach (var (p, line) in points.Zip(lines))
            {
                var f = line.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, 25832, p.Lon, p.Lat);
                Assert.True(Math.Abs(x - f[0]) < Micrometre && Math.Abs(y - f[1]) < Micrometre, $"({p.Lon:R}, {p.Lat:R}): ({x:F9}, {y:F9}) vs PROJ ({f[0]}, {f[1]})");
            }
        }
        finally
        {
            File.Delete(input);
        }
    }
}
