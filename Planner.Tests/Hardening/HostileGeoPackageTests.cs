using System.Diagnostics;

namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 8: a GeoPackage is someone else's SQL. Only tables registered in gpkg_contents as features are read;
/// a layer replaced by a view is refused by name; a query that stops delivering rows (a recursive view behind the
/// GeoPackage's own tables) is cut after a few seconds. Every case returns within seconds with exit 2 and one line.
/// </summary>
[Collection("console")]
public sealed class HostileGeoPackageTests
{
    private const string Endless = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)";

    private static readonly Dictionary<string, (string Sql, string Expected)> Cases = new()
    {
        ["cameras layer replaced by an endless view"] = ($"ALTER TABLE cameras RENAME TO cameras0; CREATE VIEW cameras AS {Endless} SELECT cameras0.* FROM cameras0, r WHERE n < 0", "layer cameras: expected a feature table; this layer is a view"),
        ["buildings layer replaced by an endless view"] = ($"ALTER TABLE buildings RENAME TO b0; CREATE VIEW buildings AS {Endless} SELECT b0.* FROM b0, r WHERE n < 0", "layer buildings: expected a feature table"),
        ["plan_metadata replaced by an endless view"] = ($"ALTER TABLE plan_metadata RENAME TO m0; CREATE VIEW plan_metadata AS {Endless} SELECT m0.* FROM m0, r WHERE n < 0", "table plan_metadata: expected a table; this is a view"),
        ["gpkg_contents replaced by an endless view"] = ($"ALTER TABLE gpkg_contents RENAME TO c0; CREATE VIEW gpkg_contents AS {Endless} SELECT c0.* FROM c0, r WHERE n < 0", "a query made no progress"),
        ["gpkg_geometry_columns replaced by an endless view"] = ($"ALTER TABLE gpkg_geometry_columns RENAME TO g0; CREATE VIEW gpkg_geometry_columns AS {Endless} SELECT g0.* FROM g0, r WHERE n < 0", "gpkg_geometry_columns: expected a GeoPackage with feature layers"),
        ["cameras registered as attributes, not features"] = ("UPDATE gpkg_contents SET data_type = 'attributes' WHERE table_name = 'cameras'; UPDATE cameras SET range_m = -1", "expected a readable plan"),
        ["not SQLite at all"] = ("", "not SQLite"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Check_HostileGeoPackage_ReturnsWithinSecondsWithOneLine(string name)
    {
        using var folder = new HardeningFolder();
        var (sql, expected) = Cases[name];
        var plan = sql.Length > 0 ? folder.Plan(sql: sql) : folder.Text("plan.gpkg", new string('x', 4096));
        if (expected == "expected a readable plan")
        {
            // Not registered as features: the layer is not read at all, so its bad row cannot matter; the plan reads with a warning.
            var (exit, _, stderr) = Support.CliHarness.Run("check", "--plan", plan, "--out", folder["out.json"]);
            Assert.Equal(0, exit);
            Assert.Contains("no cameras layer; read as empty", stderr, StringComparison.Ordinal);
            return;
        }

        var clock = Stopwatch.StartNew();
        var line = BadInputAssert.Refused(folder, "check", "--plan", plan, "--out", folder["out.json"]);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        // Not a speed test: a hang would run forever; the stall limit is 3 s, so 30 s means "returned".
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 30);
    }
}
