using Planner.Geo.Model;

namespace Planner.Geo.Coverage;

/// <summary>Computes each camera's occluded ground view per DORI level. (Issue #3 fills this in.)</summary>
public static class CoverageEngine
{
    /// <summary>One <see cref="CameraView"/> per camera, in the cameras' order.</summary>
    public static IReadOnlyList<CameraView> ComputeViews(IReadOnlyList<Camera> cameras, IReadOnlyList<Building> buildings, CoverageOptions? options = null) =>
        throw new NotImplementedException("CoverageEngine.ComputeViews is being built (issue #3)");
}
