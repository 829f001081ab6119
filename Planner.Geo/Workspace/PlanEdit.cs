using Planner.Geo.Model;

namespace Planner.Geo.Workspace;

/// <summary>
/// One edit of a plan, as a value. Applying an edit to a workspace returns what changed; the edits of a session form
/// a list, so undo is "apply the inverse" and redo is "apply again". Geometry in the plan's working CRS (metres).
/// </summary>
public abstract record PlanEdit
{
    private protected PlanEdit()
    {
    }

    /// <summary>Adds a camera; its id must not be in the plan yet.</summary>
    public static PlanEdit Add(Camera camera) => new AddCamera(Guard.NotNull(camera, "camera"));

    /// <summary>Replaces the camera with the same id (move, rotate, optics, attributes: any change is a replacement).</summary>
    public static PlanEdit Replace(Camera camera) => new ReplaceCamera(Guard.NotNull(camera, "camera"));

    /// <summary>Deletes the camera with the id.</summary>
    public static PlanEdit Delete(string cameraId) => new DeleteCamera(Guard.NotBlank(cameraId, "camera_id"));

    /// <summary>Several edits applied as one step (one undo step), in order.</summary>
    public static PlanEdit All(params IReadOnlyList<PlanEdit> edits) => new EditBatch(Guard.NotNull(edits, "edits"));
}

/// <summary>Adds <see cref="Camera"/>.</summary>
public sealed record AddCamera(Camera Camera) : PlanEdit;

/// <summary>Replaces the camera whose id is <c>Camera.Id</c>.</summary>
public sealed record ReplaceCamera(Camera Camera) : PlanEdit;

/// <summary>Deletes the camera <see cref="CameraId"/>.</summary>
public sealed record DeleteCamera(string CameraId) : PlanEdit;

/// <summary>Replaces the whole buildings layer (the coverage index is rebuilt, every view recomputed).</summary>
public sealed record ReplaceBuildings(IReadOnlyList<Building> Buildings) : PlanEdit;

/// <summary>Replaces the whole zones layer (prepared zones and every finding recomputed).</summary>
public sealed record ReplaceZones(IReadOnlyList<Zone> Zones) : PlanEdit;

/// <summary>Replaces the whole streets layer (named lines; no view or finding depends on it).</summary>
public sealed record ReplaceStreets(IReadOnlyList<Street> Streets) : PlanEdit;

/// <summary>Replaces the whole incidents layer.</summary>
public sealed record ReplaceIncidents(IReadOnlyList<Incident> Incidents) : PlanEdit;

/// <summary>Replaces the plan's metadata.</summary>
public sealed record ReplaceMetadata(PlanMetadata Metadata) : PlanEdit;

/// <summary>Several edits as one step.</summary>
public sealed record EditBatch(IReadOnlyList<PlanEdit> Edits) : PlanEdit;
