using Planner.Desktop.App;
using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Planner.Geo.Workspace;
using Planner.Tests.Stores;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.App.Files;

/// <summary>
/// The app opening a shared plan from PostGIS through the PostGIS plan store: the session switches to it, Save pushes
/// on the version opened, and a push by someone else in between gives the same conflict line as <c>planner push</c>.
/// Connection problems are one line and leave the open plan as it was.
/// </summary>
public sealed class SharedPlanSessionTests
{
    private static Plan Small() => new(25832, new PlanMetadata { Name = "small" })
    {
        Cameras = [new Camera("c1", 535000, 6231000, CameraOptics.Create(90)) { Operator = OperatorType.Municipality }],
    };

    [Fact]
    public async Task OpenAsync_ServerNotListening_OneLine_CurrentPlanStaysOpen()
    {
        using var session = await PlanSession.OpenAsync(Small(), null, CancellationToken.None);
        var database = PostGisDatabase.Open("Host=127.0.0.1;Port=1;Database=plans;Username=anna;Timeout=3");
        var error = await Assert.ThrowsAsync<InputException>(() => session.OpenAsync(database.Plan("p"), database));
        database.Dispose();
        Assert.StartsWith("anna@127.0.0.1:1/plans", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("small", session.Current.Plan.Metadata.Name);
        Assert.Null(session.Store);
    }

    [PostGisFact]
    public async Task OpenAsync_SharedPlan_SaveAfterAnotherPush_SameConflictAsPlannerPush_ThenSavesOnTheNewVersion()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        var bo = await CreateLoginAsync("bo", PostGisRole.Planner, PostGisRole.Analyst);
        using (var seed = PostGisDatabase.Open(With(admin, anna)))
        {
            await seed.Plan("p").PushAsync(PlanFixtures.Full(), null);
        }

        using var session = await PlanSession.OpenAsync(Small(), null, CancellationToken.None);
        var database = PostGisDatabase.Open(With(admin, anna));
        await session.OpenAsync(database.Plan("p"), database);
        Assert.Equal(PlanFixtures.Full().Metadata.Name, session.Current.Plan.Metadata.Name); // the plan keeps its own name (#14), not the key "p"
        Assert.Equal(PlanFixtures.Full().Cameras.Select(c => c.Id), session.Current.Plan.Cameras.Select(c => c.Id));
        Assert.StartsWith("plan \"p\" @ ", session.Store!.Description, StringComparison.Ordinal);

        // Bo pushes version 2 meanwhile; Anna's save from the app is refused with push's own line.
        using (var other = PostGisDatabase.Open(With(admin, bo)))
        {
            var pulled = await other.Plan("p").PullAsync();
            await other.Plan("p").PushAsync(pulled.Plan with { Cameras = [.. pulled.Plan.Cameras.Skip(1)] }, pulled.Origin!.Version);
        }

        var moved = session.Current.Plan.Cameras[0] with { X = session.Current.Plan.Cameras[0].X + 5 };
        await session.ApplyAsync(PlanEdit.Replace(moved));
        var refused = await Assert.ThrowsAsync<InputException>(() => session.SaveAsync(null));
        using (var cli = PostGisDatabase.Open(With(admin, anna)))
        {
            var push = await Assert.ThrowsAsync<InputException>(() => cli.Plan("p").PushAsync(session.Current.Plan, 1));
            Assert.Equal(push.Message, refused.Message);
        }

        Assert.Contains("pushed version 2", refused.Message, StringComparison.Ordinal);
        Assert.True(session.Unsaved);

        // Opening the plan again (its version 2) and saving works.
        var again = PostGisDatabase.Open(With(admin, anna));
        await session.OpenAsync(again.Plan("p"), again);
        Assert.Equal(PlanFixtures.Full().Cameras.Count - 1, session.Current.Plan.Cameras.Count);
        await session.ApplyAsync(PlanEdit.Replace(session.Current.Plan.Cameras[0] with { X = session.Current.Plan.Cameras[0].X + 5 }));
        await session.SaveAsync(null);
        Assert.False(session.Unsaved);
        using var check = PostGisDatabase.Open(With(admin, anna));
        Assert.Equal(3, (await check.Plan("p").PullAsync()).Origin!.Version);
    }
}
