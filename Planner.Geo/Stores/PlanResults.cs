using Planner.Geo.Coverage;
using Planner.Geo.Rules;

namespace Planner.Geo.Stores;

/// <summary>
/// What a push can store next to a plan (<c>push --with-results</c>): every camera's view per DORI level at
/// <see cref="TargetHeightM"/> (metres above ground) and the findings of rule pack <see cref="PackId"/>
/// <see cref="PackVersion"/>, all in the plan's CRS (the store transforms them with the plan).
/// </summary>
public sealed record PlanResults(
    IReadOnlyList<CameraView> Views,
    double TargetHeightM,
    IReadOnlyList<Finding> Findings,
    string PackId,
    string PackVersion);
