using Planner.Geo.Formats;
using Planner.Geo.Model;

namespace Planner.Geo.Stores;

/// <summary>
/// A plan as one OGC GeoPackage file (opens in QGIS and GDAL): feature layers <c>cameras</c> (Point),
/// <c>buildings</c> and <c>zones</c> (MultiPolygon) and <c>incidents</c> (Point), all in the plan's working CRS with
/// the contract's properties as snake_case columns, plus the one-row attribute table <c>plan_metadata</c>.
/// </summary>
public static class GeoPackagePlanStore
{
    /// <summary>
    /// Reads and validates a plan file. Bad rows throw <see cref="InputException"/> naming file, layer + fid, column and
    /// what was expected. Coordinates come back bit-exact; a Polygon comes back as the Polygon that was written.
    /// </summary>
    public static PlanLoadResult Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return GeoPackageReader.Read(path);
    }

    /// <summary>
    /// Writes <paramref name="plan"/> to <paramref name="path"/>, replacing an existing file atomically: the GeoPackage is
    /// built at a temporary path beside the target and renamed into place, so a failure leaves the old file untouched.
    /// </summary>
    public static void Write(string path, Plan plan) => Write(path, plan, null);

    /// <summary>As <see cref="Write(string, Plan)"/>, recording where a pulled plan came from (table <c>plan_origin</c>).</summary>
    public static void Write(string path, Plan plan, PlanOrigin? origin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(plan);
        AtomicFile.WriteVia(path, temp => GeoPackageWriter.WriteNew(temp, plan, origin));
    }

    /// <summary>The shared plan and version a file was pulled from (see <see cref="PostGisPlanStore.PullAsync"/>), or null for a local plan.</summary>
    public static PlanOrigin? ReadOrigin(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return GeoPackageReader.ReadOrigin(path);
    }
}
