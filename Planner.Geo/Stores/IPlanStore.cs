using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// Where a plan lives: a GeoPackage file (<see cref="GeoPackageFileStore"/>) or a shared plan in PostgreSQL/PostGIS.
/// Loading validates like the readers (bad rows throw <see cref="InputException"/> naming the source, feature and
/// field); saving is atomic (a failure leaves the stored plan as it was).
/// </summary>
public interface IPlanStore
{
    /// <summary>A short human-readable name of the store for messages (a path, or "name @ host/database").</summary>
    string Description { get; }

    Task<PlanLoadResult> LoadAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(Plan plan, CancellationToken cancellationToken = default);
}
