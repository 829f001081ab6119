namespace Planner.Geo.Coverage;

/// <summary>Options of the coverage engine.</summary>
public sealed record CoverageOptions
{
    /// <summary>Height of the target above ground in metres (0 = ground; 1.6 = a face). Finite.</summary>
    public double TargetHeightM { get; init; }

    /// <summary>Run cameras in parallel (results are the same either way).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Largest parallelism when <see cref="Parallel"/> (default: all processors).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>
    /// Angular step of the chords that stand for circle arcs (near, far and DORI limits), degrees; clamped to
    /// [0.01, 0.5]. At 0.5° a chord polygon misses at most Δ²/6 ≈ 1.3·10⁻⁵ (0.0013 %) of a circular sector's area.
    /// Straight boundaries (walls, shadow ends, sector sides) are exact.
    /// </summary>
    public double ArcStepDeg { get; init; } = 0.5;
}
