using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Canvass;

/// <summary>
/// What police investigators ask a camera register: which cameras saw a place at a time, how well, and whether the
/// footage still exists. Point and views in the working CRS (metres).
/// The level is the best level whose real-view polygon (<see cref="CameraView"/>, occlusion included) covers the point
/// (tolerance <see cref="ToleranceM"/>); it never exceeds <see cref="ViewGeometry.LevelAt"/> at that distance.
/// Deadline: the calendar date of <c>occurred_at</c> in its own offset plus <c>retention_days</c> days; the footage
/// exists while that deadline ≥ today. Each hit names the controller and contact and the day by which the footage must
/// be secured (<see cref="CanvassHit.SecureBy"/>). Order: best level first, then higher pixel density, then camera id.
/// </summary>
public static class EvidenceCanvass
{
    public const double ToleranceM = 1e-6;

    /// <summary>
    /// The longest time footage for crime prevention may be kept (tv-overvågningsloven § 4 c stk. 4 and § 4 d: 30 days):
    /// the deadline to secure footage of a camera whose retention is not stated.
    /// </summary>
    public const int LegalLimitDays = 30;

    public static IReadOnlyList<CanvassHit> At(
        IReadOnlyList<Camera> cameras,
        IReadOnlyList<CameraView> views,
        Coordinate point,
        DateTimeOffset occurredAt,
        DateOnly today,
        CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(point);
        var byId = views.ToDictionary(v => v.CameraId, StringComparer.Ordinal);
        var target = new Point(point).Buffer(ToleranceM, 4);
        var hits = new List<CanvassHit>();
        foreach (var camera in cameras)
        {
            if (!byId.TryGetValue(camera.Id, out var view) || !view.Visible.Intersects(target))
            {
                continue;
            }

            var best = DoriLevels.All.Where(l => view[l].Intersects(target)).DefaultIfEmpty(DoriLevel.Visible).Max();
            var geometry = ViewGeometry.Of(camera.Optics, options?.TargetHeightM ?? 0);
            var distance = camera.Location.Distance(point);
            var formulaLevel = geometry.LevelAt(distance);
            var level = best <= formulaLevel ? best : formulaLevel;
            var (deadline, state) = Footage(camera, occurredAt, today);
            var (secureBy, basis) = state switch
            {
                FootageState.Exists or FootageState.Deleted => (deadline, "retention_days"),
                FootageState.Unknown => (DeletionDeadline(occurredAt, LegalLimitDays), "legal_limit"),
                _ => ((DateOnly?)null, (string?)null),
            };
            hits.Add(new CanvassHit(camera.Id, level, distance, geometry.PixelsPerMetreAt(distance), camera.RetentionDays, deadline, state)
            {
                Controller = camera.ControllerName ?? camera.OperatorId,
                Contact = camera.ControllerContact,
                SecureBy = secureBy,
                SecureByBasis = basis,
                SecureNow = secureBy is { } by && by >= today,
            });
        }

        return [.. hits
            .OrderByDescending(h => h.Level)
            .ThenByDescending(h => h.PixelsPerMetre)
            .ThenBy(h => h.CameraId, StringComparer.Ordinal)];
    }

    /// <summary>The last day the footage may be kept (occurred date + retention days) and whether it still exists on <paramref name="today"/>.</summary>
    public static (DateOnly? Deadline, FootageState State) Footage(Camera camera, DateTimeOffset occurredAt, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(camera);
        if (camera.Recording == false)
        {
            return (null, FootageState.NotRecorded);
        }

        if (camera.RetentionDays is not { } days)
        {
            return (null, FootageState.Unknown);
        }

        var deadline = DeletionDeadline(occurredAt, days);
        return (deadline, deadline >= today ? FootageState.Exists : FootageState.Deleted);
    }

    /// <summary>Calendar date of <paramref name="occurredAt"/> (its own offset) plus <paramref name="retentionDays"/> days.</summary>
    public static DateOnly DeletionDeadline(DateTimeOffset occurredAt, int retentionDays) =>
        DateOnly.FromDateTime(occurredAt.DateTime).AddDays(retentionDays);
}
