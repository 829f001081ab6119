using System.Buffers.Binary;

namespace Planner.Tests.Hardening;

/// <summary>
/// Issue 17 class 10: a header-only CSV is one error (no misleading CRS warning first); --at NaN,NaN names --at; a folder
/// given as a file says so; a truncated or corrupt .shp is refused before the library sizes a buffer from it.
/// </summary>
[Collection("console")]
public sealed class SmallOnesTests
{
    private static readonly Dictionary<string, (Func<HardeningFolder, string[]> Args, string Expected)> Cases = new()
    {
        ["header-only CSV (hotspots)"] = (f => ["hotspots", "--incidents", f.Text("i.csv", "id,lon,lat,occurred_at,offence\n"), "--cell", "25", "--bandwidth", "100", "--out", f["out.csv"]], "only the header"),
        ["header-only CSV (new)"] = (f => ["new", "--incidents", f.Text("i.csv", "id,lon,lat,occurred_at,offence\n"), "--out", f["out.gpkg"]], "only the header"),
        ["--at NaN,NaN"] = (f => ["canvass", "--plan", f.Plan(), "--at", "NaN,NaN", "--time", "2024-06-08T01:30", "--out", f["out.json"]], "--at"),
        ["--at Infinity,0"] = (f => ["canvass", "--plan", f.Plan(), "--at", "Infinity,0", "--time", "2024-06-08T01:30", "--out", f["out.json"]], "--at"),
        ["folder as --plan"] = (f => ["check", "--plan", Directory.CreateDirectory(f["d.gpkg"]).FullName, "--out", f["out.json"]], "is a folder"),
        ["folder as --cameras"] = (f => ["new", "--cameras", Directory.CreateDirectory(f["d.geojson"]).FullName, "--out", f["out.gpkg"]], "is a folder"),
        ["folder as --incidents"] = (f => ["new", "--incidents", Directory.CreateDirectory(f["d.csv"]).FullName, "--out", f["out.gpkg"]], "is a folder"),
        ["folder as a .shp"] = (f => ["new", "--cameras", Directory.CreateDirectory(f["d.shp"]).FullName, "--crs", "EPSG:25832", "--out", f["out.gpkg"]], "is a folder"),
        ["folder as --rules"] = (f => ["share-check", "--request", f.Text("r.json", HardeningFolder.ShareRequest()), "--rules", Directory.CreateDirectory(f["d.json"]).FullName, "--out", f["out.json"]], "is a folder"),
        ["folder as --request"] = (f => ["share-check", "--request", Directory.CreateDirectory(f["r.json"]).FullName, "--out", f["out.json"]], "is a folder"),
        [".shp of 60 bytes"] = (f => ["new", "--cameras", Shapefile(f, Header(60), 60), "--crs", "EPSG:25832", "--out", f["out.gpkg"]], "fewer than its 100-byte header"),
        [".shp cut after its header"] = (f => ["new", "--cameras", Shapefile(f, Header(128), 100), "--crs", "EPSG:25832", "--out", f["out.gpkg"]], "declares 128 bytes but the file has 100"),
        [".shp record claiming 1 GB"] = (f => ["new", "--cameras", Shapefile(f, [.. Header(128), .. Record(1, 0x2000_0000), .. new byte[20]], 128), "--crs", "EPSG:25832", "--out", f["out.gpkg"]], "record 1"),
        [".shp with a wrong file code"] = (f => ["new", "--cameras", Shapefile(f, [0, 0, 0x27, 0x0B, .. Header(128)[4..], .. Record(1, 10), .. new byte[20]], 128), "--crs", "EPSG:25832", "--out", f["out.gpkg"]], "9994"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Verb_SmallBadInput_ExitsTwoWithOneClearLine(string name)
    {
        using var folder = new HardeningFolder();
        var (args, expected) = Cases[name];
        var line = BadInputAssert.Refused(folder, args(folder));
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    /// <summary>A shapefile main-file header (file code 9994, declared length, version 1000, shape type 1 = point).</summary>
    private static byte[] Header(int declaredBytes)
    {
        var h = new byte[100];
        BinaryPrimitives.WriteInt32BigEndian(h, 9994);
        BinaryPrimitives.WriteInt32BigEndian(h.AsSpan(24), declaredBytes / 2);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(28), 1000);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(32), 1);
        return h;
    }

    private static byte[] Record(int number, int contentWords)
    {
        var r = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(r, number);
        BinaryPrimitives.WriteInt32BigEndian(r.AsSpan(4), contentWords);
        return r;
    }

    /// <summary>Writes the first <paramref name="length"/> bytes of <paramref name="bytes"/> as cams.shp (with an empty .dbf and .shx beside it).</summary>
    private static string Shapefile(HardeningFolder f, byte[] bytes, int length)
    {
        f.Bytes("cams.shx", Header(100));
        f.Bytes("cams.dbf", [0x03, 0, 0, 0, 0, 0, 0, 0, 33, 0, 1, 0, .. new byte[20], 0x0D]);
        return f.Bytes("cams.shp", bytes.AsSpan(0, Math.Min(length, bytes.Length)).ToArray());
    }
}
