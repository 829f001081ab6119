using Planner.Geo.Model;

namespace Planner.Geo.Workspace;

/// <summary>Applies <see cref="PlanEdit"/> values to plans: a new plan each time, the input untouched.</summary>
public static class PlanEdits
{
    /// <summary>The plan after <paramref name="edit"/>. Unknown or duplicate camera ids throw <see cref="DomainRuleException"/>.</summary>
    public static Plan ApplyTo(Plan plan, PlanEdit edit)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(edit);
        switch (edit)
        {
            case AddCamera add:
                Guard.That(plan.Cameras.All(c => c.Id != add.Camera.Id), "id", $"camera id {add.Camera.Id} must be unique in the plan");
                return plan with { Cameras = [.. plan.Cameras, add.Camera] };
            case ReplaceCamera replace:
                {
                    var i = IndexOf(plan, replace.Camera.Id);
                    var cameras = plan.Cameras.ToArray();
                    cameras[i] = replace.Camera;
                    return plan with { Cameras = cameras };
                }

            case DeleteCamera delete:
                {
                    var i = IndexOf(plan, delete.CameraId);
                    return plan with { Cameras = [.. plan.Cameras.Where((_, j) => j != i)] };
                }

            case ReplaceBuildings b:
                return plan with { Buildings = Guard.NotNull(b.Buildings, "buildings") };
            case ReplaceZones z:
                return plan with { Zones = Guard.NotNull(z.Zones, "zones") };
            case ReplaceStreets st:
                return plan with { Streets = Guard.NotNull(st.Streets, "streets") };
            case ReplaceIncidents n:
                return plan with { Incidents = Guard.NotNull(n.Incidents, "incidents") };
            case ReplaceMetadata m:
                return plan with { Metadata = Guard.NotNull(m.Metadata, "metadata") };
            case EditBatch batch:
                return batch.Edits.Aggregate(plan, ApplyTo);
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, "unknown edit");
        }
    }

    private static int IndexOf(Plan plan, string id)
    {
        for (var i = 0; i < plan.Cameras.Count; i++)
        {
            if (plan.Cameras[i].Id == id)
            {
                return i;
            }
        }

        throw new DomainRuleException("id", $"camera id {id} is not in the plan");
    }
}
