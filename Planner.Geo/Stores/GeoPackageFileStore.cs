using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>A plan stored as one GeoPackage file (see <see cref="GeoPackagePlanStore"/>); saves replace the file atomically.</summary>
public sealed class GeoPackageFileStore : IPlanStore
{
    public GeoPackageFileStore(string path)
    {
        Path = Guard.NotBlank(path, "plan");
    }

    public string Path { get; }

    public string Description => Path;

    public Task<PlanLoadResult> LoadAsync(CancellationToken cancellationToken = default) =>
        Task.Run(() => GeoPackagePlanStore.Read(Path), cancellationToken);

    public Task SaveAsync(Plan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var origin = File.Exists(Path) ? GeoPackagePlanStore.ReadOrigin(Path) : null;
        return Task.Run(() => GeoPackagePlanStore.Write(Path, plan, origin), cancellationToken);
    }
}
