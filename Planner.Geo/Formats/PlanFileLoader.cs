using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Geo.Stores;

namespace Planner.Geo.Formats;

/// <summary>
/// Assembles a <see cref="Plan"/> from loose layer files: cameras (GeoJSON, OSM Overpass JSON or GeoJSON with OSM
/// tags, Shapefile, GeoPackage), buildings and zones (GeoJSON, Shapefile, GeoPackage), incidents (CSV, GeoPackage).
/// <para>Working CRS: <see cref="PlanLoadOptions.Epsg"/> when given (must be projected); else the first projected CRS an
/// input declares (cameras, buildings, zones, incidents in that order); else, for lon/lat input, the UTM zone of the
/// centre of all layers' bounding box (<see cref="CrsRegistry.UtmFor"/>: EPSG:25832 in Denmark). <c>--crs</c> also names
/// the CRS of inputs that do not declare one (Shapefile without a recognisable .prj, CSV x/y).</para>
/// <para>Checks, in order: each file on its own (syntax, types, values, geometry, coordinates inside the file CRS's valid
/// area); swapped lat/lon across all layers (<see cref="SwapDetector"/>, a warning); coordinates inside the working
/// CRS's valid area; unique ids per layer. Then everything is transformed into the working CRS (camera headings rotated
/// by the change of north, <see cref="GridNorth"/>). The first problem is an <see cref="InputException"/>.</para>
/// </summary>
public static class PlanFileLoader
{
    public static PlanLoadResult Load(PlanFiles files, PlanLoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (files.Cameras is null && files.Buildings is null && files.Zones is null && files.Incidents is null && files.Streets is null)
        {
            throw Fail.Input("input", null, null, "expected at least one layer file (cameras, buildings, zones or incidents)");
        }

        if (options.Epsg is { } given)
        {
            if (!CrsRegistry.TryDescribe(given, out var info))
            {
                throw Fail.Input(PlanLoadOptions.WorkingCrsSource, null, "crs", $"EPSG:{given} is not supported (supported: EPSG:4326, 3857, 25832, 25833, 32601–32660, 32701–32760)");
            }

            if (info.IsGeographic)
            {
                throw Fail.Input(PlanLoadOptions.WorkingCrsSource, null, "crs", $"expected a projected working CRS in metres (e.g. EPSG:25832), got {info.Code} (degrees)");
            }
        }

        var warnings = new List<string>();
        CameraCatalogue? catalogue = null;
        CameraCatalogue Catalogue() => catalogue ??= CameraCatalogueLoader.LoadDirectory(options.CatalogueDirectory);
        PlanMetadata? metadata = null;

        var cameras = files.Cameras is null ? null : ReadCameras(files.Cameras, options, Catalogue, warnings, ref metadata);
        var buildings = files.Buildings is null ? null : ReadPolygons(files.Buildings, "buildings", p => p.Buildings, LayerOps.Buildings, options,
            l => BuildingFeatureMapper.Map(l, warnings), warnings, ref metadata);
        var zones = files.Zones is null ? null : ReadPolygons(files.Zones, "zones", p => p.Zones, LayerOps.Zones, options,
            l => ZoneFeatureMapper.Map(l, warnings), warnings, ref metadata);
        var incidents = files.Incidents is null ? null : ReadIncidents(files.Incidents, options, warnings, ref metadata);
        var streets = files.Streets is null ? null : ReadStreets(files.Streets, options, warnings, ref metadata);

        var positions = new List<Coordinate>();
        AddPositions(cameras, LayerOps.Cameras, positions);
        AddPositions(buildings, LayerOps.Buildings, positions);
        AddPositions(zones, LayerOps.Zones, positions);
        AddPositions(incidents, LayerOps.Incidents, positions);
        AddPositions(streets, LayerOps.Streets, positions);
        if (SwapDetector.Cluster(positions) is { } cluster)
        {
            cameras = FixSwaps(cameras, LayerOps.Cameras, cluster, warnings);
            buildings = FixSwaps(buildings, LayerOps.Buildings, cluster, warnings);
            zones = FixSwaps(zones, LayerOps.Zones, cluster, warnings);
            incidents = FixSwaps(incidents, LayerOps.Incidents, cluster, warnings);
            streets = FixSwaps(streets, LayerOps.Streets, cluster, warnings);
        }

        var working = options.Epsg
            ?? FirstProjected(cameras?.Epsg, buildings?.Epsg, zones?.Epsg, incidents?.Epsg, streets?.Epsg)
            ?? UtmOfCentre(cameras, buildings, zones, incidents, warnings);

        var onlyIncidents = files is { Cameras: null, Buildings: null, Zones: null, Streets: null };
        metadata ??= new PlanMetadata
        {
            Name = "Plan from loose files",
            Source = string.Join(", ", new[] { files.Cameras, files.Buildings, files.Zones, files.Incidents }.Where(f => f is not null)),
        };
        if (cameras is not null && files.Cameras is { } cameraFile && Extension(cameraFile) != ".gpkg")
        {
            // Outputs show headings as the user gave them: from true north when this file is lon/lat (see GridNorth).
            metadata = metadata with { CameraInputEpsg = cameras.Epsg };
        }

        var plan = new Plan(working, metadata)
        {
            Cameras = Finish(cameras, LayerOps.Cameras, working),
            Buildings = Finish(KeepRepeatedBuildingsApart(buildings, warnings), LayerOps.Buildings, working),
            Zones = Finish(zones, LayerOps.Zones, working),
            Incidents = Finish(incidents, LayerOps.Incidents, working, onlyIncidents && options.IncidentFilter is { } filter ? filter.Matches : null),
            Streets = Finish(streets, LayerOps.Streets, working),
        };
        if (LayerSpread.Warning(plan, "input") is { } spread)
        {
            warnings.Add(spread);
        }

        return new PlanLoadResult(plan, [.. warnings.Select(Fail.OneLine)]) { IncidentsRead = incidents?.Items.Count ?? 0 };
    }

