using System.Text;

namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 3: every text input accepts a UTF-8 byte order mark, and a byte that is not UTF-8 is bad input naming
/// its byte offset and "expected UTF-8" (never a transcoding crash).
/// </summary>
[Collection("console")]
public sealed class EncodingCorpusTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Each input with a Latin-1 "æ" (0xE6) placed at a known offset: (verb arguments, the byte's offset).</summary>
    private static readonly Dictionary<string, Func<HardeningFolder, (string[] Args, int Offset)>> Latin1 = new()
    {
        ["GeoJSON cameras"] = f => Place(f, "c.geojson", HardeningFolder.CameraGeoJson("\"id\": \"c1\", \"heading_deg\": 90, \"purpose\": \"tryghed@\""), p => ["new", "--cameras", p, "--out", f["out.gpkg"]]),
        ["GeoJSON buildings"] = f => Place(f, "b.geojson", HardeningFolder.BuildingGeoJson("\"id\": \"b@\", \"height_m\": 10"), p => ["new", "--buildings", p, "--out", f["out.gpkg"]]),
        ["GeoJSON zones"] = f => Place(f, "z.geojson", HardeningFolder.ZoneGeoJson("\"id\": \"z1\", \"kind\": \"public_area\", \"name\": \"Torv@\""), p => ["new", "--zones", p, "--out", f["out.gpkg"]]),
        ["incident CSV"] = f => Place(f, "i.csv", HardeningFolder.IncidentCsv("12.5683,55.6761,2024-05-01T10:00,tyveri@,"), p => ["new", "--incidents", p, "--out", f["out.gpkg"]]),
        ["rule pack"] = f => Place(f, "pack.json", HardeningFolder.RulePack(t => t.Replace("\"name\": \"", "\"name\": \"@", StringComparison.Ordinal)), p => ["check", "--plan", f.Plan(), "--rules", p, "--out", f["out.json"]]),
        ["share request"] = f => Place(f, "r.json", HardeningFolder.ShareRequest(t => t.Replace("theft", "tyveri@", StringComparison.Ordinal)), p => ["share-check", "--request", p, "--out", f["out.json"]]),
        ["Overpass JSON cameras"] = f => Place(f, "o.json", """{"elements": [{"type": "node", "id": 1, "lat": 55.6761, "lon": 12.5683, "tags": {"man_made": "surveillance", "operator": "K@"}}]}""", p => ["new", "--cameras", p, "--out", f["out.gpkg"]]),
        ["share request with a BOM and Latin-1"] = f => Place(f, "r.json", HardeningFolder.ShareRequest(t => t.Replace("theft", "tyveri@", StringComparison.Ordinal)), p => ["share-check", "--request", p, "--out", f["out.json"]], bom: true),
    };

    /// <summary>Each input written with a UTF-8 BOM in front of otherwise valid content.</summary>
    private static readonly Dictionary<string, Func<HardeningFolder, string[]>> WithBom = new()
    {
        ["GeoJSON cameras"] = f => ["new", "--cameras", BomFile(f, "c.geojson", HardeningFolder.CameraGeoJson()), "--out", f["out.gpkg"]],
        ["GeoJSON buildings"] = f => ["new", "--buildings", BomFile(f, "b.geojson", HardeningFolder.BuildingGeoJson()), "--out", f["out.gpkg"]],
        ["GeoJSON zones"] = f => ["new", "--zones", BomFile(f, "z.geojson", HardeningFolder.ZoneGeoJson()), "--out", f["out.gpkg"]],
        ["incident CSV"] = f => ["new", "--incidents", BomFile(f, "i.csv", HardeningFolder.IncidentCsv("12.5683,55.6761,2024-05-01T10:00,theft,")), "--out", f["out.gpkg"]],
        ["rule pack"] = f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest()), "--rules", BomFile(f, "pack.json", HardeningFolder.RulePack()), "--out", f["out.json"]],
        ["share request"] = f => ["share-check", "--request", BomFile(f, "r.json", HardeningFolder.ShareRequest()), "--out", f["out.json"]],
    };

    public static TheoryData<string> Latin1Names => [.. Latin1.Keys];

    public static TheoryData<string> BomNames => [.. WithBom.Keys];

    [Theory]
    [MemberData(nameof(Latin1Names))]
    public void Verb_Latin1ByteInInput_ExitsTwoNamingTheByteOffsetAndUtf8(string name)
    {
        using var folder = new HardeningFolder();
        var (args, offset) = Latin1[name](folder);
        var line = BadInputAssert.Refused(folder, args);
        Assert.Contains($"byte offset {offset}", line, StringComparison.Ordinal);
        Assert.Contains("expected UTF-8", line, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BomNames))]
    public void Verb_InputWithUtf8Bom_IsAccepted(string name)
    {
        using var folder = new HardeningFolder();
        var (exit, _, stderr) = Support.CliHarness.Run(WithBom[name](folder));
        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(folder["out.gpkg"]) || File.Exists(folder["out.json"]));
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 with its one '@' replaced by the Latin-1 byte 0xE6.</summary>
    private static (string[] Args, int Offset) Place(HardeningFolder f, string name, string text, Func<string, string[]> args, bool bom = false)
    {
        var bytes = (bom ? Bom : []).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var at = Array.IndexOf(bytes, (byte)'@');
        bytes[at] = 0xE6;
        return (args(f.Bytes(name, bytes)), at);
    }

    private static string BomFile(HardeningFolder f, string name, string text) => f.Bytes(name, [.. Bom, .. Encoding.UTF8.GetBytes(text)]);
}
