using System.IO.Compression;
using System.Text.Json;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App.Files;

/// <summary>A file to import, copied into a private temporary folder under its own name.</summary>
public sealed record StagedImport(string FileName, string Folder, ImportLayer Guess) : IDisposable
{
    public string Path => System.IO.Path.Combine(Folder, FileName);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder that cannot be removed now is left to the system's temp cleaning.
        }
    }
}

/// <summary>Features read for one layer, already in the plan's CRS, and the reader's warnings.</summary>
internal sealed record ImportRead(Plan Source, IReadOnlyList<string> Warnings);

/// <summary>
/// Imports a file into a plan layer through the same readers and CRS handling as <c>planner new</c>
/// (<see cref="PlanFileLoader"/> with the plan's EPSG as the working CRS): GeoJSON, GeoPackage, a zipped Shapefile,
/// incident CSV and OSM Overpass JSON. Bad input is the reader's one-line <see cref="InputException"/>, naming the file
/// as the user called it (never the temporary folder).
/// </summary>
internal static class PlanImporter
{
    /// <summary>Largest file accepted (bytes); bigger files are refused before they are copied.</summary>
    public const long MaxBytes = 1L << 30;

    private static readonly string[] Extensions = [".geojson", ".json", ".gpkg", ".zip", ".csv", ".tsv", ".txt"];

    /// <summary>What the file picker offers (<c>accept</c> attribute).</summary>
    public static string Accept => string.Join(',', Extensions);