    private static ReadLayer<Camera> ReadCameras(string path, PlanLoadOptions options, Func<CameraCatalogue> catalogue, List<string> warnings, ref PlanMetadata? metadata)
    {
        switch (Extension(path))
        {
            case ".gpkg":
                return FromGeoPackage(path, "cameras", p => p.Cameras, LayerOps.Cameras, warnings, ref metadata);
            case ".shp":
                return CameraFeatureMapper.Map(ShapefileFeatureReader.Read(path, options.Epsg), catalogue, warnings);
            case ".csv":
                throw Fail.Input(path, null, null, "expected cameras as GeoJSON, Overpass JSON, Shapefile or GeoPackage, not CSV");
        }

        using var doc = JsonInput.Parse(path, "cameras as a GeoJSON FeatureCollection or Overpass JSON");
        if (OverpassReader.LooksLikeOverpass(doc.RootElement))
        {
            return OsmCameraMapper.Map(OverpassReader.Read(path, doc.RootElement, warnings), warnings, OsmOptions(options));
        }

        var layer = GeoJsonFeatureReader.UndeclaredMetres(GeoJsonFeatureReader.Read(path, doc.RootElement, "cameras"), options.Epsg, warnings);
        return OsmCameraMapper.LooksLikeOsm(layer) ? OsmCameraMapper.Map(layer, warnings, OsmOptions(options)) : CameraFeatureMapper.Map(layer, catalogue, warnings);
    }

    private static OsmCameraOptions OsmOptions(PlanLoadOptions options)
    {
        var file = options.OperatorMapFile ?? OpenData.OsmOperatorMap.FindBundled();
        return new OsmCameraOptions(file is null ? OpenData.OsmOperatorMap.Empty : OpenData.OsmOperatorMap.Load(file), options.KeepAllOsmCameras);
    }

