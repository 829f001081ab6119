using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Geo.Placement;

/// <summary>
/// How <see cref="CandidateGenerator"/> proposes candidates. Distances in metres, angles in degrees (headings from the
/// working CRS's grid north, clockwise). Every candidate is a full camera of the contract; the operator attributes
/// are the template's (<see cref="Operator"/> … <see cref="PoliceConsulted"/>), stated as what the proposal assumes.
/// </summary>
public sealed record CandidateGeneratorOptions
{
    /// <summary>Distance between mount points along a facade (and the first one's distance from the ring start is half of it).</summary>
    public double SpacingM { get; init; } = 20;

    /// <summary>Step between headings: facades get the outward normal ± multiples of it up to <see cref="FacadeSpreadDeg"/>; poles all round.</summary>
    public double HeadingStepDeg { get; init; } = 30;

    /// <summary>Largest turn away from a facade's outward normal (a wall camera cannot look along or into its wall).</summary>
    public double FacadeSpreadDeg { get; init; } = 60;

    /// <summary>Mount offset from the facade, outward (≤ 0.5 m keeps the facade's building the camera's mount).</summary>
    public double FacadeOffsetM { get; init; } = 0.3;

    /// <summary>How far in front of a facade the ground must be public area for the facade to face it.</summary>
    public double ProbeM { get; init; } = 3;

    public double HeightM { get; init; } = 5;

    public double TiltDeg { get; init; } = 15;

    /// <summary>Catalogue models each mount point gets (one candidate per model and heading).</summary>
    public IReadOnlyList<CameraModel> Models { get; init; } = [];

    /// <summary>Extra mount points (poles, street lamps), working CRS.</summary>
    public IReadOnlyList<Point> Poles { get; init; } = [];

    /// <summary>Mount height on poles.</summary>
    public double PoleHeightM { get; init; } = 6;

    public OperatorType Operator { get; init; } = OperatorType.Municipality;

    public string? OperatorId { get; init; }

    public bool Recording { get; init; } = true;

    public int? RetentionDays { get; init; } = 30;

    public string? Purpose { get; init; } = "crime prevention (proposed)";

    /// <summary>Municipal proposals under § 2 a: whether the police are (to be) consulted; null = not stated.</summary>
    public bool? PoliceConsulted { get; init; }

    internal void Validate()
    {
        Guard.Positive(SpacingM, "spacing_m");
        Guard.InClosed(HeadingStepDeg, 1, 180, "heading_step_deg");
        Guard.InClosed(FacadeSpreadDeg, 0, 89, "facade_spread_deg");
        Guard.InClosed(FacadeOffsetM, 0, 0.5, "facade_offset_m");
        Guard.Positive(ProbeM, "probe_m");
        Guard.NonNegative(HeightM, "height_m");
        Guard.InClosed(TiltDeg, -90, 90, "tilt_deg");
        Guard.NonNegative(PoleHeightM, "pole_height_m");
        Guard.That(Models.Count > 0, "models", "at least one camera model is required");
        if (RetentionDays is { } days)
        {
            Guard.NonNegative(days, "retention_days");
        }
    }
}
