using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Cli;
using Planner.Tests.Support;

namespace Planner.Tests.Stores;

/// <summary>A GeoPackage written by GDAL (ogr2ogr from the sample's GeoJSON layers) reads as a plan.</summary>
public sealed class GdalInteropTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("gdal-interop-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [ToolFact("ogr2ogr")]
    public void Read_GpkgWrittenByOgr2Ogr_SameLayersWithWarningForMissingMetadata()
    {
        var file = Path.Combine(dir, "gdal.gpkg");
        foreach (var (layer, i) in new[] { "cameras", "buildings", "zones" }.Select((l, i) => (l, i)))
        {
            string[] args = [.. (i == 0 ? new[] { "-f", "GPKG" } : ["-update"]), file, TestPaths.RepoFile(Path.Combine("data", "sample", layer + ".geojson")), "-nln", layer];
            var (exit, _, err) = Tool.Run("ogr2ogr", args);
            Assert.True(exit == 0, err);
        }

        var read = GeoPackagePlanStore.Read(file);
        var sample = SampleMunicipality.Build();

        Assert.Equal(25832, read.Plan.Epsg);
        Assert.Contains(read.Warnings, w => w.Contains("no plan_metadata table", StringComparison.Ordinal));
        Assert.Contains(read.Warnings, w => w.Contains("no incidents layer", StringComparison.Ordinal));
        Assert.Equal("gdal", read.Plan.Metadata.Name);
        Assert.Equal(sample.Cameras, read.Plan.Cameras);
        Assert.Equal(sample.Buildings.Select(b => (b.Id, b.HeightM)), read.Plan.Buildings.Select(b => (b.Id, b.HeightM)));
        Assert.All(sample.Buildings.Zip(read.Plan.Buildings), p => Assert.True(p.First.Footprint.EqualsExact(p.Second.Footprint, 1e-9), p.First.Id));
        Assert.Equal(sample.Zones.Select(z => (z.Id, z.Kind, z.OperatorId, z.Name)), read.Plan.Zones.Select(z => (z.Id, z.Kind, z.OperatorId, z.Name)));
    }
}