    /// <summary>Copies <paramref name="content"/> into a new temporary folder as <paramref name="fileName"/> and guesses its layer.</summary>
    public static async Task<StagedImport> StageAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = System.IO.Path.GetFileName(fileName ?? "");
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new InputException("import", null, "file", "expected a file name");
        }

        var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            throw new InputException(name, null, null, "expected GeoJSON (.geojson/.json), a GeoPackage (.gpkg), a zipped Shapefile (.zip), an incident CSV (.csv) or Overpass JSON (.json)");
        }

        var folder = Directory.CreateTempSubdirectory("cctvplanner-import-").FullName;
        var staged = new StagedImport(name, folder, ImportLayer.Cameras);
        try
        {
            var target = System.IO.Path.Combine(folder, name);
            await using (var file = File.Create(target))
            {
                await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
            }

            return staged with { Guess = Guess(target) };
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The layer a file most likely holds: CSV → incidents; Overpass JSON or points → cameras; lines → streets; polygons
    /// with a <c>kind</c> → zones, other polygons → buildings; a GeoPackage → cameras (the user picks). Unreadable
    /// content guesses cameras: the reader reports what is wrong when the import runs.
    /// </summary>
    public static ImportLayer Guess(string path)
    {
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".csv" or ".tsv" or ".txt" => ImportLayer.Incidents,
                ".zip" => GuessShapefile(path),
                ".gpkg" => ImportLayer.Cameras,
                _ => GuessJson(path),
            };
        }
        catch (Exception ex) when (ex is JsonException or IOException or InvalidDataException or InvalidOperationException)
        {
            return ImportLayer.Cameras;
        }
    }

    /// <summary>Reads <paramref name="layer"/> from the staged file into <paramref name="epsg"/> (the plan's CRS).</summary>
    public static ImportRead Read(StagedImport staged, ImportLayer layer, int epsg)
    {
        ArgumentNullException.ThrowIfNull(staged);
        try
        {
            var path = staged.Path;
            if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                path = Unzip(staged);
            }

            var files = layer switch
            {
                ImportLayer.Cameras => new PlanFiles(Cameras: path),
                ImportLayer.Buildings => new PlanFiles(Buildings: path),
                ImportLayer.Zones => new PlanFiles(Zones: path),
                ImportLayer.Incidents => new PlanFiles(Incidents: path),
                _ => new PlanFiles { Streets = path },
            };
            var loaded = PlanFileLoader.Load(files, new PlanLoadOptions { Epsg = epsg });
            if (LayerImport.Count(loaded.Plan, layer) == 0)
            {
                throw new InputException(staged.FileName, null, null, $"expected {layer.ToString().ToLowerInvariant()}; the file holds none");
            }

            return new ImportRead(loaded.Plan, [.. loaded.Warnings.Select(w => Clean(w, staged))]);
        }
        catch (InputException ex)
        {
            throw new InputException(Clean(ex.Message, staged));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new InputException(staged.FileName, null, null, "could not be read: " + Clean(ex.Message, staged));
        }
    }

    /// <summary>A message with the temporary folder taken out, so it names the file as the user knows it.</summary>
    private static string Clean(string message, StagedImport staged) =>
        message.Replace(staged.Folder + System.IO.Path.DirectorySeparatorChar, "", StringComparison.Ordinal)
            .Replace(staged.Folder, staged.FileName, StringComparison.Ordinal);

    // Entries are extracted by file name only (no folders), so a hostile archive cannot write outside the staging folder.
    private static string Unzip(StagedImport staged)
    {
        using var zip = ZipFile.OpenRead(staged.Path);
        var shp = zip.Entries.Where(e => e.Name.EndsWith(".shp", StringComparison.OrdinalIgnoreCase)).ToList();
        if (shp.Count != 1)
        {
            throw new InputException(staged.FileName, null, null, shp.Count == 0
                ? "expected a zipped Shapefile (.shp with .shx and .dbf); the archive holds no .shp"
                : $"expected one Shapefile in the archive; it holds {shp.Count} ({string.Join(", ", shp.Take(5).Select(e => e.Name))})");
        }

        var stem = System.IO.Path.GetFileNameWithoutExtension(shp[0].Name);
        var folder = System.IO.Path.Combine(staged.Folder, "unzipped");
        Directory.CreateDirectory(folder);
        foreach (var entry in zip.Entries.Where(e => System.IO.Path.GetFileNameWithoutExtension(e.Name).Equals(stem, StringComparison.OrdinalIgnoreCase)))
        {
            if (entry.Length > MaxBytes)
            {
                throw new InputException(staged.FileName, entry.Name, null, $"expected at most {MaxBytes} bytes per file");
            }

            entry.ExtractToFile(System.IO.Path.Combine(folder, entry.Name), overwrite: true);
        }

        return System.IO.Path.Combine(folder, shp[0].Name);
    }

    private static ImportLayer GuessShapefile(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var shp = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".shp", StringComparison.OrdinalIgnoreCase));
        if (shp is null)
        {
            return ImportLayer.Buildings;
        }

        var header = new byte[36];
        using (var s = shp.Open())
        {
            s.ReadExactly(header);
        }

        var type = BitConverter.ToInt32(header, 32) % 10;
        if (type is 1 or 8)
        {
            return ImportLayer.Cameras;
        }

        if (type == 3)
        {
            return ImportLayer.Streets;
        }

        var dbf = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".dbf", StringComparison.OrdinalIgnoreCase));
        return dbf is not null && DbfFieldNames(dbf).Contains("kind", StringComparer.OrdinalIgnoreCase) ? ImportLayer.Zones : ImportLayer.Buildings;
    }

    private static List<string> DbfFieldNames(ZipArchiveEntry dbf)
    {
        using var s = dbf.Open();
        var head = new byte[32];
        s.ReadExactly(head);
        var headerLength = BitConverter.ToInt16(head, 8);
        var names = new List<string>();
        var field = new byte[32];
        for (var read = 32; read + 32 < headerLength; read += 32)
        {
            s.ReadExactly(field);
            if (field[0] == 0x0D)
            {
                break;
            }

            names.Add(System.Text.Encoding.ASCII.GetString(field, 0, 11).TrimEnd('\0', ' '));
        }

        return names;
    }

    private static ImportLayer GuessJson(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Array || root.TryGetProperty("elements", out _))
        {
            return ImportLayer.Cameras;
        }

        var feature = root;
        if (root.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array)
        {
            if (features.GetArrayLength() == 0)
            {
                return ImportLayer.Cameras;
            }

            feature = features[0];
        }

        var type = feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object && g.TryGetProperty("type", out var t) ? t.GetString() : null;
        return type switch
        {
            "LineString" or "MultiLineString" => ImportLayer.Streets,
            "Polygon" or "MultiPolygon" => feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object && p.TryGetProperty("kind", out _)
                ? ImportLayer.Zones
                : ImportLayer.Buildings,
            _ => ImportLayer.Cameras,
        };
    }
}
