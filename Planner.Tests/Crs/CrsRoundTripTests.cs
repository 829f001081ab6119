using CsCheck;
using Planner.Geo.Crs;

namespace Planner.Tests.Crs;

public sealed class CrsRoundTripTests
{
    /// <summary>Metres: 1 mm. Degrees: 1e-8° (≈ 1 mm on the ground).</summary>
    private const double MetreTolerance = 1e-3;
    private const double DegreeTolerance = 1e-8;

    // Known points: the lon/lat are chosen inputs; the projected values were computed independently of ProjNET with
    // PROJ 9.1.1 (Debian cs2cs/proj): `echo "55.675676 12.568337" | cs2cs -f "%.4f" EPSG:4326 EPSG:25832`, likewise for
    // EPSG:3857, and `+proj=utm +zone=23 +south +datum=WGS84` for Rio de Janeiro. The point is Rådhuspladsen,
    // Copenhagen's City Hall Square. `proj -V +proj=utm +zone=32 +ellps=GRS80` gives its meridian convergence 2.94816236°.
    [Theory]
    [InlineData("Copenhagen City Hall Square, EPSG:25832", 25832, 12.568337, 55.675676, 724356.6823, 6175756.9877)]
    [InlineData("Copenhagen City Hall Square, EPSG:3857", 3857, 12.568337, 55.675676, 1399100.8750, 7494120.9851)]
    [InlineData("Rio de Janeiro, UTM 23S EPSG:32723", 32723, -43.2, -22.9, 684623.6733, 7466421.4007)]
    public void Transform_KnownPoint_MatchesProj(string name, int epsg, double lon, double lat, double x, double y)
    {
        var (gx, gy) = CrsRegistry.Transform(CrsRegistry.Wgs84, epsg, lon, lat);
        Assert.True(Math.Abs(gx - x) < MetreTolerance && Math.Abs(gy - y) < MetreTolerance, $"{name}: got ({gx:F4}, {gy:F4}), PROJ ({x}, {y})");
    }

