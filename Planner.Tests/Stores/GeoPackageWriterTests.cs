using Microsoft.Data.Sqlite;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using static Planner.Tests.Stores.GeoPackageDb;

namespace Planner.Tests.Stores;

/// <summary>
/// The bulk GeoPackage writer (#14 item 5: no rollback journal while the temporary file is built, rows through one
/// prepared statement, R-trees filled after the rows): what it leaves behind is an ordinary, consistent plan file.
/// </summary>
public sealed class GeoPackageWriterTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("planner-gpkg-writer-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Write_Sample_IntegrityAndEveryRTreeCheckOk()
    {
        var file = Path.Combine(dir, "p.gpkg");
        GeoPackagePlanStore.Write(file, SampleMunicipality.Build());

        using var db = Open(file);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        foreach (var layer in new[] { "cameras", "buildings", "zones", "incidents" })
        {
            // SQLite's own structural check of an R*-tree: node bounds contain their children, ids match the rowid table.
            Assert.Equal("ok", Scalar(db, $"SELECT rtreecheck('rtree_{layer}_geom')"));
            Assert.Equal(Scalar(db, $"SELECT count(*) FROM \"{layer}\""), Scalar(db, $"SELECT count(*) FROM rtree_{layer}_geom"));
        }
    }

    [Fact]
    public void Write_Sample_FileKeepsRollbackJournalForLaterEditorsAndNoJournalFileLeft()
    {
        var file = Path.Combine(dir, "p.gpkg");
        GeoPackagePlanStore.Write(file, SampleMunicipality.Build());

        using var db = Open(file);
        // journal_mode OFF was for the build only (it is not stored in the file): QGIS editing the plan gets a journal.
        Assert.Equal("delete", Scalar(db, "PRAGMA journal_mode"));
        Assert.Equal(0x47504B47L, Scalar(db, "PRAGMA application_id"));
        Assert.Equal(10300L, Scalar(db, "PRAGMA user_version"));
        Assert.Equal(["p.gpkg"], Directory.GetFiles(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_Sample_FidsAreOneToNInPlanOrder()
    {
        var file = Path.Combine(dir, "p.gpkg");
        var plan = SampleMunicipality.Build();
        GeoPackagePlanStore.Write(file, plan);

        using var db = Open(file);
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT fid, id FROM buildings ORDER BY fid";
        using var r = cmd.ExecuteReader();
        var rows = new List<(long, string)>();
        while (r.Read())
        {
            rows.Add((r.GetInt64(0), r.GetString(1)));
        }

        Assert.Equal(plan.Buildings.Select((b, i) => (i + 1L, b.Id)), rows);
    }
}
