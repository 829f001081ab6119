namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 4: what error messages echo. Ids, values and names copied from an input into a message can hold ESC
/// sequences, NUL, bell and newlines; a corrupt blob must not bring .NET internals along; a huge header must not
/// become a huge line. Every message is one escaped, capped line.
/// </summary>
[Collection("console")]
public sealed class EchoCorpusTests
{
    private const string ClearScreen = "\u001b[2J\u001b[H";
    private const string Title = "\u001b]0;pwned\u0007";

    private static readonly Dictionary<string, Func<HardeningFolder, string[]>> Cases = new()
    {
        ["gpkg camera id with ESC, NUL, newline"] = f => ["check", "--plan", f.Plan(sql: "UPDATE cameras SET id = char(27) || '[2J' || char(0) || 'x' || char(10) || 'y', operator = 'nobody' WHERE fid = 1"), "--out", f["out.json"]],
        ["gpkg zone kind with ESC and CR"] = f => ["check", "--plan", f.Plan(sql: "UPDATE zones SET kind = 'park' || char(27) || ']0;x' || char(7) || char(13) WHERE fid = 2"), "--out", f["out.json"]],
        ["gpkg operator with bidi override"] = f => ["check", "--plan", f.Plan(sql: "UPDATE cameras SET operator = 'police' || char(8238) || 'evil' WHERE fid = 1"), "--out", f["out.json"]],
        ["gpkg corrupt WKB blob"] = f => ["check", "--plan", f.Plan(sql: "UPDATE cameras SET geom = X'47500001E86400000101000000FFFFFF' WHERE fid = 1"), "--out", f["out.json"]],
        ["gpkg WKB with a huge point count"] = f => ["check", "--plan", f.Plan(sql: "UPDATE buildings SET geom = X'47500001E8640000010600000001000000010300000001000000FFFFFF7F' WHERE fid = 1"), "--out", f["out.json"]],
        ["GeoJSON id with ESC title sequence"] = f => ["new", "--cameras", f.Text("c.geojson", HardeningFolder.CameraGeoJson($"\"id\": \"c1{Json(Title)}\", \"heading_deg\": 400")), "--out", f["out.gpkg"]],
        ["GeoJSON operator with clear-screen"] = f => ["new", "--cameras", f.Text("c.geojson", HardeningFolder.CameraGeoJson($"\"id\": \"c1\", \"heading_deg\": 90, \"operator\": \"{Json(ClearScreen)}\"")), "--out", f["out.gpkg"]],
        ["share request field name with ESC"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest(t => t.Replace("\"closed_system\"", $"\"closed{Json(ClearScreen)}\"", StringComparison.Ordinal))), "--out", f["out.json"]],
        ["share request offence NUL and newline"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest(t => t.Replace("\"occurred_at\": \"2024-05-01T10:00\"", $"\"occurred_at\": \"{Json("x\u0000\n\u001b[31m")}\"", StringComparison.Ordinal))), "--out", f["out.json"]],
        ["rule pack unknown member with ESC"] = f => ["check", "--plan", f.Plan(), "--rules", f.Text("pack.json", HardeningFolder.RulePack(t => t.Replace("\"version\":", $"\"x{Json(ClearScreen)}\": 1, \"version\":", StringComparison.Ordinal))), "--out", f["out.json"]],
        ["rule pack version with newline and bell"] = f => ["check", "--plan", f.Plan(), "--rules", f.Text("pack.json", HardeningFolder.RulePack(t => System.Text.RegularExpressions.Regex.Replace(t, "\"version\": \"[^\"]*\"", $"\"version\": \"1{Json("\n\u0007")}\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5)))), "--out", f["out.json"]],
        ["CSV header of 5 MB"] = f => ["new", "--incidents", f.Text("i.csv", new string('a', 5_000_000) + ",lon,lat\n1,2,3\n"), "--out", f["out.gpkg"]],
        ["CSV quoted id with newline and ESC"] = f => ["new", "--incidents", f.Text("i.csv", "id,lon,lat,occurred_at,offence\n\"i\n\u001b[2J1\",12.5683,55.6761,not-a-date,theft\n"), "--out", f["out.gpkg"]],
        ["CSV offence of 1 MB with a bad date"] = f => ["new", "--incidents", f.Text("i.csv", $"id,lon,lat,occurred_at,offence\ni1,12.5683,55.6761,{new string('x', 1_000_000)},theft\n"), "--out", f["out.gpkg"]],
        ["--at with ESC"] = f => ["canvass", "--plan", f.Plan(), "--at", "\u001b[2J", "--time", "2024-06-08T01:30", "--out", f["out.json"]],
        ["--lang with NUL-free control chars"] = f => ["check", "--plan", f.Plan(), "--lang", "d\u001b[1ma", "--out", f["out.json"]],
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Verb_InputWithControlCharactersOrHugeText_PrintsOneEscapedCappedLine(string name)
    {
        using var folder = new HardeningFolder();
        BadInputAssert.Refused(folder, Cases[name](folder));
    }

    [Fact]
    public void Check_ValidPlanWithEscInCameraIds_PrintsTheSummaryWithIdsEscaped()
    {
        using var folder = new HardeningFolder();
        var plan = folder.Plan(sql: "UPDATE cameras SET id = id || char(27) || '[2J' || char(13) || char(7) || char(8238)");
        var (exit, stdout, stderr) = Support.CliHarness.Run("check", "--plan", plan, "--out", folder["out.json"]);
        Assert.True(exit == 0, stderr);
        Assert.Contains("\\e[2J\\r\\u0007\\u202e", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(stdout + stderr, c => Desktop.Cli.TerminalText.IsUnsafe(c) && c != '\n');
    }

    /// <summary>A JSON string body with every control character as a \u escape.</summary>
    private static string Json(string text) => string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
