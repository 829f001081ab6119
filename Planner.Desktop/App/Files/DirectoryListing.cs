using Planner.Geo;

namespace Planner.Desktop.App.Files;

/// <summary>One entry of a folder listing: a sub-folder or a file, with its size (bytes) and last write (local time).</summary>
internal sealed record ListingEntry(string Name, string FullPath, bool IsFolder, long Bytes, DateTime Modified);

/// <summary>A folder's entries for the app's file dialog (folders first, then files, by name; hidden entries left out).</summary>
internal sealed record DirectoryListing(string Folder, string? Parent, IReadOnlyList<ListingEntry> Entries)
{
    /// <summary>
    /// Lists <paramref name="folder"/>; with <paramref name="extension"/> (e.g. ".gpkg") only files ending in it are shown.
    /// A missing or unreadable folder is one <see cref="InputException"/> line.
    /// </summary>
    public static DirectoryListing Of(string folder, string? extension)
    {
        var full = Path.GetFullPath(Guard.NotBlank(folder, "folder"));
        if (!Directory.Exists(full))
        {
            throw new InputException(full, null, null, File.Exists(full) ? "is a file, expected a folder" : "no such folder");
        }

        try
        {
            var info = new DirectoryInfo(full);
            var folders = info.EnumerateDirectories()
                .Where(d => !d.Name.StartsWith('.'))
                .Select(d => new ListingEntry(d.Name, d.FullName, true, 0, d.LastWriteTime));
            var files = info.EnumerateFiles()
                .Where(f => !f.Name.StartsWith('.') && (extension is null || f.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                .Select(f => new ListingEntry(f.Name, f.FullName, false, f.Length, f.LastWriteTime));
            var entries = folders.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
                .Concat(files.OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
                .ToList();
            return new DirectoryListing(full, info.Parent?.FullName, entries);
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException(full, null, null, "permission denied: the folder cannot be listed");
        }
        catch (IOException ex)
        {
            throw new InputException(full, null, null, "cannot be listed: " + ex.Message);
        }
    }

    /// <summary>Where the dialog starts: the plan's folder, else the user's home folder.</summary>
    public static string StartFolder(string? planPath)
    {
        var folder = planPath is null ? null : Path.GetDirectoryName(Path.GetFullPath(planPath));
        return folder is not null && Directory.Exists(folder) ? folder : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
    }
}
