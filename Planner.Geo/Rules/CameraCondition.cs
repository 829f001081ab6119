namespace Planner.Geo.Rules;

/// <summary>
/// A camera attribute a rule's check depends on. Contract names: none, recording, not_recording, police_consulted,
/// public_view.
/// </summary>
public enum CameraCondition
{
    None,

    /// <summary>Recording is not stated false (recording = true or unknown).</summary>
    Recording,

    /// <summary>recording = false (live view only).</summary>
    NotRecording,

    /// <summary>police_consulted = true.</summary>
    PoliceConsulted,

    /// <summary>The camera's real view reaches public_area.</summary>
    PublicView,
}
