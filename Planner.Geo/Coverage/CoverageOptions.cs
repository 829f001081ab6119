namespace Planner.Geo.Coverage;

/// <summary>Options of the coverage engine. <see cref="TargetHeightM"/>: height of the target above ground in metres (0 = ground; 1.6 = a face).</summary>
public sealed record CoverageOptions
{
    public double TargetHeightM { get; init; }

    /// <summary>Run cameras in parallel (results are the same either way).</summary>
    public bool Parallel { get; init; } = true;
}