    [Theory]
    [InlineData("ETRS89 UTM 32N over Denmark", 25832, 8.0, 15.2, 54.5, 57.8)]
    [InlineData("ETRS89 UTM 33N over Bornholm", 25833, 14.6, 15.2, 54.9, 55.3)]
    [InlineData("Web Mercator, mid latitudes", 3857, -170, 170, -80, 80)]
    [InlineData("WGS 84 UTM 32N over Switzerland", 32632, 5.9, 10.5, 45.8, 47.8)]
    [InlineData("WGS 84 UTM 23S over Rio", 32723, -46, -42, -25, -20)]
    [InlineData("WGS 84 UTM 60S near the antimeridian", 32760, 174, 179.9, -46, -35)]
    public void Transform_LonLatToProjectedAndBack_ReturnsTheSamePoint(string name, int epsg, double lon0, double lon1, double lat0, double lat1)
    {
        Gen.Select(Gen.Double[lon0, lon1], Gen.Double[lat0, lat1]).Sample((lon, lat) =>
        {
            var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, epsg, lon, lat);
            var (lon2, lat2) = CrsRegistry.Transform(epsg, CrsRegistry.Wgs84, x, y);
            Assert.True(Math.Abs(lon2 - lon) < DegreeTolerance && Math.Abs(lat2 - lat) < DegreeTolerance, $"{name}: ({lon}, {lat}) came back as ({lon2}, {lat2})");
        }, iter: 300);
    }

    [Theory]
    [InlineData("25832 → 25833 → 25832", 25832, 25833, 650_000, 760_000, 6_050_000, 6_400_000)]
    [InlineData("25832 → 3857 → 25832", 25832, 3857, 450_000, 900_000, 6_050_000, 6_400_000)]
    [InlineData("32723 → 4326 → 32723", 32723, 4326, 600_000, 750_000, 7_400_000, 7_500_000)]
    public void Transform_ProjectedRoundTrip_ReturnsTheSamePointWithinAMillimetre(string name, int from, int via, double x0, double x1, double y0, double y1)
    {
        Gen.Select(Gen.Double[x0, x1], Gen.Double[y0, y1]).Sample((x, y) =>
        {
            var (a, b) = CrsRegistry.Transform(from, via, x, y);
            var (x2, y2) = CrsRegistry.Transform(via, from, a, b);
            Assert.True(Math.Abs(x2 - x) < MetreTolerance && Math.Abs(y2 - y) < MetreTolerance, $"{name}: ({x}, {y}) came back as ({x2}, {y2})");
        }, iter: 300);
    }

    [Fact]
    public void GridNorth_AtCopenhagenIn25832_IsTheMeridianConvergenceFromProj()
    {
        // True north at Rådhuspladsen points 2.94816236° west of grid north in UTM 32 (PROJ 9.1.1 `proj -V`, see above).
        var rotation = GridNorth.Rotation(CrsRegistry.Wgs84, CrsRegistry.Etrs89Utm32, 12.568337, 55.675676);
        Assert.Equal(-2.94816236, rotation, 1e-4);
    }

    [Fact]
    public void GridNorth_ConvergenceFormula_MatchesOverUtm32()
    {
        // Spherical approximation γ = atan(tan(λ − λ0) · sin φ); ellipsoidal correction is < 0.01° at these latitudes.
        Gen.Select(Gen.Double[6, 15], Gen.Double[54, 58]).Sample((lon, lat) =>
        {
            var gamma = Math.Atan(Math.Tan((lon - 9) * Math.PI / 180) * Math.Sin(lat * Math.PI / 180)) * 180 / Math.PI;
            var rotation = GridNorth.Rotation(CrsRegistry.Wgs84, CrsRegistry.Etrs89Utm32, lon, lat);
            Assert.True(Math.Abs(-gamma - rotation) < 0.01, $"({lon}, {lat}): {rotation} vs {-gamma}");
        }, iter: 200);
    }

    [Theory]
    [InlineData("Copenhagen", 12.57, 55.68, 25832)]
    [InlineData("Bornholm stays in the national zone", 14.9, 55.1, 25832)]
    [InlineData("Zürich", 8.54, 47.37, 32632)]
    [InlineData("Geneva", 6.14, 46.2, 32632)]
    [InlineData("Lisbon", -9.14, 38.72, 32629)]
    [InlineData("Rio de Janeiro", -43.2, -22.9, 32723)]
    public void UtmFor_Point_ReturnsTheZone(string name, double lon, double lat, int epsg) =>
        Assert.True(CrsRegistry.UtmFor(lon, lat) == epsg, name);

    [Theory]
    [InlineData("ESRI ETRS89 UTM 32N", "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", 25832)]
    [InlineData("OGC WKT with authority", "PROJCS[\"ETRS89 / UTM zone 33N\",GEOGCS[\"ETRS89\",AUTHORITY[\"EPSG\",\"4258\"]],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"25833\"]]", 25833)]
    [InlineData("ESRI WGS 84 UTM 23S", "PROJCS[\"WGS_1984_UTM_Zone_23S\",GEOGCS[\"GCS_WGS_1984\"]]", 32723)]
    [InlineData("ESRI Web Mercator", "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"]]", 3857)]
    [InlineData("ESRI geographic WGS 84", "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]]", 4326)]
    [InlineData("ETRS89 geographic read as WGS 84", "GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\"]]", 4326)]
    public void PrjEpsg_KnownWkt_IsRecognised(string name, string wkt, int epsg)
    {
        Assert.True(PrjEpsg.TryRecognise(wkt, out var got), name);
        Assert.Equal(epsg, got);
    }

    [Theory]
    [InlineData("Danish System 34", "PROJCS[\"System_34_Jylland\",GEOGCS[\"GCS_European_1950\"]]")]
    [InlineData("British National Grid", "PROJCS[\"British_National_Grid\",GEOGCS[\"GCS_OSGB_1936\"]]")]
    [InlineData("empty", "")]
    public void PrjEpsg_UnknownWkt_IsNotRecognised(string name, string wkt) =>
        Assert.False(PrjEpsg.TryRecognise(wkt, out _), name);
}

public sealed class GridNorthPropertyTests
{
    [Theory]
    [InlineData("4326 ↔ 25832", 4326, 25832, 8, 15, 54.5, 57.8)]
    [InlineData("4326 ↔ 3857", 4326, 3857, -170, 170, -80, 80)]
    [InlineData("4326 ↔ 32723", 4326, 32723, -46, -42, -25, -20)]
    public void TransformHeading_ThereAndBack_ReturnsTheHeading(string name, int from, int to, double lon0, double lon1, double lat0, double lat1)
    {
        Gen.Select(Gen.Double[lon0, lon1], Gen.Double[lat0, lat1], Gen.Double[0, 359.999]).Sample((lon, lat, heading) =>
        {
            var there = GridNorth.TransformHeading(heading, from, to, lon, lat);
            var (x, y) = CrsRegistry.Transform(from, to, lon, lat);
            var back = GridNorth.TransformHeading(there, to, from, x, y);
            var diff = Math.Abs(((back - heading + 540) % 360) - 180);
            Assert.True(diff < 1e-6, $"{name}: {heading} → {there} → {back}");
        }, iter: 200);
    }
}
