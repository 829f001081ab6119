using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>
/// Computes what each camera really sees on the ground (coverage contract of DESIGN.md), per DORI level, among a
/// plan's buildings with 2.5D occlusion. Working CRS metres in and out.
/// <list type="bullet">
/// <item>Footprint: the sector of <c>hfov</c> about the heading (PTZ or hfov ≥ 360: the full circle) between the
/// near and far limits of <see cref="ViewGeometry"/>. A PTZ camera's near limit is 0 (it can look straight down)
/// and its DORI radii use its lens's (widest) hfov, a conservative choice; an all-round hfov counts as a 90° lens.</item>
/// <item>Occlusion: a building of height H hides the ground behind each of its edges at distance e out to
/// e·(h − t)/(h − H) (h mount height, t target height); H ≥ h or unknown: to the end of the view. Footprints are
/// never visible ground.</item>
/// <item>Mount rule: a building containing the camera point or within 0.5 m of it is the camera's mount and casts no
/// shadow for that camera; its footprint is still not visible ground (a camera on a facade looks outward).</item>
/// <item>Levels: level L is visible ∩ disc(radius where ppm falls to L's threshold); Identify ⊆ … ⊆ Visible by
/// construction; every polygon is valid (possibly empty).</item>
/// </list>
/// Algorithm: <see cref="CoverageIndex"/> (edge STR-tree, built once), then per camera an angular sweep over the edges
/// within the far limit (O(m log m) plus the curve crossings it meets); see <c>ViewSweep</c>.
/// </summary>
public static class CoverageEngine
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>One <see cref="CameraView"/> per camera, in the cameras' order.</summary>
    public static IReadOnlyList<CameraView> ComputeViews(IReadOnlyList<Camera> cameras, IReadOnlyList<Building> buildings, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        return ComputeViews(cameras, CoverageIndex.Build(buildings), options);
    }

    /// <summary>
    /// One <see cref="CameraView"/> per camera, in the cameras' order, against a prebuilt index. <paramref name="progress"/>
    /// (optional) is called with the number of cameras done so far, from worker threads.
    /// </summary>
    public static IReadOnlyList<CameraView> ComputeViews(
        IReadOnlyList<Camera> cameras, CoverageIndex index, CoverageOptions? options = null, Action<int>? progress = null) =>
        ComputeViews(cameras, index, options, progress, CancellationToken.None);

    /// <summary>As above; cancelling stops between cameras and throws <see cref="OperationCanceledException"/>.</summary>
    public static IReadOnlyList<CameraView> ComputeViews(
        IReadOnlyList<Camera> cameras, CoverageIndex index, CoverageOptions? options, Action<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        ArgumentNullException.ThrowIfNull(index);
        options ??= new CoverageOptions();
        Guard.NonNegative(options.TargetHeightM, "target_height_m");
        var views = new CameraView[cameras.Count];
        var done = 0;
        if (options.Parallel && cameras.Count > 1)
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
            Parallel.For(0, cameras.Count, parallel, () => new ViewSweep(), (i, _, sweep) =>
            {
                views[i] = sweep.Compute(cameras[i], index, options, Factory);
                progress?.Invoke(Interlocked.Increment(ref done));
                return sweep;
            }, _ => { });
        }
        else
        {
            var sweep = new ViewSweep();
            for (var i = 0; i < cameras.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                views[i] = sweep.Compute(cameras[i], index, options, Factory);
                progress?.Invoke(++done);
            }
        }

        return views;
    }

    /// <summary>One camera's view against a prebuilt index.</summary>
    public static CameraView ComputeView(Camera camera, CoverageIndex index, CoverageOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(camera);
        ArgumentNullException.ThrowIfNull(index);
        options ??= new CoverageOptions();
        Guard.NonNegative(options.TargetHeightM, "target_height_m");
        return new ViewSweep().Compute(camera, index, options, Factory);
    }
}