    private static ReadLayer<T> ReadPolygons<T>(string path, string layerName, Func<Plan, IReadOnlyList<T>> pick, LayerOps<T> ops, PlanLoadOptions options,
        Func<SourceLayer, ReadLayer<T>> map, List<string> warnings, ref PlanMetadata? metadata) => Extension(path) switch
        {
            ".gpkg" => FromGeoPackage(path, layerName, pick, ops, warnings, ref metadata),
            ".shp" => map(ShapefileFeatureReader.Read(path, options.Epsg)),
            ".csv" => throw Fail.Input(path, null, null, $"expected {layerName} as GeoJSON, Shapefile or GeoPackage, not CSV"),
            _ => map(GeoJsonFeatureReader.UndeclaredMetres(GeoJsonFeatureReader.Read(path, $"{layerName} as a GeoJSON FeatureCollection"), options.Epsg, warnings)),
        };

    private static ReadLayer<Street> ReadStreets(string path, PlanLoadOptions options, List<string> warnings, ref PlanMetadata? metadata) => Extension(path) switch
    {
        ".gpkg" => FromGeoPackage(path, "streets", p => p.Streets, LayerOps.Streets, warnings, ref metadata),
        ".csv" or ".shp" => throw Fail.Input(path, null, null, "expected streets as GeoJSON LineStrings or a GeoPackage plan (.gpkg)"),
        _ => StreetFeatureMapper.Map(GeoJsonFeatureReader.UndeclaredMetres(GeoJsonFeatureReader.Read(path, "streets as a GeoJSON FeatureCollection of LineStrings"), options.Epsg, warnings), warnings),
    };

    private static ReadLayer<Incident> ReadIncidents(string path, PlanLoadOptions options, List<string> warnings, ref PlanMetadata? metadata) => Extension(path) switch
    {
        ".gpkg" => FromGeoPackage(path, "incidents", p => p.Incidents, LayerOps.Incidents, warnings, ref metadata),
        ".csv" or ".tsv" or ".txt" => IncidentCsvReader.Read(path, options.Epsg, options.IncidentColumns, warnings),
        _ => throw Fail.Input(path, null, null, "expected incidents as CSV (.csv) or a GeoPackage plan (.gpkg)"),
    };

    private static ReadLayer<T> FromGeoPackage<T>(string path, string layerName, Func<Plan, IReadOnlyList<T>> pick, LayerOps<T> ops, List<string> warnings, ref PlanMetadata? metadata)
    {
        var read = GeoPackagePlanStore.Read(path);
        warnings.AddRange(read.Warnings);
        metadata ??= read.Plan.Metadata;
        var items = pick(read.Plan).Select((x, i) => new Located<T>($"{layerName} feature {i + 1} (id \"{ops.IdOf(x)}\")", x)).ToList();
        return new ReadLayer<T>(path, read.Plan.Epsg, items);
    }

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();

    private static void AddPositions<T>(ReadLayer<T>? layer, LayerOps<T> ops, List<Coordinate> positions)
    {
        if (layer is null)
        {
            return;
        }

        var geographic = CrsRegistry.Describe(layer.Epsg).IsGeographic;
        positions.EnsureCapacity(positions.Count + layer.Items.Count);
        foreach (var item in layer.Items)
        {
            var c = Centre(ops, item.Item);
            if (!geographic)
            {
                var (lon, lat) = CrsRegistry.Transform(layer.Epsg, CrsRegistry.Wgs84, c.X, c.Y);
                c = new Coordinate(lon, lat);
            }

            positions.Add(c);
        }
    }

