using Planner.Desktop.App;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;

namespace Planner.Tests.App;

/// <summary>The app's plan session: unsaved edits are tracked by state (undo back to the saved state is saved), saves go through the GeoPackage store.</summary>
public sealed class PlanSessionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planner-session-").FullName;

    private static Plan SmallPlan() => new(25832, new PlanMetadata { Name = "small" })
    {
        Cameras = [new Camera("c1", 535000, 6231000, CameraOptics.Create(90)) { Operator = OperatorType.Municipality }],
    };

    [Fact]
    public async Task OpenAsync_AnotherPlan_AnalystCellsOfTheOldPlanDropped()
    {
        var plan = SmallPlan() with
        {
            Incidents = [new Incident("i1", 535010, 6231010, new DateTimeOffset(2026, 5, 1, 22, 0, 0, TimeSpan.FromHours(2)), "violence")],
        };
        using var session = await PlanSession.OpenAsync(plan, null, CancellationToken.None);
        var analyst = new AnalystService(session);
        await analyst.ComputeAsync(new AnalystQuery(Planner.Geo.Incidents.IncidentFilter.All, 25, 100));
        Assert.Equal(1, analyst.Latest!.Used);
        var other = Path.Combine(folder, "other.gpkg");
        await new GeoPackageFileStore(other).SaveAsync(SmallPlan());

        await session.OpenAsync(new GeoPackageFileStore(other), null);

        Assert.Null(analyst.Latest);
    }

    [Fact]
    public async Task SaveAsync_SampleWithoutPath_RefusedWithTheRule()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => session.SaveAsync(null));
        Assert.Equal("path", error.Field);
    }

    [Fact]
    public async Task SaveAsync_AfterEdit_FileHasTheEdit_UnsavedFollowsUndo()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        Assert.False(session.Unsaved);
        var moved = session.Current.Plan.Cameras[0] with { X = 535010 };
        await session.ApplyAsync(PlanEdit.Replace(moved));
        Assert.True(session.Unsaved);

        var path = Path.Combine(folder, "plan.gpkg");
        Assert.Equal(path, await session.SaveAsync(path));
        Assert.False(session.Unsaved);
        var stored = (await new GeoPackageFileStore(path).LoadAsync()).Plan;
        Assert.Equal(535010, Assert.Single(stored.Cameras).X, 1e-6);

        await session.UndoAsync();
        Assert.True(session.Unsaved);
        await session.RedoAsync();
        Assert.False(session.Unsaved);
    }

    [Fact]
    public async Task OpenAsync_PlanFile_CamerasExisting_AddedOnesProposed()
    {
        var path = Path.Combine(folder, "open.gpkg");
        GeoPackagePlanStore.Write(path, SmallPlan());
        using var session = await PlanSession.OpenAsync(null, path, CancellationToken.None);
        await session.ApplyAsync(PlanEdit.Add(new Camera(session.NextCameraId(), 535020, 6231000, CameraOptics.Create(0))));

        Assert.False(session.IsProposed("c1"));
        Assert.True(session.IsProposed("new-1"));
        Assert.Equal("new-2", session.NextCameraId());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
