using NetTopologySuite.Geometries;

namespace Planner.Geo.Rules;

/// <summary>
/// One finding of a rule check. <see cref="CameraId"/> is null for plan-level findings (DPIA, registration list),
/// which list the cameras concerned in <see cref="CameraIds"/>. <see cref="Geometry"/> is in the working CRS (metres);
/// <see cref="GeometryRole"/> says what it shows: offending_view, excused_view, privacy_mask, sign_points,
/// public_view, cameras. <see cref="AssumedParameters"/> are the assumption parameters the outcome rests on.
/// </summary>
public sealed record Finding
{
    public string? CameraId { get; init; }

    public required string RuleId { get; init; }

    /// <summary>The rule's title in the chosen language.</summary>
    public string RuleTitle { get; init; } = "";

    /// <summary>Key of the rule outcome (e.g. "mask_required").</summary>
    public required string Outcome { get; init; }

    public required Severity Severity { get; init; }

    public required string Message { get; init; }

    public required string Citation { get; init; }

    public required string SourceUrl { get; init; }

    public Geometry? Geometry { get; init; }

    public string? GeometryRole { get; init; }

    /// <summary>Area of the geometry in m² where it is a polygon, else null.</summary>
    public double? AreaM2 { get; init; }

    public IReadOnlyList<string> CameraIds { get; init; } = [];

    public IReadOnlyList<RuleParameter> AssumedParameters { get; init; } = [];

    /// <summary>True when the rule itself is not marked V in the reference.</summary>
    public bool RuleUnconfirmed { get; init; }

    /// <summary>True when the finding rests on an assumption (an assumed parameter or an unconfirmed rule).</summary>
    public bool Assumption => AssumedParameters.Count > 0 || RuleUnconfirmed;
}
