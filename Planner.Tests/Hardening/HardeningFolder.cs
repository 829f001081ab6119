using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Support;

namespace Planner.Tests.Hardening;

/// <summary>
/// A fresh folder per corpus case holding the inputs the case generates; <see cref="Snapshot"/> lists every file in it
/// (hidden temporary files included) so a test can assert that a refused command left nothing behind.
/// </summary>
internal sealed class HardeningFolder : IDisposable
{
    private static readonly Lazy<string> SamplePlan = new(() =>
    {
        // One file for every run (written atomically, so parallel runs agree): the sample is deterministic.
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "planner-hardening-sample.gpkg");
        GeoPackagePlanStore.Write(path, SampleMunicipality.Build());
        return path;
    });

    public HardeningFolder() => Path = Directory.CreateTempSubdirectory("planner-hardening-").FullName;

    public string Path { get; }

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="name"/>; returns its path.</summary>
    public string Bytes(string name, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(this[name], bytes);
        return this[name];
    }

    /// <summary>Writes UTF-8 text (no BOM) as <paramref name="name"/>; returns its path.</summary>
    public string Text(string name, string text) => Bytes(name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>A copy of the sample plan, changed by <paramref name="sql"/> (run with plain SQLite, as an attacker would).</summary>
    public string Plan(string name = "plan.gpkg", string? sql = null, Action<SqliteConnection>? edit = null)
    {
        var path = this[name];
        System.IO.File.Copy(SamplePlan.Value, path, overwrite: true);
        if (sql is not null || edit is not null)
        {
            using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            db.Open();

            // The plan's R-tree triggers call ST_IsEmpty/ST_MinX/…, which GDAL, QGIS and our store define; so does this editor.
            Planner.Geo.Stores.GeoPackageRTree.RegisterFunctions(db);
            if (sql is not null)
            {
                using var cmd = db.CreateCommand();
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }

            edit?.Invoke(db);
        }

        return path;
    }

    /// <summary>Sets the geometry of the first camera to a GeoPackage point blob at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static void MoveFirstCamera(SqliteConnection db, double x, double y)
    {
        using var cmd = db.CreateCommand();
        cmd.CommandText = "UPDATE cameras SET geom = @g WHERE fid = (SELECT min(fid) FROM cameras)";
        cmd.Parameters.AddWithValue("@g", PointBlob(25832, x, y));
        cmd.ExecuteNonQuery();
    }

    /// <summary>A GeoPackage binary point: "GP", version 0, flags 1 (little-endian, no envelope), srs_id, then WKB.</summary>
    public static byte[] PointBlob(int srsId, double x, double y)
    {
        var blob = new byte[8 + 21];
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0;
        blob[3] = 1;
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), srsId);
        blob[8] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(9), 1);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(13), x);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(21), y);
        return blob;
    }

    /// <summary>One camera as a GeoJSON FeatureCollection in lon/lat (Copenhagen), with <paramref name="properties"/> as raw JSON members.</summary>
    public static string CameraGeoJson(string properties = "\"id\": \"c1\", \"heading_deg\": 90") =>
        $$$"""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": { {{{properties}}} }, "geometry": {"type": "Point", "coordinates": [12.5683, 55.6761]}}]}""";

    /// <summary>One building square in lon/lat near the camera of <see cref="CameraGeoJson"/>.</summary>
    public static string BuildingGeoJson(string properties = "\"id\": \"b1\", \"height_m\": 10") =>
        $$$"""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": { {{{properties}}} }, "geometry": {"type": "Polygon", "coordinates": [[[12.5690, 55.6765], [12.5692, 55.6765], [12.5692, 55.6766], [12.5690, 55.6766], [12.5690, 55.6765]]]}}]}""";

    /// <summary>One zone in lon/lat around the camera of <see cref="CameraGeoJson"/>.</summary>
    public static string ZoneGeoJson(string properties = "\"id\": \"z1\", \"kind\": \"public_area\"") =>
        $$$"""{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": { {{{properties}}} }, "geometry": {"type": "Polygon", "coordinates": [[[12.5670, 55.6755], [12.5700, 55.6755], [12.5700, 55.6770], [12.5670, 55.6770], [12.5670, 55.6755]]]}}]}""";

    /// <summary>An incident CSV with one row per <paramref name="rows"/> entry (each "lon,lat,occurred_at,offence,amount").</summary>
    public static string IncidentCsv(params string[] rows)
    {
        var sb = new StringBuilder("id,lon,lat,occurred_at,offence,amount_dkk\n");
        for (var i = 0; i < rows.Length; i++)
        {
            sb.Append('i').Append(i + 1).Append(',').Append(rows[i]).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A valid sharing request (§ 4 c) as JSON, with <paramref name="replace"/> applied to its text.</summary>
    public static string ShareRequest(Func<string, string>? replace = null)
    {
        const string Json = """{"offence": "theft", "property_crime": true, "amount_dkk": 5000, "occurred_at": "2024-05-01T10:00", "reported_at": "2024-05-01T12:00", "repeat_offending_expected": true, "closed_system": true, "datatilsynet_permission": true}""";
        return replace is null ? Json : replace(Json);
    }

    /// <summary>The bundled Danish rule pack's text, with <paramref name="replace"/> applied.</summary>
    public static string RulePack(Func<string, string>? replace = null)
    {
        var text = System.IO.File.ReadAllText(TestPaths.RepoFile(System.IO.Path.Combine("data", "rules", "dk.json")));
        return replace is null ? text : replace(text);
    }

    /// <summary>Every file under the folder (hidden ones too) with its length and last write time.</summary>
    public IReadOnlyList<string> Snapshot() =>
        [.. Directory.EnumerateFiles(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => new FileInfo(f))
            .Select(f => $"{System.IO.Path.GetRelativePath(Path, f.FullName)} {f.Length} {f.LastWriteTimeUtc.Ticks}")
            .Order(StringComparer.Ordinal)];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
