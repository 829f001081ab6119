using System.Globalization;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Model;
using Planner.Geo.Placement;

namespace Planner.Desktop.App.Optimise;

/// <summary>
/// How candidates are generated from the plan (the settings of <c>planner optimise --generate</c>; distances in metres,
/// angles in degrees from the working CRS's grid north). Defaults are the command line's.
/// </summary>
internal sealed record CandidateSettings
{
    public const string DefaultModels = "bullet-8mp-4mm,dome-4mp-6mm";

    public double SpacingM { get; init; } = 20;

    public double HeadingStepDeg { get; init; } = 30;

    public double SpreadDeg { get; init; } = 60;

    public string Models { get; init; } = DefaultModels;

    public double MountHeightM { get; init; } = 5;

    public double TiltDeg { get; init; } = 15;

    /// <summary>Poles/street lamps: a GeoJSON or Shapefile of Points; null = none.</summary>
    public string? PolesPath { get; init; }

    public OperatorType Operator { get; init; } = OperatorType.Municipality;

    public bool PoliceConsulted { get; init; }
}

/// <summary>Candidates in the plan's working CRS, a line saying where they came from, and the reader's warnings.</summary>
internal sealed record CandidateSet(IReadOnlyList<Camera> Candidates, string Source, IReadOnlyList<string> Warnings);

/// <summary>
/// The one way the command line (<c>planner optimise</c>) and the app's Optimise panel get candidates: generated from
/// the plan by <see cref="CandidateGenerator"/>, or read from a camera file. Bad settings throw
/// <see cref="DomainRuleException"/> (field named as the engine knows it), bad files <see cref="InputException"/>.
/// </summary>
internal static class CandidateSource
{
    public static CandidateSet Generate(Plan plan, CameraCatalogue catalogue, CandidateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(settings);
        var models = new List<CameraModel>();
        foreach (var key in settings.Models.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            models.Add(catalogue.TryGet(key, out var m)
                ? m
                : throw new DomainRuleException("models", $"expected catalogue keys ({catalogue.AllKeys}), got \"{key}\""));
        }

        var poles = settings.PolesPath is null ? [] : PoleLayer.Load(settings.PolesPath, plan.Epsg);
        var options = new CandidateGeneratorOptions
        {
            Poles = poles,
            SpacingM = settings.SpacingM,
            HeadingStepDeg = settings.HeadingStepDeg,
            FacadeSpreadDeg = settings.SpreadDeg,
            HeightM = settings.MountHeightM,
            TiltDeg = settings.TiltDeg,
            Models = models,
            Operator = settings.Operator,
            PoliceConsulted = settings.PoliceConsulted ? true : null,
        };
        var generated = CandidateGenerator.Generate(plan, options);
        if (generated.Candidates.Count == 0)
        {
            throw new InputException("buildings", null, null, "no facade faces a public area and no pole was given, so no candidate could be generated (give poles or a candidates file)");
        }

        var facing = generated.FacingPublicAssessed ? "facing public areas" : "on every outer facade (no public_area zones to tell which face the street)";
        return new CandidateSet(generated.Candidates, string.Create(CultureInfo.InvariantCulture,
            $"{generated.Candidates.Count} candidate(s) generated at {generated.MountPoints} mount point(s) {facing}{(poles.Count > 0 ? $" and on {poles.Count} pole(s)" : "")}, every {options.SpacingM} m, headings ±{options.FacadeSpreadDeg}° in {options.HeadingStepDeg}° steps, models {string.Join(", ", models.Select(m => m.Key))}, {settings.Operator.ToContractName()}{(options.PoliceConsulted == true ? ", police consulted (as the proposal states)" : "")}"),
            []);
    }

    /// <summary>Cameras of a file as candidates; <paramref name="op"/> is given to those without an operator (null: they stay unchecked).</summary>
    public static CandidateSet FromFile(string path, Plan plan, OperatorType? op)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var loaded = PlanFileLoader.Load(new PlanFiles(Cameras: path), new PlanLoadOptions { Epsg = plan.Epsg });
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
            return new CandidateSet(cameras, without == 0
                ? $"{cameras.Count} candidate(s) from {path}"
                : $"{cameras.Count} candidate(s) from {path}; {without} without operator: no rule applies to them, so they are not checked (give an operator)", loaded.Warnings);
        }

        var result = cameras.Select(c => c.Operator is null ? c with { Operator = given } : c).ToList();
        return new CandidateSet(result, without == 0
            ? $"{result.Count} candidate(s) from {path}"
            : $"{result.Count} candidate(s) from {path} ({without} without operator taken as {given.ToContractName()})", loaded.Warnings);
    }
}