    private static ReadLayer<T>? FixSwaps<T>(ReadLayer<T>? layer, LayerOps<T> ops, (Coordinate Median, Envelope Cluster) cluster, List<string> warnings)
    {
        if (layer is null || !CrsRegistry.Describe(layer.Epsg).IsGeographic)
        {
            return layer;
        }

        // Most layers have no swapped feature: the first is looked for before anything is copied, so a million
        // incidents are not copied for nothing, and the items before it are not tested again.
        var source = layer.Items;
        var first = 0;
        while (first < source.Count && !SwapDetector.LooksSwapped(Centre(ops, source[first].Item), cluster))
        {
            first++;
        }

        if (first == source.Count)
        {
            return layer;
        }

        var items = new List<Located<T>>(source.Count);
        items.AddRange(source.Take(first));
        for (var i = first; i < source.Count; i++)
        {
            var item = source[i];
            var c = Centre(ops, item.Item);
            if (SwapDetector.LooksSwapped(c, cluster))
            {
                warnings.Add(SwapDetector.Warning(layer.File, item.Location, c));
                items.Add(item with { Item = ops.SwapAxes(item.Item) });
            }
            else
            {
                items.Add(item);
            }
        }

        return layer with { Items = items };
    }

    private static int? FirstProjected(params int?[] epsgs) =>
        epsgs.FirstOrDefault(e => e is { } v && !CrsRegistry.Describe(v).IsGeographic);

    private static int UtmOfCentre(ReadLayer<Camera>? c, ReadLayer<Building>? b, ReadLayer<Zone>? z, ReadLayer<Incident>? i, List<string> warnings)
    {
        var env = new Envelope();
        Expand(c, LayerOps.Cameras, env);
        Expand(b, LayerOps.Buildings, env);
        Expand(z, LayerOps.Zones, env);
        Expand(i, LayerOps.Incidents, env);
        if (env.IsNull)
        {
            warnings.Add($"input: no features to choose a working CRS from; using EPSG:{CrsRegistry.Etrs89Utm32}");
            return CrsRegistry.Etrs89Utm32;
        }

        return CrsRegistry.UtmFor(env.Centre.X, env.Centre.Y);
    }

    private static void Expand<T>(ReadLayer<T>? layer, LayerOps<T> ops, Envelope env)
    {
        if (layer is null)
        {
            return;
        }

        foreach (var item in layer.Items)
        {
            if (ops.PointOf is { } point)
            {
                var (x, y) = point(item.Item);
                env.ExpandToInclude(x, y);
            }
            else
            {
                env.ExpandToInclude(ops.GeometryOf(item.Item).EnvelopeInternal);
            }
        }
    }

    /// <summary>The centre of the item's envelope (for a point, the point itself: (x + x) / 2 = x).</summary>
    private static Coordinate Centre<T>(LayerOps<T> ops, T item)
    {
        if (ops.PointOf is { } point)
        {
            var (x, y) = point(item);
            return new Coordinate(x, y);
        }

        return ops.GeometryOf(item).EnvelopeInternal.Centre;
    }

    /// <summary>
    /// Buildings that share an id (common in OSM exports, where a multipolygon's parts keep the relation id) are kept
    /// apart: the second and later get "#2", "#3", … (a suffix not already used), with one warning naming the ids.
    /// Camera and zone ids stay strictly unique.
    /// </summary>
    private static ReadLayer<Building>? KeepRepeatedBuildingsApart(ReadLayer<Building>? layer, List<string> warnings)
    {
        if (layer is null)
        {
            return null;
        }

        var used = new HashSet<string>(layer.Items.Select(i => i.Item.Id), StringComparer.Ordinal);
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new List<string>();
        var items = new List<Located<Building>>(layer.Items.Count);
        foreach (var (location, b) in layer.Items)
        {
            var n = count[b.Id] = count.GetValueOrDefault(b.Id) + 1;
            if (n == 1)
            {
                items.Add(new(location, b));
                continue;
            }

            if (n == 2)
            {
                repeated.Add(b.Id);
            }

            var id = $"{b.Id}#{n}";
            for (var k = n + 1; !used.Add(id); k++)
            {
                id = $"{b.Id}#{k}";
            }

            items.Add(new(location, new Building(id, b.Footprint, b.HeightM)));
        }

        if (repeated.Count == 0)
        {
            return layer;
        }

        var shown = string.Join(", ", repeated.Take(10)) + (repeated.Count > 10 ? $" and {repeated.Count - 10} more" : "");
        warnings.Add($"{layer.File}: {repeated.Count} building id(s) used by more than one feature ({shown}); later ones were given the suffix #2, #3, … to keep them apart");
        return layer with { Items = items };
    }

