using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Planner.Tests.Cli;

namespace Planner.Tests.Stores;

/// <summary>Issue 14: the optional streets layer round-trips through the plan file and GDAL reads it; every layer has an R-tree index.</summary>
[Collection("console")]
public sealed class StreetsLayerTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("streets-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static Plan PlanWithStreets()
    {
        var f = new GeometryFactory(new PrecisionModel(), 25832);
        var line = f.CreateLineString([new(725000.125, 6176000.5), new(725050.25, 6176010.75), new(725100, 6176000)]);
        var multi = f.CreateMultiLineString([f.CreateLineString([new(725200, 6176000), new(725210, 6176000)]), f.CreateLineString([new(725220, 6176000), new(725230, 6176005)])]);
        var zone = new Zone("z1", ZoneKind.BusinessPremises, f.CreatePolygon([new(725000, 6176020), new(725010, 6176020), new(725010, 6176030), new(725000, 6176020)]), "osm:node/5", "Bageren")
        {
            BusinessType = BusinessType.Shop,
            Source = "OSM node 5: shop=bakery",
        };
        return new Plan(25832, new PlanMetadata { Name = "streets" })
        {
            Streets = [new Street("way/1", line, "Amagertorv", "pedestrian") { Source = "OSM way 1" }, new Street("s2", multi, null)],
            Zones = [zone],
        };
    }

    [Fact]
    public void WriteRead_StreetsAndZoneSource_BitExactRoundTrip()
    {
        var file = Path.Combine(dir, "p.gpkg");
        var plan = PlanWithStreets();

        GeoPackagePlanStore.Write(file, plan);
        var read = GeoPackagePlanStore.Read(file).Plan;

        Assert.Equal(plan.Streets.Select(s => (s.Id, s.Name, s.Highway, s.Source)), read.Streets.Select(s => (s.Id, s.Name, s.Highway, s.Source)));
        Assert.All(plan.Streets.Zip(read.Streets), p => Assert.True(p.First.Line.EqualsExact(p.Second.Line, 0), p.First.Id));
        Assert.IsType<LineString>(read.Streets[0].Line);
        var zone = Assert.Single(read.Zones);
        Assert.Equal((BusinessType.Shop, "OSM node 5: shop=bakery"), (zone.BusinessType, zone.Source));
    }

    [Fact]
    public void Write_EveryLayer_RTreeHoldsEachFeaturesEnvelope()
    {
        var file = Path.Combine(dir, "p.gpkg");
        var plan = PlanWithStreets() with { Buildings = Planner.Geo.Sample.SampleMunicipality.Build().Buildings };
        GeoPackagePlanStore.Write(file, plan);

        using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' ORDER BY table_name";
        var indexed = new List<string>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                indexed.Add(r.GetString(0));
            }
        }

        Assert.Equal(["buildings", "cameras", "incidents", "streets", "zones"], indexed);
        cmd.CommandText = "SELECT b.fid, r.minx, r.maxx, r.miny, r.maxy FROM buildings b JOIN rtree_buildings_geom r ON r.id = b.fid ORDER BY b.fid";
        var rows = 0;
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var env = plan.Buildings[(int)r.GetInt64(0) - 1].Footprint.EnvelopeInternal;
                // R-tree bounds are float32 rounded outwards: they contain the envelope and are within 1 m of it here.
                Assert.InRange(env.MinX - r.GetDouble(1), 0, 1);
                Assert.InRange(r.GetDouble(2) - env.MaxX, 0, 1);
                Assert.InRange(env.MinY - r.GetDouble(3), 0, 1);
                Assert.InRange(r.GetDouble(4) - env.MaxY, 0, 1);
                rows++;
            }
        }

        Assert.Equal(plan.Buildings.Count, rows);
    }

    [ToolFact("ogrinfo")]
    public void OgrInfo_StreetsLayer_MultiLineStringWithNamesAndSpatialIndex()
    {
        var file = Path.Combine(dir, "p.gpkg");
        GeoPackagePlanStore.Write(file, PlanWithStreets());

        var (exit, output, error) = Tool.Run("ogrinfo", "-ro", "-al", "-geom=NO", file, "streets");
        var (exit2, index, error2) = Tool.Run("ogrinfo", "-ro", "-q", file, "-sql", "SELECT HasSpatialIndex('streets', 'geom')");

        Assert.True(exit == 0, error);
        Assert.Contains("Geometry: Multi Line String", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 2", output, StringComparison.Ordinal);
        Assert.Contains("name (String) = Amagertorv", output, StringComparison.Ordinal);
        Assert.Contains("highway (String) = pedestrian", output, StringComparison.Ordinal);
        Assert.True(exit2 == 0, error2);
        Assert.Contains("HasSpatialIndex (Integer) = 1", index, StringComparison.Ordinal);
    }

    /// <summary>Plan → ogr2ogr → GeoJSON lon/lat (GDAL transforms with PROJ) → 'planner new --streets' → the same lines within 1e-6 m (our transverse Mercator agrees with PROJ).</summary>
    [ToolFact("ogr2ogr")]
    public void Ogr2OgrToGeoJsonAndBack_Streets_SameNamesAndLinesWithinOneMicrometre()
    {
        var file = Path.Combine(dir, "p.gpkg");
        var plan = PlanWithStreets();
        GeoPackagePlanStore.Write(file, plan);
        var geojson = Path.Combine(dir, "streets.geojson");
        var back = Path.Combine(dir, "back.gpkg");

        var (exit, _, error) = Tool.Run("ogr2ogr", "-f", "GeoJSON", "-t_srs", "EPSG:4326", "-lco", "RFC7946=YES", "-lco", "COORDINATE_PRECISION=12", geojson, file, "streets");
        var (code, _, stderr) = Planner.Tests.Support.CliHarness.Run("new", "--out", back, "--streets", geojson, "--crs", "EPSG:25832");
        var read = GeoPackagePlanStore.Read(back).Plan;

        Assert.True(exit == 0, error);
        Assert.True(code == 0, stderr);
        Assert.Equal(plan.Streets.Select(s => (s.Id, s.Name, s.Highway, s.Source)), read.Streets.Select(s => (s.Id, s.Name, s.Highway, s.Source)));
        Assert.All(plan.Streets.Zip(read.Streets), p => Assert.True(p.First.Line.EqualsExact(p.Second.Line, 1e-6), $"{p.First.Line} vs {p.Second.Line}"));
    }

    [ToolFact("ogr2ogr")]
    public void Ogr2Ogr_EditThroughGdal_TriggersKeepRTreeInStep()
    {
        var file = Path.Combine(dir, "p.gpkg");
        GeoPackagePlanStore.Write(file, PlanWithStreets());

        var (exit, _, error) = Tool.Run("ogrinfo", file, "-sql", "UPDATE streets SET geom = (SELECT geom FROM streets WHERE id = 'way/1') WHERE id = 's2'");
        var read = GeoPackagePlanStore.Read(file).Plan;

        Assert.True(exit == 0, error);
        using var db = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT r.minx FROM streets s JOIN rtree_streets_geom r ON r.id = s.fid WHERE s.id = 's2'";
        var minx = Convert.ToDouble(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        Assert.Equal(725000.125, read.Streets.Single(s => s.Id == "s2").Line.EnvelopeInternal.MinX, 1e-9);
        Assert.InRange(725000.125 - minx, 0, 1);
    }
}
