namespace Planner.Geo.Stores;

/// <summary>
/// Where a plan file came from: the plan <see cref="Name"/> in a shared PostGIS database and the <see cref="Version"/>
/// it had when pulled. A push from that file succeeds only while the database is still at that version (optimistic
/// concurrency).
/// </summary>
public sealed record PlanOrigin(string Name, int Version);

/// <summary>
/// What a push did: the plan's new version and how many cameras it inserted, changed and deleted; <see cref="Notes"/>
/// say what it left alone and why (e.g. incidents a login may not write) and what results it stored.
/// </summary>
public sealed record PushResult(int Version, int CamerasInserted, int CamerasUpdated, int CamerasDeleted)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}
