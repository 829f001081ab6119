using Planner.Geo.Coverage;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>
/// How a workspace computes: coverage options (target height ≥ 0 m, parallelism), the rule pack with its options
/// (date, language), and the tile edge of the plan-wide coverage mosaic. Without a pack the workspace computes views
/// and figures only (no findings).
/// </summary>
public sealed record WorkspaceOptions
{
    public CoverageOptions Coverage { get; init; } = new();

    public RulePack? Pack { get; init; }

    /// <summary>Required when <see cref="Pack"/> is set.</summary>
    public RuleEngineOptions? Rules { get; init; }

    /// <summary>Tile edge of <see cref="CoverageMosaic"/>, metres (working CRS).</summary>
    public double TileSizeM { get; init; } = CoverageMosaic.DefaultTileSizeM;
}
