using System.Globalization;
using System.IO.Compression;
using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using Planner.Desktop.App.Files;
using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Workspace;
using Planner.Tests.Support;

namespace Planner.Tests.App.Files;

/// <summary>
/// The app's import: the layer guessed from the content, every format read by the existing readers into the plan's
/// CRS, and bad input as the reader's one line naming the file as the user called it (not the staging folder).
/// </summary>
public sealed class PlanImporterTests : IDisposable
{
    private const string EsriUtm32 = "PROJCS[\"ETRS_1989_UTM_Zone_32N\",GEOGCS[\"GCS_ETRS_1989\",DATUM[\"D_ETRS_1989\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",9.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    private static readonly GeometryFactory F = new(new PrecisionModel(), 25832);
    private readonly string folder = Directory.CreateTempSubdirectory("planner-import-test-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("points", "cams.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[12.5,55.6]},"properties":{"id":"a"}}]}""", ImportLayer.Cameras)]
    [InlineData("polygons with kind", "z.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"kind":"school"}}]}""", ImportLayer.Zones)]
    [InlineData("polygons without kind", "b.json", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[]},"properties":{"height_m":9}}]}""", ImportLayer.Buildings)]
    [InlineData("lines", "s.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[]},"properties":{}}]}""", ImportLayer.Streets)]
    [InlineData("Overpass JSON", "osm.json", """{"elements":[{"type":"node","id":1,"lat":55.6,"lon":12.5,"tags":{"man_made":"surveillance"}}]}""", ImportLayer.Cameras)]
    [InlineData("CSV", "incidents.csv", "id,lon,lat,occurred_at,offence\n", ImportLayer.Incidents)]
    [InlineData("malformed JSON: the reader says what is wrong later", "cut.geojson", """{"type":"FeatureCollection","features":[{""", ImportLayer.Cameras)]
    public async Task StageAsync_GuessesTheLayerFromTheContent(string because, string name, string content, ImportLayer expected)
    {
        using var staged = await Stage(name, Encoding.UTF8.GetBytes(content));
        Assert.True(expected == staged.Guess, because);
    }

    [Fact]
    public async Task StageAsync_UnknownExtension_OneLineNamingTheFormats()
    {
        var error = await Assert.ThrowsAsync<InputException>(() => Stage("plan.exe", [1, 2, 3]));
        Assert.StartsWith("plan.exe: expected GeoJSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ZippedShapefileOfBuildings_GuessedAndReadInThePlanCrs()
    {
        var shp = Path.Combine(folder, "houses.shp");
        var square = F.CreatePolygon([new(724000, 6175000), new(724000, 6175010), new(724010, 6175010), new(724010, 6175000), new(724000, 6175000)]);
        Shapefile.WriteAllFeatures(
        [
            new Feature(square, new AttributesTable { { "id", "h1" }, { "height_m", 12.5 } }),
            new Feature(F.CreatePolygon([new(724020, 6175000), new(724020, 6175005), new(724030, 6175005), new(724020, 6175000)]), new AttributesTable { { "id", "h2" }, { "height_m", 6.0 } }),
        ], shp, EsriUtm32);
        var zip = Path.Combine(folder, "houses.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var part in Directory.GetFiles(folder, "houses.*").Where(f => !f.EndsWith(".zip", StringComparison.Ordinal)))
            {
                archive.CreateEntryFromFile(part, "export/" + Path.GetFileName(part));
            }
        }

        using var staged = await Stage("houses.zip", await File.ReadAllBytesAsync(zip));
        Assert.Equal(ImportLayer.Buildings, staged.Guess);
        var read = PlanImporter.Read(staged, ImportLayer.Buildings, CrsRegistry.Etrs89Utm32);
        Assert.Equal([("h1", 100.0, (double?)12.5), ("h2", 25.0, 6.0)], read.Source.Buildings.Select(b => (b.Id, Math.Round(b.Footprint.Area, 6), b.HeightM)));
    }

    [Fact]
    public async Task Read_LonLatIncidents_TransformedIntoThePlanCrs()
    {
        var csv = "id,lon,lat,occurred_at,offence\ni1,12.568337,55.676098,2024-05-01T22:15:00,theft\n";
        using var staged = await Stage("incidents.csv", Encoding.UTF8.GetBytes(csv));
        var read = PlanImporter.Read(staged, ImportLayer.Incidents, CrsRegistry.Etrs89Utm32);
        var (x, y) = CrsRegistry.Transform(CrsRegistry.Wgs84, CrsRegistry.Etrs89Utm32, 12.568337, 55.676098);
        var incident = Assert.Single(read.Source.Incidents);
        Assert.Equal(x, incident.X, 1e-6);
        Assert.Equal(y, incident.Y, 1e-6);
        Assert.Equal(CrsRegistry.Etrs89Utm32, read.Source.Epsg);
    }

    [Theory]
    [InlineData("a date in another format", "incidents.csv", "id,lon,lat,occurred_at,offence\ni1,12.5,55.6,01/03/2024,theft\n", ImportLayer.Incidents, "incidents.csv: line 2 (id \"i1\"): occurred_at: ")]
    [InlineData("cut-off JSON", "cams.geojson", """{"type":"FeatureCollection","features":[{""", ImportLayer.Cameras, "cams.geojson: line 1, column ")]
    [InlineData("cameras given as CSV", "incidents.csv", "id,lon,lat,occurred_at,offence\n", ImportLayer.Cameras, "incidents.csv: expected cameras as GeoJSON")]
    [InlineData("a zip without a Shapefile", "data.zip", null, ImportLayer.Buildings, "data.zip: expected a zipped Shapefile")]
    [InlineData("a file without features of that layer", "empty.geojson", """{"type":"FeatureCollection","features":[]}""", ImportLayer.Buildings, "empty.geojson: expected buildings; the file holds none")]
    public async Task Read_BadInput_OneLineNamingTheFileAsGiven(string because, string name, string? content, ImportLayer layer, string expectedStart)
    {
        var bytes = content is null ? EmptyZip() : Encoding.UTF8.GetBytes(content);
        using var staged = await Stage(name, bytes);
        var error = Assert.Throws<InputException>(() => PlanImporter.Read(staged, layer, CrsRegistry.Etrs89Utm32));
        Assert.True(error.Message.StartsWith(expectedStart, StringComparison.Ordinal), $"{because}: {error.Message}");
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain(staged.Folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_RemovesTheStagingFolder()
    {
        var staged = await Stage("incidents.csv", Encoding.UTF8.GetBytes("id\n"));
        Assert.True(Directory.Exists(staged.Folder));
        staged.Dispose();
        Assert.False(Directory.Exists(staged.Folder));
    }

    private static byte[] EmptyZip()
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            archive.CreateEntry("readme.txt");
        }

        return memory.ToArray();
    }

    private static async Task<StagedImport> Stage(string name, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return await PlanImporter.StageAsync(stream, name, CancellationToken.None);
    }
}
