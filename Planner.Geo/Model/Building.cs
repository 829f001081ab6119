using NetTopologySuite.Geometries;

namespace Planner.Geo.Model;

/// <summary>
/// A building footprint (Polygon or MultiPolygon, working CRS metres) with its height above ground in metres.
/// A null height means unknown: the building blocks the view fully.
/// </summary>
public sealed record Building
{
    public Building(string id, Geometry footprint, double? heightM)
    {
        Id = Guard.NotBlank(id, "id");
        Footprint = Guard.NotNull(footprint, "geometry");
        Guard.That(footprint is Polygon or MultiPolygon, "geometry", "geometry must be a Polygon or MultiPolygon");
        if (heightM is { } h)
        {
            Guard.Positive(h, "height_m");
            PlausibleRanges.HeightM(h, "height_m");
        }

        HeightM = heightM;
    }

    public string Id { get; }

    public Geometry Footprint { get; }

    public double? HeightM { get; }
}
