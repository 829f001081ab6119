using Npgsql;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Cli;
using static Planner.Tests.Stores.PostGisTestServer;

namespace Planner.Tests.Stores;

/// <summary>GDAL (and so QGIS) sees every shared-plan layer with its geometry type and CRS, as an ordinary analyst.</summary>
public sealed class PostGisOgrInfoTests
{
    [PostGisFact("ogrinfo")]
    public async Task OgrInfo_AnalystLogin_ListsLayersWithEpsg25832()
    {
        var admin = await CreateInitialisedDatabaseAsync();
        var anna = await CreateLoginAsync("anna", PostGisRole.Planner, PostGisRole.Analyst);
        using (var db = PostGisDatabase.Open(With(admin, anna)))
        {
            var plan = SampleMunicipality.Build();
            var views = Planner.Geo.Coverage.CoverageEngine.ComputeViews(plan.Cameras, plan.Buildings);
            await db.Plan("p").PushAsync(plan, null, new PlanResults(views, 0, [], "dk", "1"));
        }

        var b = new NpgsqlConnectionStringBuilder(With(admin, anna));
        var pg = $"PG:host={b.Host} port={b.Port} dbname={b.Database} user={b.Username} schemas=cctvplanner";
        var (exit, list, err) = Tool.Run("ogrinfo", "-ro", "-q", pg);
        Assert.True(exit == 0, err);
        foreach (var (layer, type) in new[] { ("cameras", "Point"), ("buildings", "Multi Polygon"), ("zones", "Multi Polygon"), ("incidents", "Point"), ("coverage_views", "Multi Polygon") })
        {
            Assert.Contains($"{layer} ({type})", list, StringComparison.Ordinal);
            var (code, info, stderr) = Tool.Run("ogrinfo", "-ro", "-so", pg, layer);
            Assert.True(code == 0, stderr);
            Assert.Contains("ID[\"EPSG\",25832]", info, StringComparison.Ordinal);
        }

        var (_, count, _) = Tool.Run("ogrinfo", "-ro", "-so", pg, "cameras");
        Assert.Contains($"Feature Count: {SampleMunicipality.Build().Cameras.Count}", count, StringComparison.Ordinal);
    }
}
