using NetTopologySuite.Geometries;

namespace Planner.Geo.Rules;

/// <summary>
/// A camera's public view (<see cref="PublicPart"/>), the rule's exception envelope, the part of the public view outside
/// it, and the assumed parameters the envelope rests on. Working CRS, metres.
/// </summary>
public sealed record PublicViewOutside(Geometry PublicPart, Geometry Envelope, Geometry Outside, IReadOnlyList<RuleParameter> Assumed);
