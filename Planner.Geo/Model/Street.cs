using NetTopologySuite.Geometries;

namespace Planner.Geo.Model;

/// <summary>
/// A street centre line (LineString or MultiLineString, working CRS metres) with its name, for drawing and labelling
/// maps. <see cref="Highway"/> is the road class where known (OSM <c>highway</c> value: residential, pedestrian, …).
/// </summary>
public sealed record Street
{
    public Street(string id, Geometry line, string? name, string? highway = null)
    {
        Id = Guard.NotBlank(id, "id");
        Line = Guard.NotNull(line, "geometry");
        Guard.That(line is LineString or MultiLineString, "geometry", "geometry must be a LineString or MultiLineString");
        Guard.That(!line.IsEmpty, "geometry", "geometry must not be empty");
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        Highway = string.IsNullOrWhiteSpace(highway) ? null : highway.Trim();
    }

    public string Id { get; }

    public Geometry Line { get; }

    public string? Name { get; }

    public string? Highway { get; }

    /// <summary>Where the line came from, e.g. <c>OSM way 123</c>; null when not stated.</summary>
    public string? Source { get; init; }
}
