using Planner.Geo;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;

namespace Planner.Tests.Stores;

/// <summary>Needs a PostgreSQL server with PostGIS named by PLANNER_TEST_PG (test.sh starts a throwaway one).</summary>
public sealed class PostGisPlanStoreTests
{
    private static string Db => Environment.GetEnvironmentVariable("PLANNER_TEST_PG")!;

    private static string NewName() => "test-" + Guid.NewGuid().ToString("N")[..12];

    [PostGisFact]
    public void Push_ThenPull_EveryPropertyEqual()
    {
        var name = NewName();
        var plan = PlanFixtures.Full();

        var result = PostGisPlanStore.Push(Db, name, plan, null, "anna");
        var (back, origin) = PostGisPlanStore.Pull(Db, name);

        Assert.Equal(1, result.Version);
        Assert.Equal(new PlanOrigin(name, 1), origin);
        GeoPackagePlanStoreTests.AssertPlansEqual(plan with { Metadata = plan.Metadata with { Name = name } }, back);
    }

    [PostGisFact]
    public void Push_Sample_PullsBackEqual()
    {
        var name = NewName();
        var sample = SampleMunicipality.Build();
        PostGisPlanStore.Push(Db, name, sample, null, "anna");
        var (back, _) = PostGisPlanStore.Pull(Db, name);
        GeoPackagePlanStoreTests.AssertPlansEqual(sample with { Metadata = sample.Metadata with { Name = name } }, back);
    }

    [PostGisFact]
    public void Push_StaleBaseVersion_RefusedAndDatabaseUnchanged()
    {
        var name = NewName();
        var plan = PlanFixtures.Full();
        PostGisPlanStore.Push(Db, name, plan, null, "anna");

        // Anna and Bo both pull version 1; Bo pushes first.
        var bo = plan with { Cameras = [.. plan.Cameras.Skip(1)] };
        Assert.Equal(2, PostGisPlanStore.Push(Db, name, bo, 1, "bo").Version);
        var anna = plan with { Cameras = [plan.Cameras[0] with { X = 1 }] };

        var ex = Assert.Throws<InputException>(() => PostGisPlanStore.Push(Db, name, anna, 1, "anna"));

        Assert.Contains("someone pushed version 2 after you pulled version 1", ex.Message, StringComparison.Ordinal);
        var (now, origin) = PostGisPlanStore.Pull(Db, name);
        Assert.Equal(2, origin.Version);
        Assert.Equal(bo.Cameras, now.Cameras);
    }

    [PostGisFact]
    public void Push_ExistingNameAsNew_Refused()
    {
        var name = NewName();
        PostGisPlanStore.Push(Db, name, PlanFixtures.Full(), null, "anna");
        var ex = Assert.Throws<InputException>(() => PostGisPlanStore.Push(Db, name, PlanFixtures.Full(), null, "bo"));
        Assert.Contains("already exists in the database (version 1)", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public void Push_CameraChanges_AuditedWithWhoAndVersion()
    {
        var name = NewName();
        var plan = PlanFixtures.Full();
        PostGisPlanStore.Push(Db, name, plan, null, "anna");
        var c1 = plan.Cameras[0] with { Optics = plan.Cameras[0].Optics.WithHeading(90) };
        var c4 = new Camera("c4", 536_300, 6_232_300, CameraOptics.Create(45)) { Operator = OperatorType.Municipality };
        var edited = plan with { Cameras = [c1, plan.Cameras[2], c4] };

        var result = PostGisPlanStore.Push(Db, name, edited, 1, "bo");

        Assert.Equal(new PushResult(2, 1, 1, 1), result);
        Assert.Equal(
        [
            (1, "c1", "insert", "anna"), (1, "c2", "insert", "anna"), (1, "c3", "insert", "anna"),
            (2, "c1", "update", "bo"), (2, "c4", "insert", "bo"), (2, "c2", "delete", "bo"),
        ], PostGisPlanStore.CameraHistory(Db, name));
    }

    [PostGisFact]
    public void Pull_UnknownName_ClearError()
    {
        PostGisPlanStore.Push(Db, NewName(), PlanFixtures.Full(), null, "anna");
        var ex = Assert.Throws<InputException>(() => PostGisPlanStore.Pull(Db, "no-such-plan"));
        Assert.Equal("--db: plan \"no-such-plan\": --name: expected the name of a plan in the database; there is none by that name", ex.Message);
    }

    [Fact]
    public void Push_NoServer_ClearError()
    {
        var ex = Assert.Throws<InputException>(() => PostGisPlanStore.Pull("Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2", "p"));
        Assert.StartsWith("--db: could not connect to the database", ex.Message, StringComparison.Ordinal);
    }
}

/// <summary>A fact that needs the PostGIS test server (PLANNER_TEST_PG); skipped with the reason otherwise.</summary>
public sealed class PostGisFactAttribute : FactAttribute
{
    public PostGisFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("PLANNER_TEST_PG")))
        {
            Skip = "no PostGIS server: set PLANNER_TEST_PG to a connection string (./test.sh starts a throwaway cluster when PostgreSQL and PostGIS are installed)";
        }
    }
}
