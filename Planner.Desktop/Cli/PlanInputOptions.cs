using System.CommandLine;
using Planner.Geo.Crs;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Stores;

namespace Planner.Desktop.Cli;

/// <summary>
/// The shared plan inputs of the verbs: <c>--plan P</c> (a GeoPackage plan) or loose files
/// (<c>--cameras</c>, <c>--buildings</c>, <c>--zones</c>, <c>--incidents</c>) with an optional <c>--crs</c>, or a
/// shared plan (<c>--db CONNECTION --name NAME</c>, see <see cref="SharedPlanOptions"/>).
/// </summary>
internal sealed class PlanInputOptions
{
    public Option<string?> Plan { get; } = new("--plan") { Description = "A plan file (.gpkg) written by 'planner new'." };

    public Option<string?> Cameras { get; } = new("--cameras") { Description = "Cameras: GeoJSON points, GeoPackage, Shapefile or OSM Overpass JSON." };

    public Option<string?> Buildings { get; } = new("--buildings") { Description = "Buildings: polygons with height_m (or height), metres." };

    public Option<string?> Zones { get; } = new("--zones") { Description = "Zones: polygons with kind (public_area, dwelling, …)." };

    public Option<string?> Incidents { get; } = new("--incidents") { Description = "Incidents CSV: id, lon, lat (or x, y with --crs), occurred_at, offence." };

    public Option<string?> IncidentColumns { get; } = new("--incident-columns")
    {
        Description = "Incident CSV columns under other names, as contract=yours pairs: e.g. occurred_at=tidspunkt,offence=type.",
    };

    public Option<string?> OperatorMap { get; } = new("--operator-map")
    {
        Description = "OSM cameras: operator name → type mapping (JSON rules; default data/operators/osm-operators.json).",
    };

    public Option<bool> KeepAllOsmCameras { get; } = new("--keep-all-osm-cameras")
    {
        Description = "OSM cameras: keep those tagged indoor, webcam or fake (skipped by default, with a warning that counts them).",
    };

    public SharedPlanOptions Shared { get; } = new();

    public Option<string?> Crs { get; } = new("--crs") { Description = "Working CRS in metres, e.g. EPSG:25832 (default: the UTM zone of the data's centre)." };

