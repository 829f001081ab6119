using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using Planner.Geo;
using Planner.Geo.Formats;

namespace Planner.Tests.Formats;

public sealed class ShapefileTests
{
    private const string EsriUtm32 = "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    private static readonly GeometryFactory F = new();

    [Fact]
    public void Load_CameraShapefileWithPrj_ReadsTruncatedFieldNames()
    {
        using var tmp = new TempFolder();
        var shp = WriteCameras(tmp, EsriUtm32);
        var result = PlanFileLoader.Load(new PlanFiles(Cameras: shp), new PlanLoadOptions());
        Assert.Equal(25832, result.Plan.Epsg);
        var c = Assert.Single(result.Plan.Cameras);
        Assert.Equal(("s1", 724356.68, 6175756.99, 135.0, 2688, Planner.Geo.Model.OperatorType.Police, 14),
            (c.Id, c.X, c.Y, c.Optics.HeadingDeg, c.Optics.ResolutionPx, c.Operator, c.RetentionDays));
        Assert.Equal(true, c.PoliceConsulted);
    }

    [Fact]
    public void Load_ShapefileWithoutPrj_NeedsCrs()
    {
        using var tmp = new TempFolder();
        var shp = WriteCameras(tmp, null);
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Cameras: shp), new PlanLoadOptions()));
        Assert.Equal($"{shp}: crs: no cams.prj beside the file: give --crs EPSG:n naming the CRS of the file", ex.Message);
        var c = Assert.Single(PlanFileLoader.Load(new PlanFiles(Cameras: shp), new PlanLoadOptions { Epsg = 25832 }).Plan.Cameras);
        Assert.Equal(724356.68, c.X);
    }

    [Fact]
    public void Load_ShapefileWithUnknownPrj_NamesThePrj()
    {
        using var tmp = new TempFolder();
        var shp = WriteCameras(tmp, "PROJCS[\"System_34_Jylland\",GEOGCS[\"GCS_European_1950\"]]");
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Cameras: shp), new PlanLoadOptions()));
        Assert.Contains("crs: the CRS in cams.prj is not one this tool recognises", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BuildingShapefile_ReadsPolygonsAndHeights()
    {
        using var tmp = new TempFolder();
        var shp = Path.Combine(tmp.Path, "houses.shp");
        var square = F.CreatePolygon([new(724000, 6175000), new(724000, 6175010), new(724010, 6175010), new(724010, 6175000), new(724000, 6175000)]);
        Shapefile.WriteAllFeatures(
        [
            new Feature(square, new AttributesTable { { "id", "h1" }, { "height_m", 12.5 } }),
            new Feature((Polygon)square.Translate(20), new AttributesTable { { "id", "h2" }, { "height_m", 0.0 } }),
        ], shp, EsriUtm32);
        var plan = PlanFileLoader.Load(new PlanFiles(Buildings: shp), new PlanLoadOptions()).Plan;
        Assert.Equal([("h1", (double?)12.5, 100.0), ("h2", null, 100.0)], plan.Buildings.Select(b => (b.Id, b.HeightM, Math.Round(b.Footprint.Area, 6))));
    }

    [Fact]
    public void Load_ZeroByteShapefile_IsAClearError()
    {
        using var tmp = new TempFolder();
        var shp = tmp.File("empty.shp", "");
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Buildings: shp), new PlanLoadOptions()));
        Assert.Equal($"{shp}: the file is empty (0 bytes); expected an Esri Shapefile .shp", ex.Message);
    }

    private static string WriteCameras(TempFolder tmp, string? prj)
    {
        var shp = Path.Combine(tmp.Path, "cams.shp");
        var attrs = new AttributesTable
        {
            { "id", "s1" }, { "heading_de", 135.0 }, { "resolution", 2688 }, { "operator", "police" }, { "retention_", 14 }, { "police_con", "yes" },
        };
        Shapefile.WriteAllFeatures([new Feature(F.CreatePoint(new Coordinate(724356.68, 6175756.99)), attrs)], shp, prj);
        return shp;
    }
}

internal static class GeometryExtensions
{
    public static Geometry Translate(this Geometry g, double dx)
    {
        var t = new NetTopologySuite.Geometries.Utilities.AffineTransformation();
        t.Translate(dx, 0);
        return t.Transform(g);
    }
}
