using NetTopologySuite.Geometries;

namespace Planner.Geo.Formats;

/// <summary>A result feature to write: a geometry in the working CRS and its properties (string, number, bool or null values).</summary>
public sealed record OutputFeature(Geometry? Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties);
