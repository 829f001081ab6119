using Planner.Geo.Model;

namespace Planner.Geo.Workspace;

/// <summary>A plan layer that an import can fill.</summary>
public enum ImportLayer
{
    Cameras,
    Buildings,
    Zones,
    Incidents,
    Streets,
}

/// <summary>How imported features meet the layer: <see cref="Replace"/> the whole layer, or <see cref="Merge"/> (same id replaces, new ids are added).</summary>
public enum ImportMode
{
    Replace,
    Merge,
}

/// <summary>The one edit an import makes, and what it does in numbers (features added, replaced by id, removed).</summary>
public sealed record LayerImportEdit(PlanEdit Edit, ImportLayer Layer, int Added, int Replaced, int Removed)
{
    /// <summary>e.g. "cameras: 3 added, 2 replaced, 20 removed".</summary>
    public string Summary => $"{Layer.ToString().ToLowerInvariant()}: {Added} added, {Replaced} replaced, {Removed} removed";
}

/// <summary>
/// Turns features read from a file (already in the plan's working CRS) into one <see cref="PlanEdit"/> (one undo step)
/// for a layer of a plan. Ids decide: in <see cref="ImportMode.Merge"/> an imported feature whose id is in the layer
/// replaces that feature, the others are appended; in <see cref="ImportMode.Replace"/> the layer becomes the imported
/// features. Pure: the plan is not changed.
/// </summary>
public static class LayerImport
{
    /// <summary>The edit that puts <paramref name="source"/>'s <paramref name="layer"/> into <paramref name="plan"/>.</summary>
    public static LayerImportEdit Edit(Plan plan, Plan source, ImportLayer layer, ImportMode mode)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(source);
        Guard.That(plan.Epsg == source.Epsg, "crs", $"imported features must be in the plan's CRS EPSG:{plan.Epsg}; got EPSG:{source.Epsg}");
        return layer switch
        {
            ImportLayer.Cameras => Cameras(plan.Cameras, source.Cameras, mode),
            ImportLayer.Buildings => Whole(plan.Buildings, source.Buildings, b => b.Id, mode, l => new ReplaceBuildings(l), layer),
            ImportLayer.Zones => Whole(plan.Zones, source.Zones, z => z.Id, mode, l => new ReplaceZones(l), layer),
            ImportLayer.Incidents => Whole(plan.Incidents, source.Incidents, i => i.Id, mode, l => new ReplaceIncidents(l), layer),
            ImportLayer.Streets => Whole(plan.Streets, source.Streets, s => s.Id, mode, l => new ReplaceStreets(l), layer),
            _ => throw new DomainRuleException("layer", $"layer must be cameras, buildings, zones, incidents or streets; got {layer}"),
        };
    }

    /// <summary>
    /// The edit (one undo step) that turns <paramref name="plan"/> into <paramref name="target"/> (e.g. a recovered copy
    /// of the same plan): cameras edited by id, and each other layer or the metadata replaced only where it differs, so
    /// unchanged buildings do not recompute every view. Null when nothing differs.
    /// </summary>
    public static PlanEdit? Become(Plan plan, Plan target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(target);
        Guard.That(plan.Epsg == target.Epsg, "crs", $"the plan to restore must be in the plan's CRS EPSG:{plan.Epsg}; got EPSG:{target.Epsg}");
        var edits = new List<PlanEdit>();
        if (!plan.Cameras.SequenceEqual(target.Cameras))
        {
            var byId = plan.Cameras.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var cameras = Cameras(plan.Cameras, target.Cameras, ImportMode.Replace);
            edits.AddRange(((EditBatch)cameras.Edit).Edits.Where(e => e is not ReplaceCamera r || byId[r.Camera.Id] != r.Camera));
        }

        if (!plan.Buildings.SequenceEqual(target.Buildings))
        {
            edits.Add(new ReplaceBuildings(target.Buildings));
        }

        if (!plan.Zones.SequenceEqual(target.Zones))
        {
            edits.Add(new ReplaceZones(target.Zones));
        }

        if (!plan.Incidents.SequenceEqual(target.Incidents))
        {
            edits.Add(new ReplaceIncidents(target.Incidents));
        }

        if (!plan.Streets.SequenceEqual(target.Streets))
        {
            edits.Add(new ReplaceStreets(target.Streets));
        }

        if (plan.Metadata != target.Metadata)
        {
            edits.Add(new ReplaceMetadata(target.Metadata));
        }

        return edits.Count == 0 ? null : PlanEdit.All(edits);
    }

    /// <summary>How many features of <paramref name="layer"/> <paramref name="plan"/> holds.</summary>
    public static int Count(Plan plan, ImportLayer layer)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return layer switch
        {
            ImportLayer.Cameras => plan.Cameras.Count,
            ImportLayer.Buildings => plan.Buildings.Count,
            ImportLayer.Zones => plan.Zones.Count,
            ImportLayer.Incidents => plan.Incidents.Count,
            _ => plan.Streets.Count,
        };
    }

    // Cameras are edited one by one (not as a layer) so that the workspace recomputes only the cameras that changed.
    private static LayerImportEdit Cameras(IReadOnlyList<Camera> current, IReadOnlyList<Camera> imported, ImportMode mode)
    {
        var edits = new List<PlanEdit>();
        var existing = current.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var incoming = imported.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        if (mode == ImportMode.Replace)
        {
            foreach (var c in current.Where(c => !incoming.Contains(c.Id)))
            {
                edits.Add(PlanEdit.Delete(c.Id));
                removed++;
            }
        }

        var replaced = 0;
        foreach (var c in imported)
        {
            if (existing.Contains(c.Id))
            {
                edits.Add(PlanEdit.Replace(c));
                replaced++;
            }
            else
            {
                edits.Add(PlanEdit.Add(c));
            }
        }

        return new LayerImportEdit(PlanEdit.All(edits), ImportLayer.Cameras, imported.Count - replaced, replaced, removed);
    }

    private static LayerImportEdit Whole<T>(IReadOnlyList<T> current, IReadOnlyList<T> imported, Func<T, string> id, ImportMode mode,
        Func<IReadOnlyList<T>, PlanEdit> replace, ImportLayer layer)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in imported)
        {
            byId[id(item)] = item;
        }

        var existing = current.Select(id).ToHashSet(StringComparer.Ordinal);
        var replaced = imported.Count(i => existing.Contains(id(i)));
        if (mode == ImportMode.Replace)
        {
            return new LayerImportEdit(replace([.. imported]), layer, imported.Count - replaced, replaced, current.Count - replaced);
        }

        var merged = current.Select(c => byId.TryGetValue(id(c), out var newer) ? newer : c)
            .Concat(imported.Where(i => !existing.Contains(id(i))))
            .ToList();
        return new LayerImportEdit(replace(merged), layer, imported.Count - replaced, replaced, 0);
    }
}
