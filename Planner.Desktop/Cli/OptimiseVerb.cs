using System.CommandLine;
using System.Globalization;
using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Formats;
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
        var k = new Option<int?>("--k") { Description = "Number of cameras to place (≥ 1); or give --budget-dkk." };
        var budgetDkk = new Option<double?>("--budget-dkk") { Description = "Cost budget in DKK instead of --k: cameras are priced by their catalogue model's price_dkk (the bundled catalogue has none; give --catalogue)." };
        var catalogueFile = new Option<string?>("--catalogue") { Description = "Camera catalogue (catalogue.json format, optional price_dkk per model) for generated candidates and prices (default: the bundled one)." };
        var backupWeight = new Option<double>("--backup") { Description = "Weight W in [0, 1] of backup coverage (demand seen by ≥ 2 cameras) in the objective Σ w·((1−W)·min(c,1) + W·min(c,2)); default 0.", DefaultValueFactory = _ => 0 };
        var level = new Option<string>("--level") { Description = "Image quality a demand point must be seen at: visible, detect, observe, recognise (default), identify.", DefaultValueFactory = _ => "recognise" };
        var rules = new RuleVerbOptions().AddTo(command);
        var filters = new IncidentFilterOptions().AddTo(command);
        var weights = new Option<string?>("--weights") { Description = "Offence severity weights, e.g. violence=3,burglary=2 (others 1)." };
        var demand = new Option<string>("--demand") { Description = "incidents (default: each filtered incident), hotcells (significant Gi* hot cells, weighted by their incidents) or kde (every grid cell's quartic KDE mass at its centre).", DefaultValueFactory = _ => "incidents" };
        var grid = new HotspotGridOptions(cellM: 25, bandwidthM: 100, band: false, kernel: false, usedFor: "Hot cells and KDE");
        var targetHeight = new TargetHeightOption();
        var noSwap = new Option<bool>("--no-swap") { Description = "Skip the swap pass after the greedy." };
        var output = new OutputOption("Output GeoJSON of the chosen cameras.", ".geojson", ".json");
        var outCrs = new Option<string?>("--out-crs") { Description = "CRS of the output coordinates and headings (default EPSG:4326 lon/lat, RFC 7946)." };
        foreach (Option o in new Option[] { k, budgetDkk, catalogueFile, backupWeight, level, weights, demand, grid.Cell, grid.Bandwidth, targetHeight.Option, noSwap, output.Option, outCrs })
        {
            command.Options.Add(o);
        }

        command.SetAction(pr => CliRunner.Run("optimise", () =>
        {
            var outPath = output.Path(pr);
            var outEpsg = ParseOutCrs(pr.GetValue(outCrs));
            var count = pr.GetValue(k);
            var budget = pr.GetValue(budgetDkk);
            if (count is null == budget is null)
            {
                throw new InputException("command line", null, "--k", "give exactly one budget: --k N (cameras) or --budget-dkk X");
            }

            if (count is < 1)
            {
                throw new InputException("command line", null, "--k", $"expected a number of cameras ≥ 1, got {count}");
            }

            if (budget is { } b && (!double.IsFinite(b) || b <= 0))
            {
                throw new InputException("command line", null, "--budget-dkk", $"expected a budget > 0 in DKK, got {b.ToString(CultureInfo.InvariantCulture)}");
            }

            var backup = pr.GetValue(backupWeight);
            if (!double.IsFinite(backup) || backup < 0 || backup > 1)
            {
                throw new InputException("command line", null, "--backup", $"expected a weight in [0, 1], got {backup.ToString(CultureInfo.InvariantCulture)}");
            }

            if (!DoriLevels.TryParse(pr.GetValue(level), out var dori))
            {
                throw new InputException("command line", null, "--level", $"expected one of visible, detect, observe, recognise, identify, got \"{pr.GetValue(level)}\"");
            }

            var height = targetHeight.Parse(pr);

            var demandMode = pr.GetValue(demand)!.Trim().ToLowerInvariant();
            if (demandMode is not ("incidents" or "hotcells" or "kde"))
            {
                throw new InputException("command line", null, "--demand", $"expected incidents, hotcells or kde, got \"{demandMode}\"");
            }

            var offenceWeights = ParseWeights(pr.GetValue(weights));
            var filter = filters.Parse(pr);
            var pack = rules.LoadPack(pr);
            var language = rules.Language(pr, pack);
            var today = rules.TodayDate(pr);
            var plan = inputs.Load(pr, "optimise");
            var source = pr.GetValue(inputs.Incidents) ?? inputs.SourceName(pr) ?? "";
            var selection = PlanHotspots.Select(plan, filter);
            var used = IncidentFilterOptions.UsedOrThrow(selection, source);
            var cataloguePath = pr.GetValue(catalogueFile);
            var catalogue = cataloguePath is null ? CameraCatalogueLoader.LoadDirectory(null) : CameraCatalogueLoader.Load(cataloguePath);
            var (candidateList, candidateSource) = candidates.Load(pr, plan, catalogue);
            var costs = budget is null ? null : Prices(candidateList, catalogue, cataloguePath ?? CameraCatalogueLoader.FindBundled() ?? "catalogue");
            var points = demandMode switch
            {
                "incidents" => Demand.FromIncidents(used, offenceWeights),
                "kde" => Demand.FromKde(PlanHotspots.Run(selection, grid.Parse(pr)).Grid!),
                _ => Demand.FromHotCells(PlanHotspots.Run(selection, grid.Parse(pr)).Grid!),
            };
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
            var report = PlacementPlanner.Run(workspace, candidateList, points, new PlacementRequest { Level = dori, K = count, Budget = budget, Costs = costs, Backup = backup, Swap = !pr.GetValue(noSwap) }, progress);
            PlacementGeoJsonWriter.Write(outPath, report, plan.Epsg, outEpsg);
            Print(report, plan, used.Count, filter.ToString(), offenceWeights, demandMode, candidateSource, pack, outPath, costs);
            return CliRunner.Ok;
        }));
        return command;
    }

    /// <summary>Price per candidate id from its catalogue model; a candidate without a model or a model without a price is bad input.</summary>
    private static Dictionary<string, double> Prices(IReadOnlyList<Camera> candidates, CameraCatalogue catalogue, string cataloguePath)
    {
        if (candidates.FirstOrDefault(c => c.Model is null || !catalogue.TryGet(c.Model, out _)) is { } unknown)
        {
            throw new InputException(cataloguePath, null, "price_dkk",
                $"candidate {unknown.Id} has no model of this catalogue (model \"{unknown.Model ?? ""}\"), so it has no price; a cost budget needs a catalogue model for every candidate");
        }

        var unpriced = candidates.Select(c => c.Model!).Distinct(StringComparer.Ordinal)
            .Where(m => catalogue.TryGet(m, out var model) && model.PriceDkk is null).Order(StringComparer.Ordinal).ToList();
        if (unpriced.Count > 0)
        {
            throw new InputException(cataloguePath, null, "price_dkk",
                $"expected a price_dkk for every model the candidates use; without one: {string.Join(", ", unpriced)} (no price is assumed; give --catalogue with prices)");
        }

        return candidates.ToDictionary(c => c.Id, c => catalogue.TryGet(c.Model!, out var m) ? m.PriceDkk!.Value : 0, StringComparer.Ordinal);
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
        string candidateSource, RulePack pack, string outPath, Dictionary<string, double>? costs)
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

        var unit = demandMode switch { "incidents" => "incidents", "kde" => "KDE cells (weight = KDE mass, expected incidents)", _ => "hot cells" };
        Console.WriteLine(string.Create(ci, $"demand: {r.DemandCount} {unit} from {incidents} incidents (filter: {filter}; weights: {weights}), total weight {s.TotalWeight:0.##}; level {r.Level.ToContractName()}"));
        Console.WriteLine(string.Create(ci, $"existing cameras ({plan.Cameras.Count}, fixed) already see {s.FixedWeight:0.##} ({Share(s.FixedWeight, s.TotalWeight)})"));
        Console.WriteLine($"{"rank",4} {"id",-44} {"gain",9} {"cumulative",10} {"share",7} {"mask m2",8}");
        foreach (var p in r.Placed)
        {
            Console.WriteLine(string.Create(ci, $"{p.Rank,4} {RuleVerbOptions.Cell(p.Camera.Id, 44),-44} {p.Gain,9:0.##} {p.Cumulative,10:0.##} {p.CumulativeShare,7:P1} {p.MaskAreaM2,8:0.#}"));
        }

        Console.WriteLine(string.Create(ci, $"{r.Placed.Count} camera(s) add {s.Value:0.##} ({Share(r.SeenWeight - s.FixedWeight, s.TotalWeight)} of all demand newly seen); seen after placement {r.CoveredShare:P1}; seen by ≥ 2 cameras {Share(r.BackupWeight, s.TotalWeight)}"));
        if (r.BackupObjective > 0)
        {
            Console.WriteLine(string.Create(ci, $"objective: coverage with backup weight {r.BackupObjective:0.##} (a second camera on a point adds {r.BackupObjective:0.##} of its weight); gains and the certificate are in these units"));
        }

        if (costs is not null)
        {
            Console.WriteLine(string.Create(ci, $"cost: {r.Placed.Sum(p => costs[p.Camera.Id]):#,0} DKK of the budget (catalogue prices)"));
        }

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