    /// <summary>Checks ids and the working CRS's area, then moves the items that <paramref name="keep"/> accepts (all when null).</summary>
    private static IReadOnlyList<T> Finish<T>(ReadLayer<T>? layer, LayerOps<T> ops, int working, Func<T, bool>? keep = null)
    {
        if (layer is null)
        {
            return [];
        }

        if (ops.PointOf is { } point && layer.Items.Count >= ParallelPoints
            && CrsRegistry.CanTransformInParallel(layer.Epsg, working) && CrsRegistry.CanTransformInParallel(layer.Epsg, CrsRegistry.Wgs84)
            && FinishPoints(layer, ops, point, working, keep) is { } points)
        {
            return points;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<T>(layer.Items.Count);
        foreach (var (location, item) in layer.Items)
        {
            var id = ops.IdOf(item);
            if (!seen.TryAdd(id, location))
            {
                throw Fail.Input(layer.File, location, "id", $"expected a unique id; \"{id}\" is also used by {seen[id]}");
            }

            GeometryChecks.RequireInArea(ops.GeometryOf(item), layer.Epsg, working, layer.File, location);
            if (keep is null || keep(item))
            {
                result.Add(ops.Transform(item, layer.Epsg, working));
            }
        }

        return result;
    }

    /// <summary>Point layers at least this large are checked and transformed on all cores.</summary>
    private const int ParallelPoints = 20_000;

    /// <summary>
    /// Finish for a large point layer: ids checked in order, then the valid-area check and the transform run
    /// in parallel. The first problem in item order is the one Finish would report (for each item the id
    /// before the area); its message comes from the same checks. Null when the quick area test and the shared check
    /// disagree (never expected), so the caller takes the one-pass path.
    /// </summary>
    private static T[]? FinishPoints<T>(ReadLayer<T> layer, LayerOps<T> ops, Func<T, (double X, double Y)> point, int working, Func<T, bool>? keep)
    {
        var items = layer.Items;
        var seen = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        var firstRepeat = -1;
        for (var i = 0; i < items.Count; i++)
        {
            if (!seen.TryAdd(ops.IdOf(items[i].Item), i))
            {
                firstRepeat = i;
                break;
            }
        }

        var checkedCount = firstRepeat < 0 ? items.Count : firstRepeat;
        var source = CrsRegistry.Describe(layer.Epsg);
        var area = CrsRegistry.Describe(working);
        var result = new T[checkedCount];
        var kept = new bool[checkedCount];
        var firstOutside = int.MaxValue;
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(0, Math.Max(checkedCount, 1)), range =>
        {
            for (var i = range.Item1; i < Math.Min(range.Item2, checkedCount); i++)
            {
                var item = items[i].Item;
                var (x, y) = point(item);
                if (!GeometryChecks.InArea(source, area, x, y))
                {
                    InterlockedMin(ref firstOutside, i);
                    return;
                }

                if (keep is null || keep(item))
                {
                    result[i] = ops.Transform(item, layer.Epsg, working);
                    kept[i] = true;
                }
            }
        });

        if (firstOutside < checkedCount)
        {
            var (location, item) = items[firstOutside];
            GeometryChecks.RequireInArea(ops.GeometryOf(item), layer.Epsg, working, layer.File, location);
            return null;
        }

        if (firstRepeat >= 0)
        {
            var (location, item) = items[firstRepeat];
            var id = ops.IdOf(item);
            throw Fail.Input(layer.File, location, "id", $"expected a unique id; \"{id}\" is also used by {items[seen[id]].Location}");
        }

        return keep is null ? result : [.. result.Where((_, i) => kept[i])];
    }

    private static void InterlockedMin(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value < current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
