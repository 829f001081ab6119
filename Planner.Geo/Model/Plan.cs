namespace Planner.Geo.Model;

/// <summary>
/// A camera plan: everything in one projected working CRS (<see cref="Epsg"/>, metres, x = easting, y = northing).
/// Immutable: operations return new plans.
/// </summary>
public sealed record Plan
{
    public Plan(int epsg, PlanMetadata metadata)
    {
        Epsg = Guard.Positive(epsg, "crs");
        Metadata = Guard.NotNull(metadata, "metadata");
    }

    /// <summary>EPSG code of the working CRS (projected, metres), e.g. 25832.</summary>
    public int Epsg { get; }

    public PlanMetadata Metadata { get; init; }

    public IReadOnlyList<Camera> Cameras { get; init; } = [];

    public IReadOnlyList<Building> Buildings { get; init; } = [];

    public IReadOnlyList<Zone> Zones { get; init; } = [];

    public IReadOnlyList<Incident> Incidents { get; init; } = [];

    /// <summary>Named street centre lines (optional layer <c>streets</c>), for drawing and labelling maps.</summary>
    public IReadOnlyList<Street> Streets { get; init; } = [];
}
