using Planner.Desktop.App.Files;
using Planner.Geo;

namespace Planner.Tests.App.Files;

/// <summary>The file dialog's listing: folders first, then only .gpkg files, hidden entries left out; bad folders are one line.</summary>
public sealed class DirectoryListingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planner-listing-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Of_GpkgOnly_FoldersFirstThenPlansByName()
    {
        Directory.CreateDirectory(Path.Combine(folder, "zeta"));
        Directory.CreateDirectory(Path.Combine(folder, "Alpha"));
        Directory.CreateDirectory(Path.Combine(folder, ".hidden"));
        foreach (var f in new[] { "b.gpkg", "A.GPKG", "notes.txt", ".x.gpkg", "c.gpkg.tmp" })
        {
            File.WriteAllText(Path.Combine(folder, f), "x");
        }

        var listing = DirectoryListing.Of(folder, ".gpkg");
        Assert.Equal(["Alpha", "zeta", "A.GPKG", "b.gpkg"], listing.Entries.Select(e => e.Name));
        Assert.Equal([true, true, false, false], listing.Entries.Select(e => e.IsFolder));
        Assert.Equal(Path.GetDirectoryName(folder), listing.Parent);
    }

    [Fact]
    public void Of_MissingFolderOrAFile_OneLine()
    {
        var missing = Path.Combine(folder, "nope");
        Assert.Equal($"{missing}: no such folder", Assert.Throws<InputException>(() => DirectoryListing.Of(missing, null)).Message);
        var file = Path.Combine(folder, "plan.gpkg");
        File.WriteAllText(file, "x");
        Assert.Equal($"{file}: is a file, expected a folder", Assert.Throws<InputException>(() => DirectoryListing.Of(file, null)).Message);
    }

    [Fact]
    public void StartFolder_PlanFolderElseHome()
    {
        Assert.Equal(folder, DirectoryListing.StartFolder(Path.Combine(folder, "plan.gpkg")));
        Assert.Equal(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), DirectoryListing.StartFolder(null));
    }
}
