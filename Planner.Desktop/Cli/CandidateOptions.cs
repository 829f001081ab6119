using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Placement;

namespace Planner.Desktop.Cli;

/// <summary>
/// Where <c>optimise</c> gets its candidates: <c>--candidates F</c> (cameras in the contract format) or
/// <c>--generate</c> (mount points on facades facing public areas and on <c>--poles</c>, see
/// <see cref="CandidateGenerator"/>) with <c>--spacing</c>, <c>--heading-step</c>, <c>--spread</c>, <c>--models</c>, <c>--mount-height</c>, <c>--tilt</c>;
/// <c>--operator</c> and <c>--police-consulted</c> set what the proposal assumes about who runs the cameras.
/// </summary>
internal sealed class CandidateOptions
{
    public const string DefaultModels = "bullet-8mp-4mm,dome-4mp-6mm";

    public Option<string?> Candidates { get; } = new("--candidates") { Description = "Candidate cameras (camera format: GeoJSON points with id, heading_deg, optics or model)." };

    public Option<bool> Generate { get; } = new("--generate") { Description = "Generate candidates on building facades that face public areas (instead of --candidates)." };

    public Option<double> Spacing { get; } = new("--spacing") { Description = "Generated: metres between mount points along a facade (default 20).", DefaultValueFactory = _ => 20 };

    public Option<double> HeadingStep { get; } = new("--heading-step") { Description = "Generated: degrees between headings (default 30).", DefaultValueFactory = _ => 30 };

    public Option<double> Spread { get; } = new("--spread") { Description = "Generated: largest turn from the facade's outward normal, degrees (default 60).", DefaultValueFactory = _ => 60 };

    public Option<string> Models { get; } = new("--models") { Description = $"Generated: catalogue models, comma-separated (default {DefaultModels}).", DefaultValueFactory = _ => DefaultModels };

    public Option<double> MountHeight { get; } = new("--mount-height") { Description = "Generated: mount height in metres (default 5).", DefaultValueFactory = _ => 5 };

    public Option<double> Tilt { get; } = new("--tilt") { Description = "Generated: downward tilt in degrees (default 15).", DefaultValueFactory = _ => 15 };

    public Option<string?> Operator { get; } = new("--operator")
    {
        Description = "Operator the proposal is for (municipality, police, authority, business, housing, private): generated candidates get it (default municipality); file candidates without an operator get it only when given.",
    };

    public Option<string?> Poles { get; } = new("--poles") { Description = "Generated: also mount points on poles/street lamps (GeoJSON or Shapefile of Points), all-round headings, 6 m up." };

    public Option<bool> PoliceConsulted { get; } = new("--police-consulted") { Description = "Generated: the police are consulted on the proposal (§ 2 a); without it, police_consulted is not stated." };

