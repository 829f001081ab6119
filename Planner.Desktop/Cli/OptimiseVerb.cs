using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using Planner.Geo.Placement;
using Planner.Geo.Rules;
using Planner.Geo.Workspace;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner optimise (--plan P | --buildings F --incidents F [--zones F] [--cameras F]) [--crs EPSG:n]
/// (--candidates F | --generate …) --k N [--level visible|detect|observe|recognise|identify] [--rules F]
/// [incident filters] [--weights offence=w,…] [--demand incidents|hotcells] --out F.geojson</c>: the k candidates that
/// see the most (filtered, optionally severity-weighted) incidents at the level, on top of the plan's existing
/// cameras (fixed, never moved), among candidates that pass the rule pack's hard rules. Writes the chosen cameras
/// (ids unchanged) with rank, marginal gain, coverage curve and the optimality certificate; a summary on stdout.
/// </summary>
internal sealed class OptimiseVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("optimise", "Choose the k candidate cameras that see the most incidents at a DORI level, within the rules.");
        var inputs = new PlanInputOptions().AddTo(command, "buildings", "incidents", "zones", "cameras");
        var candidates = new CandidateOptions().AddTo(command);
        var k = new Option<int>("--k") { Description = "Number of cameras to place (≥ 1).", Required = true };
        var level = new Option<string>("--level") { Description = "Image quality a demand point must be seen at: visible, detect, observe, recognise (default), identify.", DefaultValueFactory = _ => "recognise" };
        var rules = new RuleVerbOptions().AddTo(command);
        var filters = new IncidentFilterOptions().AddTo(command);
        var weights = new Option<string?>("--weights") { Description = "Offence severity weights, e.g. violence=3,burglary=2 (others 1)." };
        var demand = new Option<string>("--demand") { Description = "incidents (default: each filtered incident) or hotcells (significant Gi* hot cells, weighted by their incidents).", DefaultValueFactory = _ => "incidents" };
        var cell = new Option<double>("--cell") { Description = "Hot cells: cell size in metres (default 25).", DefaultValueFactory = _ => 25 };
        var bandwidth = new Option<double>("--bandwidth") { Description = "Hot cells: kernel radius and Gi* band in metres (default 100).", DefaultValueFactory = _ => 100 };
        var targetHeight = new TargetHeightOption();
        var noSwap = new Option<bool>("--no-swap") { Description = "Skip the swap pass after the greedy." };
        var output = new Option<string>("--out") { Description = "Output GeoJSON of the chosen cameras.", Required = true };
        var outCrs = new Option<string?>("--out-crs") { Description = "CRS of the output coordinates and headings (default EPSG:4326 lon/lat, RFC 7946)." };
        foreach (Option o in new Option[] { k, level, weights, demand, cell, bandwidth, targetHeight.Option, noSwap, output, outCrs })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CliRunner.Run("optimise", () =>
        {
            var outPath = pr.GetValue(output)!;
            HotspotsVerb.OutputFormat(outPath, ".geojson", ".json");
            var outEpsg = ParseOutCrs(pr.GetValue(outCrs));
            var count = pr.GetValue(k);
            if (count < 1)
            {
                throw new InputException("command line", null, "--k", $"expected a number of cameras ≥ 1, got {count}");
            }

            if (!DoriLevels.TryParse(pr.GetValue(level), out var dori))
            {
                throw new InputException("command line", null, "--level", $"expected one of visible, detect, observe, recognise, identify, got \"{pr.GetValue(level)}\"");
            }

            var height = targetHeight.Parse(pr);

            var demandMode = pr.GetValue(demand)!.Trim().ToLowerInvariant();
            if (demandMode is not ("incidents" or "hotcells"))
            {
                throw new InputException("command line", null, "--demand", $"expected incidents or hotcells, got \"{demandMode}\"");
            }

            var offenceWeights = ParseWeights(pr.GetValue(weights));
            var filter = filters.Parse(pr);
            var pack = rules.LoadPack(pr);
            var language = rules.Language(pr, pack);
            var today = rules.TodayDate(pr);
            var plan = inputs.Load(pr, "optimise");
            var source = pr.GetValue(inputs.Incidents) ?? inputs.SourceName(pr) ?? "";
            var used = IncidentFilterOptions.ApplyOrThrow(filter, plan, source);
            var (candidateList, candidateSource) = candidates.Load(pr, plan);
            var points = demandMode == "incidents"
                ? Demand.FromIncidents(used, offenceWeights)
                : Demand.FromHotCells(HotspotAnalysis.Run(used, HotspotsVerb.ParseOptions(pr.GetValue(cell), pr.GetValue(bandwidth), null, "quartic")));
            if (points.Count == 0)
            {
                throw new InputException(source, null, "incidents", $"no significant hot cell among {used.Count} incidents; use --demand incidents");
            }

            using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions
            {
                Coverage = new CoverageOptions { TargetHeightM = height },
                Pack = pack,
                Rules = new RuleEngineOptions { Today = today, Language = language },
            });
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var lastStep = "";
            var progress = new SyncProgress(p =>
            {
                // Only long runs report, from 2 s on, once per step.
                if (p.Step != lastStep && clock.Elapsed.TotalSeconds >= 2)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"planner optimise: {clock.Elapsed.TotalSeconds:0.0} s: {p.Step}"));
                    lastStep = p.Step;
                }
            });
            var report = PlacementPlanner.Run(workspace, candidateList, points, new PlacementRequest { Level = dori, K = count, Swap = !pr.GetValue(noSwap) }, progress);
            PlacementGeoJsonWriter.Write(outPath, report, plan.Epsg, outEpsg);
            Print(report, plan, used.Count, filter.ToString(), offenceWeights, demandMode, candidateSource, pack, outPath);
            return CliRunner.Ok;
        }));
        return command;
    }

    private static int ParseOutCrs(string? text)
    {
        try
        {
            return text is null ? Planner.Geo.Crs.CrsRegistry.Wgs84 : Planner.Geo.Crs.CrsRegistry.ParseSupported(text);
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, "--out-crs", ex.Message);
        }
    }

    private static OffenceWeights ParseWeights(string? text)
    {
        try
        {
            return text is null ? OffenceWeights.Uniform : OffenceWeights.Parse(text);
        }
        catch (DomainRuleException ex)
        {
            throw new InputException("command line", null, "--weights", ex.Message);
        }
    }

    private static void Print(PlacementReport r, Plan plan, int incidents, string filter, OffenceWeights weights, string demandMode,
        string candidateSource, RulePack pack, string outPath)
    {
        var ci = CultureInfo.InvariantCulture;
        var s = r.Solution;
        Console.WriteLine(candidateSource);
        var dropped = r.DroppedByRule.Count == 0 ? "" : " (" + string.Join(", ", r.DroppedByRule.Select(kv => $"{kv.Key}: {kv.Value}")) + ")";
        Console.WriteLine($"rule pack {pack.PackId} {pack.Version}: {r.Kept} kept, {r.Dropped} dropped for a hard rule{dropped}, {r.Masked} kept with a privacy mask; {r.NotJudged} see no demand at {r.Level.ToContractName()} (not judged)");
        if (r.RulesNotAssessed is { } why)
        {
            Console.WriteLine($"rules not assessed: {why}; the layout is not a legal all-clear");
        }

        Console.WriteLine(string.Create(ci, $"demand: {r.DemandCount} {(demandMode == "incidents" ? "incidents" : "hot cells")} from {incidents} incidents (filter: {filter}; weights: {weights}), total weight {s.TotalWeight:0.##}; level {r.Level.ToContractName()}"));
        Console.WriteLine(string.Create(ci, $"existing cameras ({plan.Cameras.Count}, fixed) already see {s.FixedWeight:0.##} ({Share(s.FixedWeight, s.TotalWeight)})"));
        Console.WriteLine($"{"rank",4} {"id",-44} {"gain",9} {"cumulative",10} {"share",7} {"mask m2",8}");
        foreach (var p in r.Placed)
        {
            Console.WriteLine(string.Create(ci, $"{p.Rank,4} {RuleVerbOptions.Cell(p.Camera.Id, 44),-44} {p.Gain,9:0.##} {p.Cumulative,10:0.##} {p.CumulativeShare,7:P1} {p.MaskAreaM2,8:0.#}"));
        }

        Console.WriteLine(string.Create(ci, $"{r.Placed.Count} camera(s) add {s.Value:0.##} ({Share(s.Value, s.TotalWeight)} of all demand); seen after placement {r.CoveredShare:P1}; seen by ≥ 2 cameras {Share(r.BackupWeight, s.TotalWeight)}"));
        Console.WriteLine(string.Create(ci, $"certificate: ≥ {Math.Floor(s.Certificate * 1000) / 10:0.0} % of optimal (added coverage {s.Value:0.##} ≤ optimum ≤ {s.UpperBound:0.##}); greedy {s.GreedyValue:0.##}, {s.Swaps} swap(s), {s.Evaluations} gain evaluations"));
        Console.WriteLine($"wrote {outPath}");
    }

    private static string Share(double part, double total) => total <= 0 ? "0 %" : (part / total).ToString("P1", CultureInfo.InvariantCulture);

    private sealed class SyncProgress(Action<WorkspaceProgress> report) : IProgress<WorkspaceProgress>
    {
        private readonly object gate = new();

        public void Report(WorkspaceProgress value)
        {
            lock (gate)
            {
                report(value);
            }
        }
    }
}
