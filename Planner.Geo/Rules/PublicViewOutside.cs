using NetTopologySuite.Geometries;

namespace Planner.Geo.Rules;

/// <summary>
/// A camera's public view (<see cref="PublicPart"/>), the rule's exception envelope, the part of the public view outside
/// it, and the assumed parameters the envelope rests on. Working CRS, metres. <see cref="Unassessed"/> is the part of
/// <see cref="Outside"/> that an exception might excuse but cannot be judged because the zone it needs is missing (e.g.
/// no entrance zone at the building the camera hangs on; <see cref="MissingFor"/> names those exception rules);
/// <see cref="Breaking"/> is the rest of <see cref="Outside"/>, which no missing zone could excuse.
/// </summary>
public sealed record PublicViewOutside(Geometry PublicPart, Geometry Envelope, Geometry Outside, IReadOnlyList<RuleParameter> Assumed)
{
    public Geometry Unassessed { get; init; } = GeoOps.Empty;

    public Geometry Breaking { get; init; } = Outside;

    public IReadOnlyList<RuleDefinition> MissingFor { get; init; } = [];
}
