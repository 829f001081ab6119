using System.Globalization;
using Planner.Desktop.App;
using Planner.Desktop.App.Optimise;
using Planner.Desktop.App.Zones;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Tests.App;

/// <summary>
/// The app's Optimise and zones actions below the UI: proposals become plan cameras through one workspace edit,
/// existing cameras stay where they are, and a zones derivation is one undoable edit that refuses to merge twice.
/// Plan in EPSG:25832: a 20 × 10 m building 10 m high, an existing camera far off, three incidents south of the building.
/// </summary>
public sealed class OptimiseZonesServiceTests : IDisposable
{
    private const double X0 = 725000;
    private const double Y0 = 6176000;
    private readonly string dir = Directory.CreateTempSubdirectory("app-services-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static Plan SmallPlan()
    {
        var f = new NetTopologySuite.Geometries.GeometryFactory();
        var ring = f.CreatePolygon([new(X0, Y0), new(X0 + 20, Y0), new(X0 + 20, Y0 + 10), new(X0, Y0 + 10), new(X0, Y0)]);
        Incident At(string id, double x, double y) => new(id, x, y, new DateTimeOffset(2024, 5, 17, 23, 0, 0, TimeSpan.FromHours(2)), "violence");
        return new Plan(25832, new PlanMetadata { Name = "small" })
        {
            Buildings = [new Building("b1", ring, 10)],
            Cameras = [new Camera("old-1", X0 + 400, Y0 + 400, CameraOptics.Create(90)) { Operator = OperatorType.Police }],
            Incidents = [At("i1", X0 + 10, Y0 - 8), At("i2", X0 + 11, Y0 - 10), At("i3", X0 + 9, Y0 - 12)],
        };
    }

    private string CandidatesFile()
    {
        var path = Path.Combine(dir, "candidates.geojson");
        string Cam(string id, double x, double y, double heading) =>
            Inv($"{{\"type\":\"Feature\",\"geometry\":{{\"type\":\"Point\",\"coordinates\":[{x},{y}]}},\"properties\":{{\"id\":\"{id}\",\"heading_deg\":{heading},\"hfov_deg\":90,\"range_m\":40,\"height_m\":5,\"operator\":\"police\"}}}}");
        File.WriteAllText(path, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::25832\"}},\"features\":["
            + Cam("south-a", X0 + 10, Y0 - 0.3, 180) + "," + Cam("south-b", X0 + 5, Y0 - 0.3, 170) + "," + Cam("east", X0 + 20.3, Y0 + 5, 90) + "]}");
        return path;
    }

    [Fact]
    public async Task AcceptAll_TwoProposals_OneEditAddsBothExistingCameraUnmoved_UndoRemovesBoth()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        var optimiser = new OptimiseService(session);
        var old = session.Current.Plan.Cameras.Single();

        var run = await optimiser.RunAsync(new OptimiseQuery { K = 2, Level = DoriLevel.Detect, CandidatesPath = CandidatesFile() }, null, CancellationToken.None);

        Assert.Equal("south-a", run.Report.Placed[0].Camera.Id);
        Assert.Equal(3, run.Report.Placed[0].Gain);
        var open = optimiser.Open.Select(p => p.Camera.Id).ToList();
        Assert.NotEmpty(open);
        await optimiser.AcceptAllAsync();

        var cameras = session.Current.Plan.Cameras;
        Assert.Equal(1 + open.Count, cameras.Count);
        Assert.Same(old, cameras.Single(c => c.Id == "old-1"));
        Assert.Empty(optimiser.Open);
        Assert.True(optimiser.Stale);
        await session.UndoAsync();
        Assert.Equal(["old-1"], session.Current.Plan.Cameras.Select(c => c.Id));
    }

