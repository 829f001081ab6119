using Planner.Desktop.App.Files;
using Planner.Geo.Stores;

namespace Planner.Tests.App.Files;

/// <summary>Where recovery files go, when one is offered (newer than the plan), and that discarding keeps it aside.</summary>
public sealed class RecoveryFilesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planner-recovery-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("plan.gpkg", "plan.recovery.gpkg")]
    [InlineData("Plan.GPKG", "Plan.recovery.gpkg")]
    [InlineData("my plan.v2.gpkg", "my plan.v2.recovery.gpkg")]
    public void PathFor_PlanFile_RecoveryBesideIt(string plan, string expected) =>
        Assert.Equal(Path.Combine(folder, expected), RecoveryFiles.PathFor(new GeoPackageFileStore(Path.Combine(folder, plan)), "/unused"));

    [Fact]
    public void PathFor_Sample_InTheAppDataFolder() =>
        Assert.Equal(Path.Combine(folder, "sample.recovery.gpkg"), RecoveryFiles.PathFor(null, folder));

    [Fact]
    public void IsOffered_NoRecoveryFile_False() =>
        Assert.False(RecoveryFiles.IsOffered(Path.Combine(folder, "plan.recovery.gpkg"), Path.Combine(folder, "plan.gpkg")));

    [Theory]
    [InlineData("recovery newer than the plan", 60, true)]
    [InlineData("recovery older than the plan", -60, false)]
    public void IsOffered_ComparesWriteTimes(string because, int recoveryAfterPlanSeconds, bool offered)
    {
        var plan = Touch("plan.gpkg", new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
        var recovery = Touch("plan.recovery.gpkg", new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc).AddSeconds(recoveryAfterPlanSeconds));
        Assert.True(offered == RecoveryFiles.IsOffered(recovery, plan), because);
    }

    [Fact]
    public void IsOffered_PlanFileGoneOrNoPlanFile_True()
    {
        var recovery = Touch("plan.recovery.gpkg", DateTime.UtcNow);
        Assert.True(RecoveryFiles.IsOffered(recovery, Path.Combine(folder, "plan.gpkg")));
        Assert.True(RecoveryFiles.IsOffered(recovery, null));
    }

    [Fact]
    public void IsOffered_EmptyRecoveryFile_False()
    {
        var recovery = Path.Combine(folder, "sample.recovery.gpkg");
        File.WriteAllBytes(recovery, []);
        Assert.False(RecoveryFiles.IsOffered(recovery, null));
    }

    [Fact]
    public void SetAside_TwiceInTheSameSecond_BothKeptUnderDistinctNames_PlanUntouched()
    {
        var plan = Touch("plan.gpkg", DateTime.UtcNow);
        var now = new DateTime(2026, 3, 1, 14, 5, 9, DateTimeKind.Local);
        var first = RecoveryFiles.SetAside(Touch("plan.recovery.gpkg", DateTime.UtcNow), now);
        var second = RecoveryFiles.SetAside(Touch("plan.recovery.gpkg", DateTime.UtcNow), now);
        Assert.Equal(Path.Combine(folder, "plan.recovery-discarded-20260301-140509.gpkg"), first);
        Assert.Equal(Path.Combine(folder, "plan.recovery-discarded-20260301-140509-2.gpkg"), second);
        Assert.True(File.Exists(first) && File.Exists(second) && File.Exists(plan));
        Assert.False(File.Exists(Path.Combine(folder, "plan.recovery.gpkg")));
    }

    [Theory]
    [InlineData("a burst: 2 s after its last edit", 0, 1, 3)]
    [InlineData("one edit: 2 s after it", 10, 10, 12)]
    [InlineData("continuous editing: at most 30 s after the first unsaved edit", 0, 29, 30)]
    public void AutosaveSchedule_Due(string because, int firstS, int lastS, int dueS)
    {
        var t0 = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.True(t0.AddSeconds(dueS) == AutosaveSchedule.Default.Due(t0.AddSeconds(firstS), t0.AddSeconds(lastS)), because);
    }

    [Fact]
    public void AutosaveSchedule_MaxDelayBelowQuiet_RefusedWithTheRule()
    {
        var error = Assert.Throws<Planner.Geo.DomainRuleException>(() => new AutosaveSchedule(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)));
        Assert.Contains("at least the quiet time", error.Message, StringComparison.Ordinal);
    }

    private string Touch(string name, DateTime utc)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, utc);
        return path;
    }
}
