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
