using NetTopologySuite.Geometries;

namespace Planner.Geo.Model;

/// <summary>
/// A camera in a plan. <see cref="X"/>/<see cref="Y"/> are in the plan's working CRS (metres, easting/northing).
/// Operator attributes follow the input contract; unknown values are null.
/// </summary>
public sealed record Camera
{
    // Validated in the init accessors, so a `with` expression cannot make a camera the constructor would refuse.
    private readonly double x;
    private readonly double y;
    private readonly CameraOptics optics;

    public Camera(string id, double x, double y, CameraOptics optics)
    {
        Id = Guard.NotBlank(id, "id");
        X = x;
        Y = y;
        Optics = optics;
    }

    public string Id { get; }

    /// <summary>Easting in the working CRS, metres; finite and within ±<see cref="PlausibleRanges.MaxAbsCoordinateM"/>.</summary>
    public double X { get => x; init => x = PlausibleRanges.Coordinate(value, "x"); }

    /// <summary>Northing in the working CRS, metres; finite and within ±<see cref="PlausibleRanges.MaxAbsCoordinateM"/>.</summary>
    public double Y { get => y; init => y = PlausibleRanges.Coordinate(value, "y"); }

    /// <summary>Optics made by <see cref="CameraOptics.Create"/>; <c>default</c> optics (no field of view, no range) are refused.</summary>
    public CameraOptics Optics
    {
        get => optics;
        init => optics = value.IsDefault
            ? throw new DomainRuleException("optics", "optics must be set (hfov_deg, range_m and resolution_px > 0); default optics are not a camera")
            : value;
    }

    /// <summary>Key of the camera-model catalogue (data/cameras) that filled the optics, if any.</summary>
    public string? Model { get; init; }

    public OperatorType? Operator { get; init; }

    public string? OperatorId { get; init; }

    /// <summary>Whether images are recorded (false = live view only). Null = not stated.</summary>
    public bool? Recording { get; init; }

    public int? RetentionDays { get; init; }

    public string? Purpose { get; init; }

    public string? Permit { get; init; }

    public DateOnly? PermitExpires { get; init; }

    /// <summary>Municipal cameras under § 2 a: whether the police were consulted.</summary>
    public bool? PoliceConsulted { get; init; }

    /// <summary>Who issued <see cref="Permit"/> (e.g. "Midt- og Vestsjællands Politi"); § 2 stk. 2 and 4 permits come from the police.</summary>
    public string? PermitIssuer { get; init; }

    /// <summary>The data controller (legal entity) behind the camera, e.g. "Lindsted Kommune" for its job centre.</summary>
    public string? ControllerName { get; init; }

    /// <summary>How to reach the controller about footage (phone, e-mail or function), where known.</summary>
    public string? ControllerContact { get; init; }

    /// <summary>The controller's CVR number (8 digits), where known.</summary>
    public string? ControllerCvr { get; init; }

    /// <summary>Municipal cameras under § 2 a: reference of the municipal council's decision (journal or agenda item).</summary>
    public string? CouncilDecisionRef { get; init; }

    /// <summary>Date of the municipal council's decision, where known.</summary>
    public DateOnly? CouncilDecisionDate { get; init; }

    /// <summary>The purpose's legal category (e.g. tryghed under § 2 a, or general crime prevention, which is no § 2 a basis).</summary>
    public PurposeCategory? PurposeCategory { get; init; }

    /// <summary>
    /// Recorded grounds for keeping footage beyond the deletion limit (e.g. "politianmeldelse 2025-1234", "tvist"),
    /// free text; § 4 c stk. 5 allows them for private parties, § 4 d none for municipal § 2 a / § 2 c cameras.
    /// </summary>
    public string? DeletionExceptions { get; init; }

    /// <summary>OSM <c>surveillance:zone</c> or a free label, where known.</summary>
    public string? SurveillanceZone { get; init; }

    /// <summary>
    /// False when the source gave no direction (e.g. an OSM node without <c>camera:direction</c>): the heading in
    /// <see cref="Optics"/> is then a placeholder (0) and must not be shown or used as if surveyed.
    /// </summary>
    public bool HeadingKnown { get; init; } = true;

    public Coordinate Location => new(X, Y);
}
