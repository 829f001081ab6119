using System.Text.Json;
using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Workspace;

namespace Planner.Desktop.App;

/// <summary>
/// What the map redraws after an edit, as JSON: the changed cameras (features in the working CRS), the removed camera
/// ids, and the changed cameras' views per DORI level; the plan-wide layers (overlap, blind spots, findings) are
/// re-fetched by the script for the new <c>version</c>.
/// </summary>
internal static class MapPayload
{
    public static string For(WorkspaceChange change, PlanSession session)
    {
        ArgumentNullException.ThrowIfNull(change);
        var after = change.After;
        var changed = after.Plan.Cameras.Where(c => change.Views.TryGetValue(c.Id, out var v) && v is not null).ToList();
        var removed = change.Views.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList();
        return Json(after.Version, false, changed, removed, id => after.Views[id], session);
    }

    /// <summary>
    /// Edited cameras with views computed at once from the workspace's coverage index, drawn while the workspace
    /// applies the edit (findings and plan figures follow with the change). Same form, <c>preview: true</c>.
    /// </summary>
    public static string Preview(IReadOnlyList<Camera> cameras, PlanSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var views = session.PreviewViews(cameras);
        return Json(session.Current.Version, true, [.. cameras], [], id => views[id], session);
    }

    /// <summary>The current state of some cameras (used to put back a camera whose edit was refused).</summary>
    public static string ForCameras(IEnumerable<string> ids, PlanSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var set = ids.ToHashSet(StringComparer.Ordinal);
        var snapshot = session.Current;
        return Json(snapshot.Version, false, [.. snapshot.Plan.Cameras.Where(c => set.Contains(c.Id))], [], id => snapshot.Views[id], session);
    }

    private static string Json(long version, bool preview, List<Camera> cameras, List<string> removed, Func<string, CameraView> viewOf, PlanSession session)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("version", version);
            w.WriteBoolean("preview", preview);
            w.WriteBoolean("unsaved", session.Unsaved);
            w.WritePropertyName("cameras");
            w.WriteStartArray();
            foreach (var c in cameras)
            {
                Feature(w, c.Id, new Point(c.X, c.Y), () => CameraProperties.Write(w, c, session.IsProposed(c.Id)));
            }

            w.WriteEndArray();
            w.WritePropertyName("removed");
            JsonSerializer.Serialize(w, removed);
            w.WritePropertyName("coverage");
            w.WriteStartArray();
            foreach (var c in cameras)
            {
                var view = viewOf(c.Id);
                foreach (var level in DoriLevels.All.Where(l => !view[l].IsEmpty))
                {
                    Feature(w, c.Id + "/" + level.ToContractName(), view[level], () =>
                    {
                        w.WriteString("camera_id", c.Id);
                        w.WriteString("level", level.ToContractName());
                    });
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Feature(Utf8JsonWriter w, string id, Geometry g, Action props)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", id);
        GeoJsonFeatureWriter.WriteGeometry(w, g);
        w.WritePropertyName("properties");
        w.WriteStartObject();
        props();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
