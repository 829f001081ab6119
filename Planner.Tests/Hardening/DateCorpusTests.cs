namespace Planner.Tests.Hardening;

/// <summary>Issue 17 class 2: dates outside 1900-01-01 … 2199-12-31 are bad input (exit 2), never a DateTime overflow.</summary>
[Collection("console")]
public sealed class DateCorpusTests
{
    private static readonly Dictionary<string, Func<HardeningFolder, string[]>> Cases = new()
    {
        ["canvass --time 0001-01-01T00:00"] = f => ["canvass", "--plan", f.Plan(), "--at", "9.57421,56.22895", "--time", "0001-01-01T00:00", "--out", f["out.json"]],
        ["canvass --time 9999-12-31T23:59"] = f => ["canvass", "--plan", f.Plan(), "--at", "9.57421,56.22895", "--time", "9999-12-31T23:59", "--out", f["out.json"]],
        ["canvass --time 9999-12-31T23:59:59+14:00"] = f => ["canvass", "--plan", f.Plan(), "--at", "9.57421,56.22895", "--time", "9999-12-31T23:59:59+14:00", "--out", f["out.json"]],
        ["canvass --today 9999-12-31"] = f => ["canvass", "--plan", f.Plan(), "--at", "9.57421,56.22895", "--time", "2024-06-08T01:30", "--today", "9999-12-31", "--out", f["out.json"]],
        ["check --today 9999-12-31"] = f => ["check", "--plan", f.Plan(), "--today", "9999-12-31", "--out", f["out.json"]],
        ["check --today 0001-01-01"] = f => ["check", "--plan", f.Plan(), "--today", "0001-01-01", "--out", f["out.json"]],
        ["hotspots --from 0001-01-01"] = f => ["hotspots", "--plan", f.Plan(), "--cell", "25", "--bandwidth", "100", "--from", "0001-01-01", "--out", f["out.csv"]],
        ["stats --to 9999-12-31"] = f => ["stats", "--plan", f.Plan(), "--to", "9999-12-31", "--out", f["out.json"]],
        ["CSV occurred_at 0001-01-01T00:00"] = f => ["new", "--incidents", f.Text("i.csv", HardeningFolder.IncidentCsv("12.5683,55.6761,0001-01-01T00:00,theft,")), "--out", f["out.gpkg"]],
        ["CSV occurred_at 9999-12-31T23:59"] = f => ["new", "--incidents", f.Text("i.csv", HardeningFolder.IncidentCsv("12.5683,55.6761,9999-12-31T23:59,theft,")), "--out", f["out.gpkg"]],
        ["share request occurred_at 9999-12-31T23:59"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest(t => t.Replace("2024-05-01T10:00", "9999-12-31T23:59", StringComparison.Ordinal))), "--out", f["out.json"]],
        ["share request reported_at 0001-01-01T00:00"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest(t => t.Replace("2024-05-01T12:00", "0001-01-01T00:00", StringComparison.Ordinal))), "--out", f["out.json"]],
        ["gpkg occurred_at 0001-01-01 (hotspots)"] = f => ["hotspots", "--plan", f.Plan(sql: "UPDATE incidents SET occurred_at = '0001-01-01T00:00:00+00:00' WHERE fid = 3"), "--cell", "25", "--bandwidth", "100", "--out", f["out.csv"]],
        ["gpkg occurred_at 9999-12-31 (stats)"] = f => ["stats", "--plan", f.Plan(sql: "UPDATE incidents SET occurred_at = '9999-12-31T23:59:59+14:00' WHERE fid = 3"), "--out", f["out.json"]],
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Verb_DateOutsideTheDocumentedRange_ExitsTwoNamingTheRange(string name)
    {
        using var folder = new HardeningFolder();
        var line = BadInputAssert.Refused(folder, Cases[name](folder));
        Assert.Contains("1900-01-01", line, StringComparison.Ordinal);
        Assert.Contains("2199-12-31", line, StringComparison.Ordinal);
    }
}