    [Fact]
    public async Task Accept_AfterAnotherPlanWasOpened_RefusedAndStale_NoCameraAdded()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        var optimiser = new OptimiseService(session);
        var run = await optimiser.RunAsync(new OptimiseQuery { K = 1, Level = DoriLevel.Detect, CandidatesPath = CandidatesFile() }, null, CancellationToken.None);
        var other = Path.Combine(dir, "other.gpkg");
        await session.SaveAsync(other);
        await session.OpenAsync(new Planner.Geo.Stores.GeoPackageFileStore(other), null);

        Assert.True(optimiser.Stale);
        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => optimiser.AcceptAsync(run.Report.Placed[0].Camera.Id));
        Assert.Contains("another plan", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["old-1"], session.Current.Plan.Cameras.Select(c => c.Id));
    }

    [Fact]
    public async Task Reject_ThenAcceptRejected_RefusedNamingTheProposal()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        var optimiser = new OptimiseService(session);
        await optimiser.RunAsync(new OptimiseQuery { K = 1, Level = DoriLevel.Detect, CandidatesPath = CandidatesFile() }, null, CancellationToken.None);

        optimiser.Reject("south-a");

        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => optimiser.AcceptAsync("south-a"));
        Assert.Contains("south-a", ex.Message, StringComparison.Ordinal);
        Assert.Single(session.Current.Plan.Cameras);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ThrowsAndKeepsNoRun()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        var optimiser = new OptimiseService(session);
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => optimiser.RunAsync(new OptimiseQuery { CandidatesPath = CandidatesFile() }, null, cts.Token));
        Assert.Null(optimiser.Latest);
    }

    private string TinyOsm()
    {
        string Node(long id, double dx, double dy)
        {
            var (lon, lat) = CrsRegistry.Transform(25832, CrsRegistry.Wgs84, X0 + dx, Y0 + dy);
            return Inv($"<node id=\"{id}\" lat=\"{lat:R}\" lon=\"{lon:R}\"/>");
        }

        var path = Path.Combine(dir, "tiny.osm");
        File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><osm version=\"0.6\">"
            + Node(1, -50, -10) + Node(2, 70, -10)
            + "<way id=\"10\"><nd ref=\"1\"/><nd ref=\"2\"/><tag k=\"highway\" v=\"pedestrian\"/><tag k=\"name\" v=\"Testgade\"/><tag k=\"width\" v=\"8\"/></way></osm>");
        return path;
    }

    [Fact]
    public async Task DeriveAsync_Merge_OneUndoableEditOfZonesAndStreets_SecondMergeRefusedPlanUnchanged()
    {
        using var session = await PlanSession.OpenAsync(SmallPlan(), null, CancellationToken.None);
        var zones = new ZonesService(session);
        var osm = TinyOsm();

        var run = await zones.DeriveAsync(osm, null, replace: false);

        var publicArea = Assert.Single(run.Summary);
        Assert.Equal(ZoneKind.PublicArea, publicArea.Kind);
        // A 120 m line buffered by half its 8 m width, round caps: 120 × 8 plus two half-disks of radius 4 (NTS: 32-gon).
        Assert.Equal((120 * 8) + (16 * 16 * Math.Sin(Math.PI / 16)), publicArea.UnionAreaM2, 1e-6);
        Assert.Equal(run.Derived.Zones.Count, session.Current.Plan.Zones.Count);
        Assert.Equal("Testgade", Assert.Single(session.Current.Plan.Streets).Name);
        var version = session.Current.Version;

        var ex = await Assert.ThrowsAsync<DomainRuleException>(() => zones.DeriveAsync(osm, null, replace: false));
        Assert.Contains("choose Replace", ex.Message, StringComparison.Ordinal);
        Assert.Equal(version, session.Current.Version);

        await zones.DeriveAsync(osm, null, replace: true);
        Assert.Equal(run.Derived.Zones.Count, session.Current.Plan.Zones.Count);
        await session.UndoAsync();
        await session.UndoAsync();
        Assert.Empty(session.Current.Plan.Zones);
        Assert.Empty(session.Current.Plan.Streets);
    }
}