    /// <summary>Adds the options to <paramref name="command"/>; <paramref name="layers"/> limits which loose-file options the verb offers.</summary>
    public PlanInputOptions AddTo(Command command, params string[] layers)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Plan);
        Shared.AddTo(command);
        foreach (var option in new[] { Cameras, Buildings, Zones, Incidents })
        {
            if (layers.Length == 0 || layers.Contains(option.Name.TrimStart('-')))
            {
                command.Options.Add(option);
            }
        }

        if (layers.Length == 0 || layers.Contains("incidents"))
        {
            command.Options.Add(IncidentColumns);
        }

        if (layers.Length == 0 || layers.Contains("cameras"))
        {
            command.Options.Add(OperatorMap);
            command.Options.Add(KeepAllOsmCameras);
        }

        command.Options.Add(Crs);
        return this;
    }

    /// <summary>
    /// True for a verb that reads <c>--incidents</c> as its own query next to <c>--plan</c> (canvass: the incidents to
    /// canvass); otherwise <c>--incidents</c> with <c>--plan</c> is refused like every other layer file.
    /// </summary>
    public bool IncidentsAreAQuery { get; init; }

    /// <summary>
    /// Issue 14: a layer file given with <c>--plan</c> used to be ignored silently (the plan's own layer was used). Now it is
    /// refused with one line, exit 2: the user decides between the plan and the files.
    /// </summary>
    private void RefuseLayerFilesWithPlan(ParseResult parse, string planPath)
    {
        var given = new[] { Cameras, Buildings, Zones }.Concat(IncidentsAreAQuery ? [] : [Incidents])
            .Where(o => parse.GetResult(o) is { Implicit: false })
            .Select(o => o.Name)
            .ToList();
        if (given.Count > 0)
        {
            var names = string.Join(" and ", given);
            throw new Planner.Geo.InputException("command line", null, "--plan",
                $"{names} cannot be combined with --plan {planPath}: the plan's own layer would be used and {(given.Count == 1 ? "that file" : "those files")} ignored; give either the plan or layer files (to change a plan's layer, build the plan again with 'planner new')");
        }
    }

    /// <summary>True when the plan comes from a store (--plan, or --db with --name) rather than loose files.</summary>
    public bool IsStoredPlan(ParseResult parse) => parse.GetValue(Plan) is not null || Shared.Given(parse);

    /// <summary>The plan's name for messages: the plan file, or "plan NAME" of a shared plan; null for loose files.</summary>
    public string? SourceName(ParseResult parse) =>
        parse.GetValue(Plan) ?? (Shared.Given(parse) ? $"plan \"{parse.GetValue(Shared.Name)}\"" : null);

    /// <summary>Loads the plan the user named; warnings go to standard error. Throws <see cref="Planner.Geo.InputException"/> on bad input.</summary>
    public Plan Load(ParseResult parse, string verb) => Load(parse, verb, null).Plan;

    /// <summary>
    /// As <see cref="Load(ParseResult, string)"/>; loose incident files are filtered while loading where the loader allows
    /// it (<see cref="PlanLoadOptions.IncidentFilter"/>), so the plan may hold only matching incidents.
    /// <c>IncidentsRead</c> counts them all.
    /// </summary>
    public (Plan Plan, int IncidentsRead) Load(ParseResult parse, string verb, Planner.Geo.Incidents.IncidentFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var crsText = parse.GetValue(Crs);
        int? epsg = crsText is null ? null : ParseCrs(crsText);
        var planPath = parse.GetValue(Plan);
        IReadOnlyList<string> warnings;
        Plan plan;
        int? read = null;
        if (Shared.Given(parse))
        {
            if (planPath is not null)
            {
                throw new Planner.Geo.InputException("--plan", null, null, "give either --plan or --db with --name, not both");
            }

            RefuseLayerFilesWithPlan(parse, SourceName(parse)!);
            var shared = Shared.Load(parse);
            plan = shared.Plan;
            warnings = shared.Warnings;
        }
        else if (planPath is not null)
        {
            RefuseLayerFilesWithPlan(parse, planPath);
            var stored = GeoPackagePlanStore.Read(planPath);
            plan = stored.Plan;
            warnings = stored.Warnings;
        }
        else
        {
            var files = new PlanFiles(parse.GetValue(Cameras), parse.GetValue(Buildings), parse.GetValue(Zones), parse.GetValue(Incidents));
            if (files is { Cameras: null, Buildings: null, Zones: null, Incidents: null })
            {
                throw new Planner.Geo.InputException("", null, "--plan", "give --plan PLAN.gpkg or input files (see 'planner " + verb + " --help')");
            }

            var columns = ParseColumns(parse.GetValue(IncidentColumns));
            var loaded = LoadFiles(files, LoadOptions(parse, epsg) with { IncidentColumns = columns, IncidentFilter = filter });
            plan = loaded.Plan;
            warnings = loaded.Warnings;
            read = loaded.IncidentsRead;
        }

        foreach (var warning in warnings)
        {
            CliRunner.Warn(verb, warning);
        }

        return (plan, read ?? plan.Incidents.Count);
    }

    /// <summary>
    /// <see cref="PlanFileLoader.Load"/>, with a problem of the working CRS itself phrased as the command line's
    /// <c>--crs</c> option (the engine names it <see cref="PlanLoadOptions.WorkingCrsSource"/>).
    /// </summary>
    public static PlanLoadResult LoadFiles(PlanFiles files, PlanLoadOptions options)
    {
        try
        {
            return PlanFileLoader.Load(files, options);
        }
        catch (Planner.Geo.InputException ex) when (ex.File == PlanLoadOptions.WorkingCrsSource)
        {
            throw new Planner.Geo.InputException("--crs", ex.Location, ex.Field, ex.Expected);
        }
    }

    /// <summary>The load options the user gave: working CRS, OSM operator mapping, whether to keep non-public OSM cameras.</summary>
    public PlanLoadOptions LoadOptions(ParseResult parse, int? epsg)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return new PlanLoadOptions { Epsg = epsg, OperatorMapFile = parse.GetValue(OperatorMap), KeepAllOsmCameras = parse.GetValue(KeepAllOsmCameras) };
    }

    /// <summary>Parses "contract=yours,…" pairs; the contract names are the incident CSV columns of DESIGN.md.</summary>
    internal static IReadOnlyDictionary<string, string>? ParseColumns(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var known = PlanLoadOptions.IncidentColumnNames;
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq > 0 ? pair[..eq].Trim() : "";
            var value = eq > 0 ? pair[(eq + 1)..].Trim() : "";
            if (key.Length == 0 || value.Length == 0)
            {
                throw new Planner.Geo.InputException("--incident-columns", null, null, $"expected contract=yours pairs such as occurred_at=tidspunkt, got \"{pair}\"");
            }

            if (!known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new Planner.Geo.InputException("--incident-columns", null, null, $"\"{key}\" is not an incident column; expected one of {string.Join(", ", known)}");
            }

            map[key.ToLowerInvariant()] = value;
        }

        return map;
    }

    private static int ParseCrs(string text)
    {
        try
        {
            return CrsRegistry.ParseSupported(text);
        }
        catch (Planner.Geo.DomainRuleException ex)
        {
            throw new Planner.Geo.InputException("--crs", null, null, ex.Message);
        }
    }
}
