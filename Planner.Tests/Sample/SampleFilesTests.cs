using Planner.Geo.Sample;
using Planner.Tests.Support;

namespace Planner.Tests.Sample;

public sealed class SampleFilesTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("sample-test-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    /// <summary>
    /// The committed data/sample files are exactly what the seeded generator writes. With
    /// PLANNER_REGENERATE_SAMPLE=1 the test rewrites them instead (after a deliberate change to the generator).
    /// </summary>
    [Fact]
    public void Write_DefaultSeed_ByteIdenticalToCommittedFiles()
    {
        var committed = TestPaths.RepoFile(Path.Combine("data", "sample"));
        if (Environment.GetEnvironmentVariable("PLANNER_REGENERATE_SAMPLE") == "1")
        {
            SampleFiles.Write(committed, SampleMunicipality.Build());
        }

        SampleFiles.Write(dir, SampleMunicipality.Build());

        Assert.Equal(SampleFiles.FileNames, Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var name in SampleFiles.FileNames)
        {
            var expected = File.ReadAllBytes(Path.Combine(committed, name));
            var actual = File.ReadAllBytes(Path.Combine(dir, name));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"data/sample/{name} differs from the generator's output (regenerate: see data/sample/README.md)");
        }
    }

    [Fact]
    public void Build_TwoRuns_SamePlan()
    {
        var a = SampleMunicipality.Build();
        var b = SampleMunicipality.Build();
        Assert.Equal(a.Cameras, b.Cameras);
        Assert.Equal(a.Incidents, b.Incidents);
        Assert.Equal(a.Buildings.Select(x => x.Footprint.ToText()), b.Buildings.Select(x => x.Footprint.ToText()));
    }

    [Fact]
    public void Build_OtherSeed_OtherIncidents()
    {
        var a = SampleMunicipality.Build();
        var b = SampleMunicipality.Build(seed: 7);
        Assert.NotEqual(a.Incidents.Select(i => (i.X, i.Y)), b.Incidents.Select(i => (i.X, i.Y)));
        Assert.Contains("seed 7", b.Metadata.Source, StringComparison.Ordinal);
    }
}

public sealed class SampleFilesReadBackTests
{
    /// <summary>The loose sample files read (with the formats readers) back to the generator's plan, within the files' precision.</summary>
    [Fact]
    public void Load_CommittedSampleFiles_MatchGeneratedPlan()
    {
        var dir = TestPaths.RepoFile(Path.Combine("data", "sample"));
        var loaded = Planner.Geo.Formats.PlanFileLoader.Load(
            new Planner.Geo.Formats.PlanFiles(Path.Combine(dir, "cameras.geojson"), Path.Combine(dir, "buildings.geojson"), Path.Combine(dir, "zones.geojson"), Path.Combine(dir, "incidents.csv")),
            new Planner.Geo.Formats.PlanLoadOptions { Epsg = 25832 });
        var plan = loaded.Plan;
        var sample = SampleMunicipality.Build();

        Assert.Equal(sample.Cameras.Select(c => c.Id), plan.Cameras.Select(c => c.Id));
        Assert.All(sample.Cameras.Zip(plan.Cameras), p =>
        {
            // The GeoJSON layers are in EPSG:25832 with 4 decimals (0.1 mm); headings stay grid-north.
            Assert.Equal(p.First.X, p.Second.X, 1e-4);
            Assert.Equal(p.First.Y, p.Second.Y, 1e-4);
            Assert.Equal(p.First.Optics.HeadingDeg, p.Second.Optics.HeadingDeg, 1e-9);
            Assert.Equal(p.First with { X = 0, Y = 0, Optics = p.First.Optics.WithHeading(0) }, p.Second with { X = 0, Y = 0, Optics = p.Second.Optics.WithHeading(0) });
        });
        Assert.Equal(sample.Buildings.Select(b => (b.Id, b.HeightM)), plan.Buildings.Select(b => (b.Id, b.HeightM)));
        Assert.All(sample.Buildings.Zip(plan.Buildings), p => Assert.True(p.First.Footprint.EqualsExact(p.Second.Footprint, 1e-4), p.First.Id));
        Assert.Equal(sample.Zones.Select(z => (z.Id, z.Kind, z.OperatorId, z.Name)), plan.Zones.Select(z => (z.Id, z.Kind, z.OperatorId, z.Name)));
        Assert.Equal(sample.Incidents.Select(i => (i.Id, i.OccurredAt, i.Offence, i.AmountDkk)), plan.Incidents.Select(i => (i.Id, i.OccurredAt, i.Offence, i.AmountDkk)));
        Assert.All(sample.Incidents.Zip(plan.Incidents), p =>
        {
            // incidents.csv has 8 decimals of a degree: at most 0.6 mm off after the round trip through lon/lat.
            Assert.Equal(p.First.X, p.Second.X, 0.001);
            Assert.Equal(p.First.Y, p.Second.Y, 0.001);
        });
    }
}
