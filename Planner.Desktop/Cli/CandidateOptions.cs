using System.CommandLine;
using Planner.Desktop.App.Optimise;
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
    public const string DefaultModels = CandidateSettings.DefaultModels;

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
    public (IReadOnlyList<Camera> Candidates, string Source) Load(ParseResult parse, Plan plan, CameraCatalogue catalogue)
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

        return path is not null ? FromFile(path, plan, op) : FromPlan(parse, plan, op ?? OperatorType.Municipality, catalogue);
    }

    private static (IReadOnlyList<Camera>, string) FromFile(string path, Plan plan, OperatorType? op)
    {
        var set = CandidateSource.FromFile(path, plan, op);
        foreach (var warning in set.Warnings)
        {
            Console.Error.WriteLine($"planner optimise: warning: {warning}");
        }

        return (set.Candidates, set.Source);
    }

    private (IReadOnlyList<Camera>, string) FromPlan(ParseResult parse, Plan plan, OperatorType op, CameraCatalogue catalogue)
    {
        var settings = new CandidateSettings
        {
            SpacingM = parse.GetValue(Spacing),
            HeadingStepDeg = parse.GetValue(HeadingStep),
            SpreadDeg = parse.GetValue(Spread),
            Models = parse.GetValue(Models)!,
            MountHeightM = parse.GetValue(MountHeight),
            TiltDeg = parse.GetValue(Tilt),
            PolesPath = parse.GetValue(Poles),
            Operator = op,
            PoliceConsulted = parse.GetValue(PoliceConsulted),
        };
        try
        {
            var set = CandidateSource.Generate(plan, catalogue, settings);
            return (set.Candidates, set.Source);
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, OptionFor(ex.Field), ex.Message);
        }
    }

    private static string OptionFor(string field) => field switch
    {
        "spacing_m" => "--spacing",
        "heading_step_deg" => "--heading-step",
        "facade_spread_deg" => "--spread",
        "height_m" => "--mount-height",
        "tilt_deg" => "--tilt",
        "models" => "--models",
        _ => field,
    };
}
