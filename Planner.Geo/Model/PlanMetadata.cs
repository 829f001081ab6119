namespace Planner.Geo.Model;

/// <summary>Descriptive facts about a plan. <see cref="Synthetic"/> marks generated data, which every view must label.</summary>
public sealed record PlanMetadata
{
    public string Name { get; init; } = "Untitled plan";

    public string? Municipality { get; init; }

    public string? Author { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>True when the plan's data is synthetic (e.g. the bundled sample).</summary>
    public bool Synthetic { get; init; }

    /// <summary>Free text on where the data comes from and its licence/attribution.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// EPSG code of the camera file the plan was made from (issue 14). Headings are stored from the working CRS's grid
    /// north; a lon/lat file (EPSG:4326) gave them from true north, so outputs show them as given — from true north —
    /// with the grid value noted. Null when unknown (the sample, plans made before): headings are shown as stored.
    /// </summary>
    public int? CameraInputEpsg { get; init; }
}
