using Planner.Desktop.App;
using Planner.Desktop.App.Files;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;

namespace Planner.Tests.App.Files;

/// <summary>
/// Autosave over a real plan session and GeoPackage files: written on the schedule (not before), removed by a clean
/// save; a newer recovery file is offered, restored as one unsaved and undoable edit, or discarded (kept aside).
/// </summary>
public sealed class AutosaveTests : IDisposable
{
    private static readonly AutosaveSchedule Schedule = new(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(30));
    private readonly string folder = Directory.CreateTempSubdirectory("planner-autosave-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task TickAsync_AfterQuietTime_WritesTheEdit_CleanSaveRemovesIt()
    {
        var plan = WritePlan();
        using var session = await PlanSession.OpenAsync(null, plan, CancellationToken.None);
        using var autosave = new Autosave(session, folder, Schedule);
        var recovery = Path.Combine(folder, "plan.recovery.gpkg");
        Assert.Null(autosave.Offer);
        Assert.Equal(recovery, autosave.RecoveryPath);

        var edited = DateTime.UtcNow;
        await session.ApplyAsync(PlanEdit.Replace(session.Current.Plan.Cameras[0] with { X = 535010 }));
        Assert.False(await autosave.TickAsync(edited.AddSeconds(1)));
        Assert.False(File.Exists(recovery));
        Assert.True(await autosave.TickAsync(edited.AddSeconds(3)));
        Assert.Equal(535010, GeoPackagePlanStore.Read(recovery).Plan.Cameras[0].X, 1e-6);
        Assert.Equal(535000, GeoPackagePlanStore.Read(plan).Plan.Cameras[0].X, 1e-6);
        Assert.False(await autosave.TickAsync(edited.AddSeconds(60)));

        await session.SaveAsync(null);
        Assert.False(File.Exists(recovery));
        Assert.Equal(535010, GeoPackagePlanStore.Read(plan).Plan.Cameras[0].X, 1e-6);
    }

    [Fact]
    public async Task StopAsync_NothingUnsaved_RemovesTheRecoveryFile_UnsavedEdits_KeepsItCurrent()
    {
        var plan = WritePlan();
        using var session = await PlanSession.OpenAsync(null, plan, CancellationToken.None);
        using var autosave = new Autosave(session, folder, Schedule);
        await session.ApplyAsync(PlanEdit.Replace(session.Current.Plan.Cameras[0] with { X = 535020 }));
        Assert.Equal(autosave.RecoveryPath, await autosave.StopAsync());
        Assert.Equal(535020, GeoPackagePlanStore.Read(autosave.RecoveryPath).Plan.Cameras[0].X, 1e-6);

        await session.UndoAsync();
        Assert.Null(await autosave.StopAsync());
        Assert.False(File.Exists(autosave.RecoveryPath));
    }

    [Fact]
    public async Task Offer_NewerRecoveryFile_RestoreAppliesOneUndoableUnsavedEdit()
    {
        var plan = WritePlan();
        var recovery = Path.Combine(folder, "plan.recovery.gpkg");
        GeoPackagePlanStore.Write(recovery, Small() with { Cameras = [Small().Cameras[0] with { X = 535030 }, new Camera("c2", 535050, 6231000, CameraOptics.Create(180))] });
        File.SetLastWriteTimeUtc(plan, DateTime.UtcNow.AddMinutes(-5));
        using var session = await PlanSession.OpenAsync(null, plan, CancellationToken.None);
        using var autosave = new Autosave(session, folder, Schedule);
        Assert.Equal(recovery, autosave.Offer?.Path);

        // While the offer waits, edits do not overwrite the recovery file.
        var before = File.ReadAllBytes(recovery);
        await session.ApplyAsync(PlanEdit.Replace(session.Current.Plan.Cameras[0] with { Purpose = "while the offer waits" }));
        Assert.False(await autosave.TickAsync(DateTime.UtcNow.AddMinutes(1)));
        Assert.Equal(before, File.ReadAllBytes(recovery));
        await session.UndoAsync();

        var message = await autosave.RestoreAsync();
        Assert.Contains("restored", message, StringComparison.Ordinal);
        Assert.Null(autosave.Offer);
        Assert.Equal([("c1", 535030.0), ("c2", 535050.0)], session.Current.Plan.Cameras.Select(c => (c.Id, c.X)));
        Assert.True(session.Unsaved);
        await session.UndoAsync();
        Assert.Equal([("c1", 535000.0)], session.Current.Plan.Cameras.Select(c => (c.Id, c.X)));
        Assert.False(session.Unsaved);
    }

    [Fact]
    public async Task Discard_MovesTheRecoveryFileAside_PlanUntouched()
    {
        var plan = WritePlan();
        var planBytes = File.ReadAllBytes(plan);
        var recovery = Path.Combine(folder, "plan.recovery.gpkg");
        GeoPackagePlanStore.Write(recovery, Small());
        File.SetLastWriteTimeUtc(plan, DateTime.UtcNow.AddMinutes(-5));
        using var session = await PlanSession.OpenAsync(null, plan, CancellationToken.None);
        using var autosave = new Autosave(session, folder, Schedule);
        var aside = autosave.Discard();
        Assert.Null(autosave.Offer);
        Assert.False(File.Exists(recovery));
        Assert.StartsWith(Path.Combine(folder, "plan.recovery-discarded-"), aside, StringComparison.Ordinal);
        Assert.True(File.Exists(aside));
        Assert.Equal(planBytes, File.ReadAllBytes(plan));
    }

    [Fact]
    public async Task OpenAsync_AnotherPlan_SessionSwitches_RecoveryFollowsAndOldOneGoes()
    {
        var plan = WritePlan();
        var other = Path.Combine(folder, "other.gpkg");
        GeoPackagePlanStore.Write(other, Small() with { Cameras = [], Metadata = new PlanMetadata { Name = "other" } });
        using var session = await PlanSession.OpenAsync(null, plan, CancellationToken.None);
        using var autosave = new Autosave(session, folder, Schedule);
        var reopened = 0;
        session.Reopened += () => reopened++;
        await session.ApplyAsync(PlanEdit.Replace(session.Current.Plan.Cameras[0] with { X = 535040 }));
        await autosave.WriteNowAsync();
        Assert.True(File.Exists(Path.Combine(folder, "plan.recovery.gpkg")));

        await session.OpenAsync(new GeoPackageFileStore(other), null);
        Assert.Equal(1, reopened);
        Assert.Equal("other", session.Current.Plan.Metadata.Name);
        Assert.Empty(session.Current.Plan.Cameras);
        Assert.False(session.Unsaved);
        Assert.False(session.Workspace.CanUndo);
        Assert.Equal(other, ((GeoPackageFileStore)session.Store!).Path);
        Assert.Equal(Path.Combine(folder, "other.recovery.gpkg"), autosave.RecoveryPath);
        Assert.False(File.Exists(Path.Combine(folder, "plan.recovery.gpkg")));
    }

    [Fact]
    public async Task OpenAsync_BadPlanFile_CurrentPlanStaysOpen()
    {
        var plan = WritePlan();
        var bad = Path.Combine(folder, "bad.gpkg");
        File.WriteAllText(bad, "not a GeoPackage");
        using var session = await PlanSession.OpenAsync(null, plan, CancellationToken.None);
        await Assert.ThrowsAsync<Planner.Geo.InputException>(() => session.OpenAsync(new GeoPackageFileStore(bad), null));
        Assert.Equal("small", session.Current.Plan.Metadata.Name);
        Assert.Equal(plan, ((GeoPackageFileStore)session.Store!).Path);
    }

    private static Plan Small() => new(25832, new PlanMetadata { Name = "small" })
    {
        Cameras = [new Camera("c1", 535000, 6231000, CameraOptics.Create(90)) { Operator = OperatorType.Municipality }],
    };

    private string WritePlan()
    {
        var path = Path.Combine(folder, "plan.gpkg");
        GeoPackagePlanStore.Write(path, Small());
        return path;
    }
}
