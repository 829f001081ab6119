using System.Text.Json;
using CsCheck;
using Microsoft.Data.Sqlite;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Stores;
using Planner.Tests.Stores;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Formats;

/// <summary>
/// The one camera attribute table (#9 item 7): random valid cameras come back the same from every format, every
/// attribute reaches every format's output, and the GeoPackage layout it drives is the one plan files always had.
/// </summary>
public sealed class CameraAttributeTableTests
{
    /// <summary>The cameras layer's columns as format version 1 spelled them out before the table (plan files must not change).</summary>
    private const string FormatVersion1CameraColumns = """
        id TEXT NOT NULL UNIQUE, heading_deg REAL, hfov_deg REAL NOT NULL DEFAULT 90, vfov_deg REAL,
        range_m REAL NOT NULL DEFAULT 50, height_m REAL NOT NULL DEFAULT 4, tilt_deg REAL NOT NULL DEFAULT 15,
        resolution_px MEDIUMINT NOT NULL DEFAULT 1920, ptz BOOLEAN NOT NULL DEFAULT 0, model TEXT, operator TEXT, operator_id TEXT, recording BOOLEAN, retention_days MEDIUMINT,
        purpose TEXT, permit TEXT, permit_expires DATE, police_consulted BOOLEAN, surveillance_zone TEXT,
        permit_issuer TEXT, controller_name TEXT, controller_cvr TEXT, controller_contact TEXT, council_decision_ref TEXT, council_decision_date DATE,
        purpose_category TEXT, deletion_exceptions TEXT
        """;

    /// <summary>Every Camera property the contract stores, by its contract name (independent of the table).</summary>
    private static readonly string[] ContractNames =
    [
        "id", "heading_deg", "hfov_deg", "vfov_deg", "range_m", "height_m", "tilt_deg", "resolution_px", "ptz", "model", "operator", "operator_id",
        "recording", "retention_days", "purpose", "permit", "permit_expires", "police_consulted", "surveillance_zone", "permit_issuer",
        "controller_name", "controller_cvr", "controller_contact", "council_decision_ref", "council_decision_date", "purpose_category",
        "deletion_exceptions",
    ];

    [Fact]
    public void All_Names_AreTheContractsInFileOrder()
    {
        Assert.Equal(ContractNames, CameraAttributes.All.Select(a => a.Name));
    }

    [Fact]
    public void CamerasColumns_FromTable_SameAsFormatVersion1()
    {
        static string Norm(string s) => string.Join(' ', s.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Norm(FormatVersion1CameraColumns), Norm(GeoPackageLayout.CamerasColumns));
    }

