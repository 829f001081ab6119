using NetTopologySuite.Geometries;

namespace Planner.Geo.Rules;

/// <summary>
/// One finding of a rule check. <see cref="CameraId"/> is null for plan-level findings (DPIA, registration list),
/// which list the cameras concerned in <see cref="CameraIds"/>. <see cref="Geometry"/> is in the working CRS (metres);
/// <see cref="GeometryRole"/> says what it shows: offending_view, excused_view, privacy_mask, sign_points,
/// public_view, cameras. <see cref="AssumedParameters"/> are the assumption parameters the outcome rests on.
/// The message is carried as typed parts (<see cref="Text"/>); <see cref="Message"/> is always composed from them and
/// the assumed parameters, so no initializer or <c>with</c> expression can make the two disagree.
/// </summary>
public sealed record Finding
{
    private readonly FindingMessage? text;
    private readonly IReadOnlyList<RuleParameter> assumed = [];

    public string? CameraId { get; init; }

    public required string RuleId { get; init; }

    /// <summary>The rule's title in the chosen language.</summary>
    public string RuleTitle { get; init; } = "";

    /// <summary>Key of the rule outcome (e.g. "mask_required").</summary>
    public required string Outcome { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>The message as typed parts: template, named values and note templates.</summary>
    public required FindingMessage Text
    {
        get => text!;
        init
        {
            text = Guard.NotNull(value, "text");
            Message = text.Compose(assumed);
        }
    }

    /// <summary>The engine's wording of <see cref="Text"/> with a note per assumed parameter (the <c>message</c> of <c>planner check</c>).</summary>
    public string Message { get; private init; } = "";

    public required string Citation { get; init; }

    public required string SourceUrl { get; init; }

    public Geometry? Geometry { get; init; }

    public string? GeometryRole { get; init; }

    /// <summary>Area of the geometry in m² where it is a polygon, else null.</summary>
    public double? AreaM2 { get; init; }

    public IReadOnlyList<string> CameraIds { get; init; } = [];

    public IReadOnlyList<RuleParameter> AssumedParameters
    {
        get => assumed;
        init
        {
            assumed = Guard.NotNull(value, "assumed_parameters");
            if (text is not null)
            {
                Message = text.Compose(assumed);
            }
        }
    }

    /// <summary>True when the rule itself is not marked V in the reference (the message then carries the unconfirmed-rule note).</summary>
    public bool RuleUnconfirmed => Text.Unconfirmed is not null;

    /// <summary>True when the finding rests on an assumption (an assumed parameter or an unconfirmed rule).</summary>
    public bool Assumption => AssumedParameters.Count > 0 || RuleUnconfirmed;
}
