using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules.Checks;

/// <summary>
/// A check with plan-level findings (no camera: DPIA per controller, the registration/POLCAM list, the takeover list,
/// checklists) that depend on every camera. They are split so an incremental evaluation (<see cref="PlanLevelFindings"/>)
/// can keep them per camera: <see cref="Group"/> says, from one camera and its view alone, which plan-level finding
/// group the camera counts in; <see cref="GroupFindings"/> makes one group's findings from its cameras. The check's
/// <see cref="IRuleCheck.Evaluate"/> gives the same plan-level findings through <see cref="PlanLevelGroups.Evaluate"/>,
/// so a batch run and an incremental one agree by construction. Its per-camera findings (if any) come from the
/// one-camera evaluation like every other check's. A check without this marker must give only per-camera findings
/// that depend on its own camera alone.
/// </summary>
internal interface IPlanLevelCheck : IRuleCheck
{
    /// <summary>
    /// The key of the plan-level finding group the camera counts in for the rule (its controller for DPIA, "" for a
    /// camera list), or null when it counts in none. Depends only on the camera record, its view and the context's
    /// zones, pack and options.
    /// </summary>
    string? Group(RuleContext context, RuleDefinition rule, Camera camera);

    /// <summary>The plan-level findings of one group, from its cameras ordered by id (ordinal); the group is never empty.</summary>
    IEnumerable<Finding> GroupFindings(RuleContext context, RuleDefinition rule, string group, IReadOnlyList<Camera> cameras);

    /// <summary>
    /// Whether a camera that stays in its group, with its record or view changed from <paramref name="before"/> to
    /// <paramref name="after"/>, can change the group's findings (a list finding shows positions; DPIA the public views).
    /// </summary>
    bool Changes((Camera Camera, CameraView View) before, (Camera Camera, CameraView View) after);
}