    [Fact]
    public void GeoJsonWriter_FullCamera_EveryTableAttributeIsAProperty()
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "cameras.geojson");
        CameraGeoJsonWriter.Write(path, [Full()], CrsRegistry.Etrs89Utm32, CrsRegistry.Etrs89Utm32);

        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var props = doc.RootElement.GetProperty("features")[0].GetProperty("properties");
        Assert.Equal(ContractNames.Order(StringComparer.Ordinal), props.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(props.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Null, p.Value.ValueKind));
    }

    [Fact]
    public void GeoPackageWriter_FullCamera_EveryTableAttributeIsAFilledColumn()
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "plan.gpkg");
        GeoPackagePlanStore.Write(path, new Plan(CrsRegistry.Etrs89Utm32, new PlanMetadata { Name = "t" }) { Cameras = [Full()] });

        using var db = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT * FROM cameras";
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        var columns = Enumerable.Range(0, r.FieldCount).ToDictionary(r.GetName, r.IsDBNull);
        Assert.Equal(["fid", "geom", .. ContractNames], columns.Keys);
        Assert.All(ContractNames, n => Assert.False(columns[n], $"column {n} is NULL"));
    }

    [PostGisFact]
    public async Task PostGisSchema_EveryTableAttributeIsACameraColumn()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner);
        using (var db = PostGisDatabase.Open(With(admin, anna)))
        {
            await db.Plan("p").PushAsync(new Plan(CrsRegistry.Etrs89Utm32, new PlanMetadata { Name = "t" }) { Cameras = [Full()] }, null);
        }

        foreach (var name in ContractNames)
        {
            // Non-null in the stored row: the writer filled the column from the table.
            Assert.Equal(1L, await ScalarAsync<long>(admin, $"SELECT count(*) FROM cctvplanner.cameras WHERE {name} IS NOT NULL"));
        }
    }

    [Fact]
    public void GeoJsonRoundTrip_RandomValidCameras_ComeBackTheSame()
    {
        CameraAttributeGen.Cameras.Sample(cameras =>
        {
            using var tmp = new TempFolder();
            var path = Path.Combine(tmp.Path, "cameras.geojson");
            CameraGeoJsonWriter.Write(path, cameras, CrsRegistry.Etrs89Utm32, CrsRegistry.Etrs89Utm32);
            var back = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = CrsRegistry.Etrs89Utm32 }).Plan.Cameras;
            AssertSameCameras(cameras, back, positionTolerance: 1e-3);
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void GeoPackageRoundTrip_RandomValidCameras_ComeBackTheSame()
    {
        CameraAttributeGen.Cameras.Sample(cameras =>
        {
            using var tmp = new TempFolder();
            var path = Path.Combine(tmp.Path, "plan.gpkg");
            GeoPackagePlanStore.Write(path, new Plan(CrsRegistry.Etrs89Utm32, new PlanMetadata { Name = "t" }) { Cameras = cameras });
            AssertSameCameras(cameras, GeoPackagePlanStore.Read(path).Plan.Cameras, positionTolerance: 0);
        }, iter: 60, threads: 1);
    }

    [PostGisFact]
    public async Task PostGisRoundTrip_RandomValidCameras_ComeBackTheSame()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using var db = PostGisDatabase.Open(With(admin, anna));
        var round = 0;
        await CameraAttributeGen.Cameras.SampleAsync(async cameras =>
        {
            var name = $"p{Interlocked.Increment(ref round)}";
            await db.Plan(name).PushAsync(new Plan(CrsRegistry.Etrs89Utm32, new PlanMetadata { Name = name }) { Cameras = cameras }, null);
            AssertSameCameras(cameras, (await db.Plan(name).PullAsync()).Plan.Cameras, positionTolerance: 0);
        }, iter: 15, threads: 1);
    }

    private static void AssertSameCameras(IReadOnlyList<Camera> expected, IReadOnlyList<Camera> actual, double positionTolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (a, b) in expected.Zip(actual))
        {
            Assert.Equal(a.X, b.X, positionTolerance);
            Assert.Equal(a.Y, b.Y, positionTolerance);
            Assert.Equal(a with { X = b.X, Y = b.Y }, b);
        }
    }

    /// <summary>A camera with every attribute set (no null anywhere).</summary>
    private static Camera Full() => new("full", 724_356.68, 6_175_756.99, CameraOptics.Create(45, 103, 55, 40, 5.5, 20, 1920, false))
    {
        Model = CameraAttributeGen.Model, Operator = OperatorType.Municipality, OperatorId = "kommune", Recording = true, RetentionDays = 30,
        Purpose = "tryghed", Permit = "P-1", PermitExpires = new DateOnly(2027, 1, 31), PoliceConsulted = true, SurveillanceZone = "public",
        PermitIssuer = "Københavns Politi", ControllerName = "Lindsted Kommune", ControllerCvr = "29189587", ControllerContact = "tv@lindsted.dk",
        CouncilDecisionRef = "BY-2025-12", CouncilDecisionDate = new DateOnly(2025, 2, 27), PurposeCategory = PurposeCategory.Tryghed,
        DeletionExceptions = "politianmeldelse 2025-1234",
    };
}
