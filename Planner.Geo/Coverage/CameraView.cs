using NetTopologySuite.Geometries;

namespace Planner.Geo.Coverage;

/// <summary>
/// What one camera really sees on the ground, per DORI level (working CRS, metres): valid polygons (possibly empty),
/// nested Identify ⊆ Recognise ⊆ Observe ⊆ Detect ⊆ Visible. Every level is present as a key.
/// </summary>
public sealed record CameraView(string CameraId, IReadOnlyDictionary<DoriLevel, Geometry> Levels)
{
    public Geometry Visible => Levels[DoriLevel.Visible];

    public Geometry this[DoriLevel level] => Levels[level];
}
