using System.Text.RegularExpressions;

namespace Planner.Tests.Hardening;

/// <summary>Issue 17 class 1: numbers at the edge of their type are bad input with a documented range (exit 2), never an overflow.</summary>
[Collection("console")]
public sealed partial class NumberCorpusTests
{
    private static readonly Dictionary<string, Func<HardeningFolder, string[]>> Cases = new()
    {
        ["gpkg range_m 1e308 (coverage)"] = f => ["coverage", "--plan", f.Plan(sql: "UPDATE cameras SET range_m = 1e308"), "--out", f["out.geojson"]],
        ["gpkg height_m 1e308 (coverage)"] = f => ["coverage", "--plan", f.Plan(sql: "UPDATE cameras SET height_m = 1e308"), "--out", f["out.geojson"]],
        ["gpkg camera x 1e308 (check)"] = f => ["check", "--plan", f.Plan(edit: db => HardeningFolder.MoveFirstCamera(db, 1e308, 6_200_000)), "--out", f["out.json"]],
        ["gpkg camera y -1e300 (check)"] = f => ["check", "--plan", f.Plan(edit: db => HardeningFolder.MoveFirstCamera(db, 500_000, -1e300)), "--out", f["out.json"]],
        ["gpkg amount_dkk 1e29 (hotspots)"] = f => ["hotspots", "--plan", f.Plan(sql: "UPDATE incidents SET amount_dkk = 1e29"), "--cell", "25", "--bandwidth", "100", "--out", f["out.csv"]],
        ["gpkg amount_dkk 7.9e28 (stats)"] = f => ["stats", "--plan", f.Plan(sql: "UPDATE incidents SET amount_dkk = 7.9e28 WHERE fid = 7"), "--out", f["out.json"]],
        ["gpkg retention_days 1e12 (check)"] = f => ["check", "--plan", f.Plan(sql: "UPDATE cameras SET retention_days = 1000000000000"), "--out", f["out.json"]],
        ["gpkg building height 1e308 (coverage)"] = f => ["coverage", "--plan", f.Plan(sql: "UPDATE buildings SET height_m = 1e308"), "--out", f["out.geojson"]],
        ["rule-pack parameter 1e308 (check)"] = f => ["check", "--plan", f.Plan(), "--rules", f.Text("pack.json", HardeningFolder.RulePack(t => FirstValue().Replace(t, "\"value\": 1e308", 1))), "--out", f["out.json"]],
        ["--bandwidth 1e308 (hotspots)"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "25", "--bandwidth", "1e308", "--out", f["out.csv"]],
        ["--band 1e10 (hotspots)"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "25", "--bandwidth", "100", "--band", "1e10", "--out", f["out.csv"]],
        ["--band 1e9 (hotspots)"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "25", "--bandwidth", "100", "--band", "1e9", "--out", f["out.csv"]],
        ["--band 60000 at a 1 m cell (hotspots)"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "1", "--bandwidth", "100", "--band", "60000", "--out", f["out.csv"]],
        ["--cell 0.5 with --bandwidth 1000: hours of work (hotspots)"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "0.5", "--bandwidth", "1000", "--out", f["out.csv"]],
        ["--cell 1e-300 (hotspots)"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "1e-300", "--bandwidth", "100", "--out", f["out.csv"]],
        ["--bandwidth 1e308 (stats)"] = f => ["stats", "--plan", f.Plan(), "--bandwidth", "1e308", "--out", f["out.json"]],
        ["--bandwidth 1e308 (report)"] = f => ["report", "--plan", f.Plan(), "--bandwidth", "1e308", "--out", f["out.pdf"]],
        ["--cell 1e308 (report)"] = f => ["report", "--plan", f.Plan(), "--cell", "1e308", "--out", f["out.pdf"]],
        ["--target-height 1e308 (coverage)"] = f => ["coverage", "--plan", f.Plan(), "--target-height", "1e308", "--out", f["out.geojson"]],
        ["GeoJSON range_m 1e308 (new)"] = f => ["new", "--cameras", f.Text("c.geojson", HardeningFolder.CameraGeoJson("\"id\": \"c1\", \"heading_deg\": 90, \"range_m\": 1e308")), "--out", f["out.gpkg"]],
        ["GeoJSON height_m 1e300 (new)"] = f => ["new", "--cameras", f.Text("c.geojson", HardeningFolder.CameraGeoJson("\"id\": \"c1\", \"heading_deg\": 90, \"height_m\": 1e300")), "--out", f["out.gpkg"]],
        ["GeoJSON resolution_px 1e9 (new)"] = f => ["new", "--cameras", f.Text("c.geojson", HardeningFolder.CameraGeoJson("\"id\": \"c1\", \"heading_deg\": 90, \"resolution_px\": 1000000000")), "--out", f["out.gpkg"]],
        ["CSV amount_dkk 1e29 (new)"] = f => ["new", "--incidents", f.Text("i.csv", HardeningFolder.IncidentCsv("12.5683,55.6761,2024-05-01T10:00,theft,1e29")), "--out", f["out.gpkg"]],
        ["CSV amount_dkk 7.9e28 (hotspots)"] = f => ["hotspots", "--incidents", f.Text("i.csv", HardeningFolder.IncidentCsv("12.5683,55.6761,2024-05-01T10:00,theft,7.9e28")), "--cell", "25", "--bandwidth", "100", "--out", f["out.csv"]],
        ["share request amount_dkk 1e30 (share-check)"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest(t => t.Replace("5000", "1e30", StringComparison.Ordinal))), "--out", f["out.json"]],
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Verb_NumberOutsideItsPlausibleRange_ExitsTwoWithOneLineAndNothingWritten(string name)
    {
        using var folder = new HardeningFolder();
        var line = BadInputAssert.Refused(folder, Cases[name](folder));
        Assert.Matches(InRange(), line);
    }

    /// <summary>The line names the range or rule that was broken (e.g. "must be in (0, 5000] metres", "expected a number in [0, …]").</summary>
    [GeneratedRegex(@"must be|expected|at most|allowed")]
    private static partial Regex InRange();

    [GeneratedRegex("\"value\": [0-9.]+")]
    private static partial Regex FirstValue();
}
