using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Stores;
using Planner.Tests.Stores;

namespace Planner.Tests.Formats;

public sealed class PlanFileLoaderTests
{
    [Fact]
    public void Load_GeoPackageLayers_TakesEachLayerFromThePlanFile()
    {
        using var tmp = new TempFolder();
        var gpkg = Path.Combine(tmp.Path, "plan.gpkg");
        var plan = PlanFixtures.Full();
        GeoPackagePlanStore.Write(gpkg, plan);
        var loaded = PlanFileLoader.Load(new PlanFiles(gpkg, gpkg, gpkg, gpkg), new PlanLoadOptions()).Plan;
        Assert.Equal(plan.Epsg, loaded.Epsg);
        Assert.Equal(plan.Cameras, loaded.Cameras);
        Assert.Equal(plan.Buildings.Select(b => (b.Id, b.HeightM)), loaded.Buildings.Select(b => (b.Id, b.HeightM)));
        Assert.Equal(plan.Zones.Select(z => (z.Id, z.Kind)), loaded.Zones.Select(z => (z.Id, z.Kind)));
        Assert.Equal(plan.Incidents, loaded.Incidents);
        Assert.Equal(plan.Metadata.Name, loaded.Metadata.Name);
    }

    [Fact]
    public void Load_GeoPackageCamerasAndLonLatBuildings_WorksInThePlanFileCrs()
    {
        using var tmp = new TempFolder();
        var gpkg = Path.Combine(tmp.Path, "plan.gpkg");
        GeoPackagePlanStore.Write(gpkg, PlanFixtures.Full());
        var buildings = tmp.File("b.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"b","height":7},"geometry":{"type":"Polygon","coordinates":[[[9.5683,56.2761],[9.5685,56.2761],[9.5685,56.2763],[9.5683,56.2761]]]}}]}
            """);
        var loaded = PlanFileLoader.Load(new PlanFiles(Cameras: gpkg, Buildings: buildings), new PlanLoadOptions()).Plan;
        Assert.Equal(25832, loaded.Epsg);
        var (x, y) = CrsRegistry.Transform(4326, 25832, 9.5683, 56.2761);
        Assert.Equal(x, loaded.Buildings[0].Footprint.Coordinates[0].X, 1e-6);
        Assert.Equal(y, loaded.Buildings[0].Footprint.Coordinates[0].Y, 1e-6);
    }

    [Theory]
    [InlineData("Copenhagen → national EPSG:25832", 12.57, 55.68, 25832)]
    [InlineData("Zürich → UTM 32N", 8.54, 47.37, 32632)]
    [InlineData("Lisbon → UTM 29N", -9.14, 38.72, 32629)]
    [InlineData("Rio de Janeiro → UTM 23S", -43.2, -22.9, 32723)]
    public void Load_LonLatOnly_WorksInTheUtmZoneOfTheCentre(string name, double lon, double lat, int epsg)
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $$$"""{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c","heading_deg":0},"geometry":{"type":"Point","coordinates":[{{{lon}}},{{{lat}}}]}}]}"""));
        Assert.True(PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions()).Plan.Epsg == epsg, name);
    }

    [Fact]
    public void Load_CrsOption_OverridesAndChecksTheWorkingArea()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("c.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"c","heading_deg":0},"geometry":{"type":"Point","coordinates":[-43.2,-22.9]}}]}""");
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = 25832 }));
        Assert.StartsWith($"{path}: feature 1 (id \"c\"): geometry: expected coordinates inside the valid area of EPSG:25832 (the working CRS)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoFiles_IsAnInputError()
    {
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(), new PlanLoadOptions()));
        Assert.Equal("input: expected at least one layer file (cameras, buildings, zones or incidents)", ex.Message);
    }

    [Fact]
    public void Load_IncidentsAsGeoJson_IsRejectedClearly()
    {
        using var tmp = new TempFolder();
        var path = tmp.File("i.geojson", """{"type":"FeatureCollection","features":[]}""");
        var ex = Assert.Throws<InputException>(() => PlanFileLoader.Load(new PlanFiles(Incidents: path), new PlanLoadOptions()));
        Assert.Equal($"{path}: expected incidents as CSV (.csv) or a GeoPackage plan (.gpkg)", ex.Message);
    }
}
