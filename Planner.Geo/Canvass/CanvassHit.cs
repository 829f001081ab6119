using Planner.Geo.Coverage;

namespace Planner.Geo.Canvass;

/// <summary>Whether a camera's footage of an incident still exists on the given day.</summary>
public enum FootageState
{
    /// <summary>occurred date + retention_days ≥ today: not yet due for deletion.</summary>
    Exists,

    /// <summary>The deletion deadline has passed.</summary>
    Deleted,

    /// <summary>The camera does not record (live view only).</summary>
    NotRecorded,

    /// <summary>Recording or retention is not stated.</summary>
    Unknown,
}

/// <summary>
/// A camera that saw an incident's place: the best DORI level of its real view there, the pixel density at that
/// horizontal distance (px/m, from the contract formula), and the footage state with its deletion deadline (the last
/// day the footage may still be kept: occurred date + retention_days).
/// </summary>
public sealed record CanvassHit(
    string CameraId,
    DoriLevel Level,
    double DistanceM,
    double PixelsPerMetre,
    int? RetentionDays,
    DateOnly? DeletionDeadline,
    FootageState Footage)
{
    /// <summary>Who to ask for the footage: the controller (controller_name, else operator_id), or null when not stated.</summary>
    public string? Controller { get; init; }

    /// <summary>The controller's contact (controller_contact), or null.</summary>
    public string? Contact { get; init; }

    /// <summary>
    /// The last day the footage can still be secured: the deletion deadline; with retention not stated, the legal limit
    /// (occurred date + <see cref="EvidenceCanvass.LegalLimitDays"/> days) — it may be gone sooner. Null when there is
    /// no footage (not recorded).
    /// </summary>
    public DateOnly? SecureBy { get; init; }

    /// <summary>How <see cref="SecureBy"/> was found: retention_days, or legal_limit when retention is not stated.</summary>
    public string? SecureByBasis { get; init; }

    /// <summary>True when footage may still exist on the canvass day: secure it now.</summary>
    public bool SecureNow { get; init; }
}
