using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Stores;
using Planner.Tests.Support;

namespace Planner.Tests.Cli;

[Collection("console")]
public sealed class PushPullVerbTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("planner-push-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Db => Environment.GetEnvironmentVariable("PLANNER_TEST_PG")!;

    private string PathOf(string name) => Path.Combine(dir, name);

    [PostGisFact]
    public void PushPull_SampleRoundTrip_ThenStaleFileRefused()
    {
        var name = "cli-" + Guid.NewGuid().ToString("N")[..10];
        var local = PathOf("lindsted.gpkg");
        Assert.Equal(0, CliHarness.Run("new", "--sample", "--out", local).ExitCode);

        var (code, stdout, stderr) = CliHarness.Run("push", "--plan", local, "--db", Db, "--name", name, "--user", "anna");
        Assert.True(code == 0, stderr);
        Assert.Contains("is now version 1", stdout, StringComparison.Ordinal);
        Assert.Contains("cameras: 25 added, 0 changed, 0 removed, by anna", stdout, StringComparison.Ordinal);

        var pulled = PathOf("pulled.gpkg");
        (code, stdout, stderr) = CliHarness.Run("pull", "--db", Db, "--name", name, "--out", pulled);
        Assert.True(code == 0, stderr);
        Assert.Equal(new PlanOrigin(name, 1), GeoPackagePlanStore.ReadOrigin(pulled));
        var sample = SampleMunicipality.Build();
        GeoPackagePlanStoreTests.AssertPlansEqual(sample with { Metadata = sample.Metadata with { Name = name } }, GeoPackagePlanStore.Read(pulled).Plan);

        // The pulled file pushes back as version 2 (base version 1 read from the file) ...
        (code, stdout, stderr) = CliHarness.Run("push", "--plan", pulled, "--db", Db, "--user", "bo");
        Assert.True(code == 0, stderr);
        Assert.Contains("is now version 2", stdout, StringComparison.Ordinal);

        // ... and once more from the same, now stale, file is refused without a change.
        (code, _, stderr) = CliHarness.Run("push", "--plan", pulled, "--db", Db, "--user", "bo");
        Assert.Equal(2, code);
        Assert.Contains("someone pushed version 2 after you pulled version 1", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Pull_NoServer_ExitsTwoOneLineNoFile()
    {
        var (code, _, stderr) = CliHarness.Run("pull", "--db", "Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2", "--name", "p", "--out", PathOf("p.gpkg"));
        Assert.Equal(2, code);
        Assert.StartsWith("planner pull: --db: could not connect", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void LocalPlan_HasNoOrigin()
    {
        var local = PathOf("l.gpkg");
        Assert.Equal(0, CliHarness.Run("new", "--out", local).ExitCode);
        Assert.Null(GeoPackagePlanStore.ReadOrigin(local));
    }
}