    public CandidateOptions AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option o in new Option[] { Candidates, Generate, Spacing, HeadingStep, Spread, Models, MountHeight, Tilt, Poles, Operator, PoliceConsulted })
        {
            command.Options.Add(o);
        }

        return this;
    }

    /// <summary>The candidates in the plan's working CRS, and a line describing where they came from.</summary>
    public (IReadOnlyList<Camera> Candidates, string Source) Load(ParseResult parse, Plan plan)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(plan);
        var path = parse.GetValue(Candidates);
        var generate = parse.GetValue(Generate);
        if ((path is null) == !generate)
        {
            throw new InputException("command line", null, "--candidates", "give exactly one of --candidates F (cameras) or --generate");
        }

        var operatorText = parse.GetValue(Operator);
        OperatorType? op = null;
        if (operatorText is not null)
        {
            op = OperatorTypes.TryParse(operatorText, out var parsed)
                ? parsed
                : throw new InputException("command line", null, "--operator", $"expected one of {OperatorTypes.AllNames}, got \"{operatorText}\"");
        }

        return path is not null ? FromFile(path, plan, op) : FromPlan(parse, plan, op ?? OperatorType.Municipality);
    }

    private static (IReadOnlyList<Camera>, string) FromFile(string path, Plan plan, OperatorType? op)
    {
        var loaded = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = plan.Epsg });
        foreach (var warning in loaded.Warnings)
        {
            Console.Error.WriteLine($"planner optimise: warning: {warning}");
        }

        var cameras = loaded.Plan.Cameras;
        if (cameras.Count == 0)
        {
            throw new InputException(path, null, null, "expected at least one candidate camera");
        }

        for (var i = 0; i < cameras.Count; i++)
        {
            if (!cameras[i].HeadingKnown && !cameras[i].Optics.Ptz)
            {
                throw new InputException(path, $"feature {i + 1} (id \"{cameras[i].Id}\")", "heading_deg", "expected a heading: a candidate without one cannot be placed (or set ptz true)");
            }
        }

        var without = cameras.Count(c => c.Operator is null);
        if (op is not { } given)
        {
            // No operator, no rule applies (as in 'planner check'): say so rather than judge them as someone's.
            return (cameras, without == 0
                ? $"{cameras.Count} candidate(s) from {path}"
                : $"{cameras.Count} candidate(s) from {path}; {without} without operator: no rule applies to them, so they are not checked (give --operator)");
        }

        var result = cameras.Select(c => c.Operator is null ? c with { Operator = given } : c).ToList();
        return (result, without == 0
            ? $"{result.Count} candidate(s) from {path}"
            : $"{result.Count} candidate(s) from {path} ({without} without operator taken as {given.ToContractName()})");
    }

    private (IReadOnlyList<Camera>, string) FromPlan(ParseResult parse, Plan plan, OperatorType op)
    {
        var catalogue = CameraCatalogueLoader.LoadDirectory(null);
        var models = new List<CameraModel>();
        foreach (var key in parse.GetValue(Models)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            models.Add(catalogue.TryGet(key, out var m)
                ? m
                : throw new InputException("command line", null, "--models", $"expected catalogue keys ({catalogue.AllKeys}), got \"{key}\""));
        }

        var polesPath = parse.GetValue(Poles);
        var poles = polesPath is null ? [] : PoleLayer.Load(polesPath, plan.Epsg);
        var options = new CandidateGeneratorOptions
        {
            Poles = poles,
            SpacingM = parse.GetValue(Spacing),
            HeadingStepDeg = parse.GetValue(HeadingStep),
            FacadeSpreadDeg = parse.GetValue(Spread),
            HeightM = parse.GetValue(MountHeight),
            TiltDeg = parse.GetValue(Tilt),
            Models = models,
            Operator = op,
            PoliceConsulted = parse.GetValue(PoliceConsulted) ? true : null,
        };
        GeneratedCandidates generated;
        try
        {
            generated = CandidateGenerator.Generate(plan, options);
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, OptionFor(ex.Field), ex.Message);
        }

        if (generated.Candidates.Count == 0)
        {
            throw new InputException("buildings", null, null, "no facade faces a public area and no pole was given, so no candidate could be generated (give --poles or --candidates)");
        }

        var facing = generated.FacingPublicAssessed ? "facing public areas" : "on every outer facade (no public_area zones to tell which face the street)";
        return (generated.Candidates, string.Create(CultureInfo.InvariantCulture,
            $"{generated.Candidates.Count} candidate(s) generated at {generated.MountPoints} mount point(s) {facing}{(poles.Count > 0 ? $" and on {poles.Count} pole(s)" : "")}, every {options.SpacingM} m, headings ±{options.FacadeSpreadDeg}° in {options.HeadingStepDeg}° steps, models {string.Join(", ", models.Select(m => m.Key))}, {op.ToContractName()}{(options.PoliceConsulted == true ? ", police consulted (as the proposal states)" : "")}"));
    }

    private static string OptionFor(string field) => field switch
    {
        "spacing_m" => "--spacing",
        "heading_step_deg" => "--heading-step",
        "facade_spread_deg" => "--spread",
        "height_m" => "--mount-height",
        "tilt_deg" => "--tilt",
        _ => field,
    };
}
