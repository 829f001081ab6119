using NetTopologySuite.Geometries;

namespace Planner.Geo.Model;

/// <summary>A zone (Polygon or MultiPolygon, working CRS metres) of one contract kind, optionally owned by an operator.</summary>
public sealed record Zone
{
    public Zone(string id, ZoneKind kind, Geometry area, string? operatorId = null, string? name = null)
    {
        Id = Guard.NotBlank(id, "id");
        Kind = kind;
        Area = Guard.NotNull(area, "geometry");
        Guard.That(area is Polygon or MultiPolygon, "geometry", "geometry must be a Polygon or MultiPolygon");
        OperatorId = operatorId;
        Name = name;
    }

    public string Id { get; }

    public ZoneKind Kind { get; }

    public Geometry Area { get; }

    public string? OperatorId { get; }

    public string? Name { get; }

    /// <summary>
    /// For entrance and business_premises zones: the business type (§ 2 stk. 1 nr. 3 lists the types that may film
    /// their entrances); null = not stated.
    /// </summary>
    public BusinessType? BusinessType { get; init; }

    /// <summary>
    /// Where a derived zone came from and by which rule, e.g. <c>OSM way 123: highway=residential, width 7 m (class default)</c>;
    /// file column <c>source</c>. Null for zones the user drew or loaded without one.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>The same zone over another area (e.g. moved to another CRS); every other attribute is kept.</summary>
    public Zone WithArea(Geometry area) => new(Id, Kind, area, OperatorId, Name) { BusinessType = BusinessType, Source = Source };
}
