using Planner.Geo.Coverage;

namespace Planner.Geo.Workspace;

/// <summary>
/// The plan's coverage figures after an edit: per DORI level the area of the union of all views, and the area seen by
/// two or more cameras. Areas in m² of the working CRS.
/// </summary>
public sealed record PlanFigures(IReadOnlyDictionary<DoriLevel, double> UnionAreaM2, double OverlapAreaM2, int CameraCount)
{
    public static PlanFigures From(CoverageMosaic mosaic, int cameraCount)
    {
        ArgumentNullException.ThrowIfNull(mosaic);
        return new PlanFigures(DoriLevels.All.ToDictionary(l => l, mosaic.AreaM2), mosaic.OverlapM2, cameraCount);
    }
}
