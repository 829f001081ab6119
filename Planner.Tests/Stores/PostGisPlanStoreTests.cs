using Planner.Geo;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>The PostGIS plan store against the throwaway cluster (PLANNER_TEST_PG), as ordinary logins with roles.</summary>
public sealed class PostGisPlanStoreTests
{
    /// <summary>
    /// PostgreSQL keeps times to the microsecond: the fixture's 100-ns ticks are cut to that (Npgsql truncates what it
    /// sends; PostgreSQL rounds text it parses, as in the migration of the old text columns).
    /// </summary>
    internal static Plan Microseconds(Plan plan, bool round = false) => plan with
    {
        Metadata = plan.Metadata with
        {
            CreatedAt = plan.Metadata.CreatedAt is { } t ? t.AddTicks(-(t.Ticks % 10) + (round && t.Ticks % 10 >= 5 ? 10 : 0)) : null,
        },
    };

    /// <summary>The fixture with every attribute a shared plan stores: the legal camera attributes, zone business type and source, streets.</summary>
    internal static Plan Shared()
    {
        var plan = PlanFixtures.Full();
        var c1 = plan.Cameras[0] with
        {
            PermitIssuer = "Midt- og Vestsjællands Politi", ControllerName = "Testrup Kommune", ControllerCvr = "29189587",
            CouncilDecisionRef = "BY-2025-12", CouncilDecisionDate = new DateOnly(2025, 2, 27), PurposeCategory = PurposeCategory.Tryghed,
            DeletionExceptions = "politianmeldelse 2025-1234",
        };
        var zones = plan.Zones.ToList();
        zones[0] = zones[0] with { BusinessType = BusinessType.ShoppingCentre, Source = "OSM way 123: shop=mall" };
        return plan with
        {
            Cameras = [c1, .. plan.Cameras.Skip(1)],
            Zones = zones,
            Streets =
            [
                new Street("s1", PlanFixtures.FromWkt("LINESTRING (536100 6232000, 536200 6232050.5)"), "Æblegade", "residential") { Source = "OSM way 7" },
                new Street("s2", PlanFixtures.FromWkt("MULTILINESTRING ((536100 6232100, 536200 6232100), (536300 6232100, 536400 6232100))"), null),
            ],
        };
    }

    /// <summary>Everything <see cref="GeoPackagePlanStoreTests.AssertPlansEqual"/> checks, plus zone business type and source and the streets.</summary>
    internal static void AssertSharedPlansEqual(Plan expected, Plan actual, double tolerance = 0)
    {
        GeoPackagePlanStoreTests.AssertPlansEqual(expected, actual);
        Assert.Equal(expected.Zones.Select(z => (z.Id, z.BusinessType, z.Source)), actual.Zones.Select(z => (z.Id, z.BusinessType, z.Source)));
        Assert.Equal(expected.Streets.Select(s => (s.Id, s.Name, s.Highway, s.Source)), actual.Streets.Select(s => (s.Id, s.Name, s.Highway, s.Source)));
        Assert.All(expected.Streets.Zip(actual.Streets), p => Assert.True(p.First.Line.EqualsExact(p.Second.Line, tolerance), $"street {p.First.Id}: {p.Second.Line}"));
    }

