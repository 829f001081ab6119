namespace Planner.Geo.Rules.Checks;

/// <summary>
/// A check with plan-level findings (no camera: DPIA per controller, the registration/POLCAM list, the takeover list,
/// checklists) that depend on every camera. An incremental evaluation re-runs such a check on the whole plan after any
/// camera edit and keeps only its plan-level findings; its per-camera findings (if any) come from the one-camera
/// evaluation like every other check's. A check without this marker must give only per-camera findings that depend on
/// its own camera alone.
/// </summary>
internal interface IPlanLevelCheck : IRuleCheck
{
}
