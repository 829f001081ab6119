using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>Input layer files for a plan assembled from loose files (any may be null). Each is GeoJSON, GeoPackage, Shapefile, Overpass JSON (cameras) or CSV (incidents), told by extension and content.</summary>
public sealed record PlanFiles(string? Cameras = null, string? Buildings = null, string? Zones = null, string? Incidents = null)
{
    /// <summary>Street centre lines with names (GeoJSON LineStrings or a GeoPackage plan's streets layer); optional.</summary>
    public string? Streets { get; init; }
}

/// <summary>How to load loose files: <see cref="Epsg"/> = working CRS (null: lon/lat input is worked in the UTM zone of its centre).</summary>
public sealed record PlanLoadOptions
{
    /// <summary>
    /// The <see cref="InputException.File"/> of a problem with <see cref="Epsg"/> itself (unsupported, or in degrees): the
    /// engine does not know how the caller spelled the option, so the caller names it (the command line: <c>--crs</c>).
    /// </summary>
    public const string WorkingCrsSource = "working CRS";

    public int? Epsg { get; init; }

    /// <summary>Folder of the camera-model catalogue (data/cameras); null = the bundled one next to the program.</summary>
    public string? CatalogueDirectory { get; init; }

    /// <summary>The incident CSV columns of the contract, the keys <see cref="IncidentColumns"/> may map.</summary>
    public static IReadOnlyList<string> IncidentColumnNames { get; } = ["id", "lon", "lat", "x", "y", "occurred_at", "offence", "amount_dkk", "reported"];

    /// <summary>OSM camera operator mapping file (data/operators/osm-operators.json format); null = the bundled one (none found: names stay unknown).</summary>
    public string? OperatorMapFile { get; init; }

    /// <summary>Keep OSM cameras tagged indoor, webcam or fake (skipped by default, with a warning that counts them).</summary>
    public bool KeepAllOsmCameras { get; init; }

    /// <summary>Incident CSV column names, where the file uses other names than the contract's.</summary>
    public IReadOnlyDictionary<string, string>? IncidentColumns { get; init; }

    /// <summary>
    /// The incidents the caller will use (issue 9 item 9: <c>hotspots</c> on a million rows keeps a few thousand). Every
    /// row is still read and checked and counts for the working CRS and the swap check, but only matching incidents are
    /// moved into the working CRS and kept (<see cref="PlanLoadResult.IncidentsRead"/> counts them all). Applied only when
    /// incidents are the only layer, so warnings comparing layers see the same data; otherwise the plan keeps every incident.
    /// </summary>
    public Incidents.IncidentFilter? IncidentFilter { get; init; }
}

/// <summary>A loaded plan and the warnings its readers raised (e.g. a repaired geometry, swapped lat/lon).</summary>
public sealed record PlanLoadResult(Plan Plan, IReadOnlyList<string> Warnings)
{
    /// <summary>Incident rows read, before any <see cref="PlanLoadOptions.IncidentFilter"/>.</summary>
    public int IncidentsRead { get; init; }
}