    [PostGisFact]
    public async Task PushAsync_ThenPullAsync_EveryPropertyEqual()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, anna));
        var plan = Shared();

        var result = await db.Plan("p").PushAsync(plan, null);
        var pulled = await db.Plan("p").PullAsync();

        Assert.Equal(new PushResult(1, 3, 0, 0), result with { Notes = [] }, new PushResultComparer());
        Assert.Equal(new PlanOrigin("p", 1), pulled.Origin);
        Assert.Empty(pulled.Warnings);
        AssertSharedPlansEqual(Microseconds(plan), pulled.Plan);
        Assert.Equal("Testplan Æblegade", pulled.Plan.Metadata.Name);
    }

    /// <summary>#14 "the report shows the heading as the user gave it": the camera file's CRS survives push and pull (schema version 7).</summary>
    [PostGisFact]
    public async Task PushAsync_ThenPullAsync_CameraInputEpsgKept()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, anna));
        var plan = Shared();
        plan = plan with { Metadata = plan.Metadata with { CameraInputEpsg = 4326 } };

        await db.Plan("p").PushAsync(plan, null);
        var pulled = await db.Plan("p").PullAsync();
        await db.Plan("q").PushAsync(Shared(), null);
        var without = await db.Plan("q").PullAsync();

        Assert.Equal(4326, pulled.Plan.Metadata.CameraInputEpsg);
        Assert.Null(without.Plan.Metadata.CameraInputEpsg);
    }

    /// <summary>Rows pushed before schema version 6 have no title: such a plan is still named by its key, as it was then.</summary>
    [PostGisFact]
    public async Task PullAsync_RowWithoutTitle_NamedByItsKey()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, anna));
        await db.Plan("old-plan").PushAsync(Shared(), null);
        await ExecAsync(admin, "UPDATE cctvplanner.plans SET title = NULL WHERE name = 'old-plan'");

        var pulled = await db.Plan("old-plan").PullAsync();

        Assert.Equal("old-plan", pulled.Plan.Metadata.Name);
    }

    [PostGisFact]
    public async Task PushAsync_NulInLegalCameraAttribute_RefusedNamingTheCamera()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        using var db = PostGisDatabase.Open(With(admin, anna));
        var plan = Shared();
        plan = plan with { Cameras = [plan.Cameras[0] with { ControllerContact = "tv@\0kommune.dk" }, .. plan.Cameras.Skip(1)] };

        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PushAsync(plan, null));

        Assert.EndsWith("camera \"c1\": expected text without NUL bytes (PostgreSQL cannot store them)", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task RoundTrip_GeoPackageToPostGisToGeoPackage_EqualFeatureByFeature()
    {
        var dir = Directory.CreateTempSubdirectory("pg-roundtrip-").FullName;
        try
        {
            var admin = await CreateInitialisedDatabaseAsync();
            var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
            using var db = PostGisDatabase.Open(With(admin, anna));
            var sample = SampleMunicipality.Build();
            IPlanStore first = new GeoPackageFileStore(Path.Combine(dir, "in.gpkg"));
            await first.SaveAsync(sample with { Cameras = [.. Shared().Cameras.Take(1), .. sample.Cameras], Streets = [.. sample.Streets, .. Shared().Streets] });
            var fromFile = await first.LoadAsync();

            IPlanStore shared = db.Plan("lindsted");
            await shared.SaveAsync(fromFile.Plan);
            var fromDb = await shared.LoadAsync();
            IPlanStore second = new GeoPackageFileStore(Path.Combine(dir, "out.gpkg"));
            await second.SaveAsync(fromDb.Plan);
            var back = (await second.LoadAsync()).Plan;

            Assert.Empty(fromDb.Warnings);
            // The plan keeps its own name through the database (#14), not the key "lindsted" it is shared under.
            AssertSharedPlansEqual(fromFile.Plan, back);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [PostGisFact]
    public async Task PushAsync_PlanInOtherCrs_StoredInWorkingCrsAndPulledBack()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, anna));
        var plan = PlanFixtures.Full();
        var utm33 = new Plan(CrsRegistry.Etrs89Utm33, plan.Metadata)
        {
            Cameras = [.. plan.Cameras.Select(c => Planner.Geo.Formats.LayerOps.TransformCamera(c, 25832, 25833))],
            Zones = [.. plan.Zones.Select(z => new Zone(z.Id, z.Kind, CrsRegistry.Transform(z.Area, 25832, 25833), z.OperatorId, z.Name))],
        };

        await db.Plan("p33").PushAsync(utm33, null);
        var back = (await db.Plan("p33").PullAsync()).Plan;

        // In the database: the 25832 coordinates of the same place (PostGIS column typed 25832), to ProjNET's accuracy
        // for a transverse Mercator 6° off its central meridian (sub-millimetre).
        var (x, y) = (await ScalarAsync<double>(admin, "SELECT ST_X(geom) FROM cctvplanner.cameras WHERE plan = 'p33' AND id = 'c1'"),
            await ScalarAsync<double>(admin, "SELECT ST_Y(geom) FROM cctvplanner.cameras WHERE plan = 'p33' AND id = 'c1'"));
        Assert.Equal(plan.Cameras[0].X, x, 1e-3);
        Assert.Equal(plan.Cameras[0].Y, y, 1e-3);
        Assert.Equal(25833, back.Epsg);
        Assert.All(utm33.Cameras.Zip(back.Cameras), p =>
        {
            Assert.Equal(p.First.X, p.Second.X, 1e-3);
            Assert.Equal(p.First.Y, p.Second.Y, 1e-3);
            Assert.Equal(p.First.Optics.HeadingDeg, p.Second.Optics.HeadingDeg, 1e-6);
        });
        Assert.All(utm33.Zones.Zip(back.Zones), p => Assert.True(p.First.Area.EqualsExact(p.Second.Area, 1e-3), p.First.Id));

        // Pushing the pulled plan back unchanged is no edit: nothing audited, nothing drifts.
        var again = await db.Plan("p33").PushAsync(back, 1);
        Assert.Equal((0, 0, 0), (again.CamerasInserted, again.CamerasUpdated, again.CamerasDeleted));
        Assert.Equal(x, await ScalarAsync<double>(admin, "SELECT ST_X(geom) FROM cctvplanner.cameras WHERE plan = 'p33' AND id = 'c1'"));
        Assert.Equal(0L, await ScalarAsync<long>(admin, "SELECT count(*) FROM cctvplanner.audit WHERE plan = 'p33' AND plan_version = 2"));
    }

    [PostGisFact]
    public async Task PushAsync_StaleBaseVersion_ConflictNamesWhoAndWhenFirstChangeSurvives()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        var bo = await CreateLoginAsync("bo", PostGisRole.Planner);
        using var annaDb = PostGisDatabase.Open(With(admin, anna));
        using var boDb = PostGisDatabase.Open(With(admin, bo));
        var plan = PlanFixtures.Full();
        await annaDb.Plan("p").PushAsync(plan, null);

        // Both pull version 1 and turn camera c1; Bo pushes first.
        var boPlan = plan with { Cameras = [plan.Cameras[0] with { Optics = plan.Cameras[0].Optics.WithHeading(90) }, .. plan.Cameras.Skip(1)] };
        Assert.Equal(2, (await boDb.Plan("p").PushAsync(boPlan, 1)).Version);
        var annaPlan = plan with { Cameras = [plan.Cameras[0] with { Optics = plan.Cameras[0].Optics.WithHeading(180) }, .. plan.Cameras.Skip(1)] };

        var ex = await Assert.ThrowsAsync<InputException>(() => annaDb.Plan("p").PushAsync(annaPlan, 1));

        Assert.Matches($"{bo} pushed version 2 at \\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC after you pulled version 1; their change is kept", ex.Message);
        var now = await annaDb.Plan("p").PullAsync();
        Assert.Equal(2, now.Origin.Version);
        Assert.Equal(90, now.Plan.Cameras[0].Optics.HeadingDeg);
    }

    [PostGisFact]
    public async Task UpdateCameraAsync_TwoEditorsSameCamera_SecondGetsConflictNamingFirst()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        var bo = await CreateLoginAsync("bo", PostGisRole.Planner);
        using var annaDb = PostGisDatabase.Open(With(admin, anna));
        using var boDb = PostGisDatabase.Open(With(admin, bo));
        await annaDb.Plan("p").PushAsync(PlanFixtures.Full(), null);
        var annaView = await annaDb.Plan("p").PullAsync();
        var boView = await boDb.Plan("p").PullAsync();
        var c1 = annaView.Plan.Cameras[0];

        var first = await annaDb.Plan("p").UpdateCameraAsync(c1 with { Optics = c1.Optics.WithHeading(45) }, annaView.CameraRevisions["c1"]);
        var ex = await Assert.ThrowsAsync<InputException>(() => boDb.Plan("p").UpdateCameraAsync(c1 with { X = c1.X + 10 }, boView.CameraRevisions["c1"]));

        Assert.Equal(new CameraEditResult(2, 2), first);
        Assert.Matches($"camera \"c1\": revision: {anna} changed this camera at \\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(revision 2, you edited revision 1\\); their change is kept", ex.Message);
        var now = (await annaDb.Plan("p").PullAsync()).Plan.Cameras[0];
        Assert.Equal(c1 with { Optics = c1.Optics.WithHeading(45) }, now);
    }

    [PostGisFact]
    public async Task PushAsync_CameraAndZoneChanges_AuditedWithWhoVersionBeforeAfter()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        var bo = await CreateLoginAsync("bo", PostGisRole.Planner);
        using var annaDb = PostGisDatabase.Open(With(admin, anna));
        using var boDb = PostGisDatabase.Open(With(admin, bo));
        var plan = PlanFixtures.Full();
        await annaDb.Plan("p").PushAsync(plan, null);
        var c1 = plan.Cameras[0] with { Optics = plan.Cameras[0].Optics.WithHeading(90) };
        var c4 = new Camera("c4", 536_300, 6_232_300, CameraOptics.Create(45)) { Operator = OperatorType.Municipality };
        var edited = plan with { Cameras = [c1, plan.Cameras[2], c4], Zones = [.. plan.Zones.Skip(1)] };

        var result = await boDb.Plan("p", "Bo Hansen").PushAsync(edited, 1);
        var audit = await PostGisAudit.ReadAsync(boDb, "p");

        Assert.Equal((2, 1, 1, 1), (result.Version, result.CamerasInserted, result.CamerasUpdated, result.CamerasDeleted));
        var v2 = audit.Where(a => a.PlanVersion == 2).Select(a => (a.Layer, a.FeatureId, a.Action, a.ChangedBy, a.DbUser)).ToList();
        Assert.Equal(
        [
            ("cameras", "c1", "update", "Bo Hansen", bo), ("cameras", "c4", "insert", "Bo Hansen", bo),
            ("cameras", "c2", "delete", "Bo Hansen", bo), ("zones", "z0", "delete", "Bo Hansen", bo),
        ], v2.OrderBy(a => a.Layer).ThenBy(a => a.Action == "delete").ThenBy(a => a.FeatureId).ToList());
        Assert.Equal(3 + plan.Zones.Count, audit.Count(a => a.PlanVersion == 1 && a.Action == "insert" && a.DbUser == anna));
        var update = audit.Single(a => a.FeatureId == "c1" && a.Action == "update");
        Assert.Contains("\"heading_deg\": 359.5", update.Before, StringComparison.Ordinal);
        Assert.Contains("\"heading_deg\": 90", update.After, StringComparison.Ordinal);
        Assert.Contains("\"x\": 536123.456789012", update.After, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task PushAsync_Unchanged_NoAuditRows()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        using var db = PostGisDatabase.Open(With(admin, anna));
        await db.Plan("p").PushAsync(PlanFixtures.Full(), null);
        var before = (await PostGisAudit.ReadAsync(db, "p")).Count;

        var result = await db.Plan("p").PushAsync(PlanFixtures.Full(), 1);

        Assert.Equal((2, 0, 0, 0), (result.Version, result.CamerasInserted, result.CamerasUpdated, result.CamerasDeleted));
        Assert.Equal(before, (await PostGisAudit.ReadAsync(db, "p")).Count);
    }

    [PostGisFact]
    public async Task PushAsync_ExistingNameAsNew_RefusedNamingVersionAndWho()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        using var db = PostGisDatabase.Open(With(admin, anna));
        await db.Plan("p").PushAsync(PlanFixtures.Full(), null);
        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PushAsync(PlanFixtures.Full(), null));
        Assert.Contains($"a plan of that name already exists (version 1, pushed by {anna})", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task PullAsync_UnknownName_ClearError()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        using var db = PostGisDatabase.Open(admin);
        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("no-such-plan").PullAsync());
        Assert.EndsWith("plan \"no-such-plan\": name: expected the name of a plan in the database; there is none by that name", ex.Message, StringComparison.Ordinal);
    }

    [PostGisFact]
    public async Task SaveAsync_ThroughIPlanStore_PushesOnLoadedVersion()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, anna));
        await db.Plan("p").PushAsync(SampleMunicipality.Build(), null);
        IPlanStore store = db.Plan("p");

        var loaded = await store.LoadAsync();
        await store.SaveAsync(loaded.Plan with { Cameras = [.. loaded.Plan.Cameras.Skip(1)] });

        var now = await db.Plan("p").PullAsync();
        Assert.Equal(2, now.Origin.Version);
        Assert.Equal(loaded.Plan.Cameras.Count - 1, now.Plan.Cameras.Count);
        Assert.Equal(loaded.Plan.Incidents.Count, now.Plan.Incidents.Count);
    }

    [PostGisFact]
    public async Task PushAsync_WithResults_ViewsPerLevelAndFindingsTyped()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        using var db = PostGisDatabase.Open(With(admin, anna));
        var plan = SampleMunicipality.Build();
        var views = Planner.Geo.Coverage.CoverageEngine.ComputeViews(plan.Cameras, plan.Buildings);
        var finding = new Planner.Geo.Rules.Finding
        {
            CameraId = plan.Cameras[0].Id, RuleId = "DK-01", Outcome = "public_view", Severity = Planner.Geo.Rules.Severity.Warn,
            Text = new Planner.Geo.Rules.FindingMessage { Language = "en", Template = "m" }, Citation = "c", SourceUrl = "https://example.org", Geometry = views[0].Visible,
        };

        await db.Plan("p").PushAsync(plan, null, new PlanResults(views, 0, [finding], "dk", "1.0.0"));

        Assert.Equal(plan.Cameras.Count * 5L, await ScalarAsync<long>(admin, "SELECT count(*) FROM cctvplanner.coverage_views WHERE plan = 'p'"));
        var area = await ScalarAsync<double>(admin, $"SELECT ST_Area(geom) FROM cctvplanner.coverage_views WHERE plan = 'p' AND camera_id = '{plan.Cameras[0].Id}' AND level = 'visible'");
        Assert.Equal(views[0].Visible.Area, area, 1e-6);
        Assert.Equal("warn", await ScalarAsync<string>(admin, "SELECT severity FROM cctvplanner.findings WHERE plan = 'p'"));
        Assert.Equal(25832, await ScalarAsync<int>(admin, "SELECT ST_SRID(geom) FROM cctvplanner.findings WHERE plan = 'p'"));
    }

    [Fact]
    public async Task PullAsync_NoServer_ClearErrorNamingHost()
    {
        using var db = PostGisDatabase.Open("Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2");
        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PullAsync());
        Assert.StartsWith("x@127.0.0.1:1/x: cannot reach the database server at 127.0.0.1:1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PushAsync_NulByteInCameraId_RefusedNamingTheCameraBeforeConnecting()
    {
        using var db = PostGisDatabase.Open("Host=127.0.0.1;Port=1;Database=x;Username=x;Timeout=2");
        var plan = PlanFixtures.Full();
        var bad = plan with { Cameras = [new Camera("c\0x", 536_000, 6_232_000, CameraOptics.Create(10)), .. plan.Cameras] };

        var ex = await Assert.ThrowsAsync<InputException>(() => db.Plan("p").PushAsync(bad, null));

        Assert.Equal("plan \"p\" @ x@127.0.0.1:1/x: camera \"c\\u0000x\": expected text without NUL bytes (PostgreSQL cannot store them)", ex.Message);
    }

    private sealed class PushResultComparer : IEqualityComparer<PushResult>
    {
        public bool Equals(PushResult? x, PushResult? y) =>
            (x?.Version, x?.CamerasInserted, x?.CamerasUpdated, x?.CamerasDeleted) == (y?.Version, y?.CamerasInserted, y?.CamerasUpdated, y?.CamerasDeleted);

        public int GetHashCode(PushResult obj) => obj.Version;
    }
}
