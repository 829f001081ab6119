using System.CommandLine;
using System.Diagnostics;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Workspace;
using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner report --plan P --out F.pdf [--lang da|en] [--target-height M] [--case-number S] [--full-camera-sections]
/// [incident filters as hotspots]</c>: the PDF proposal for legal review. A plan without cameras is bad input (exit 2):
/// there is nothing to propose; so is a filter that leaves no incident of a plan that has some.
/// </summary>
internal sealed class ReportVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("report", "Write the PDF proposal for legal review (cover, summary, maps, one section per camera, assumptions, evidence, sign-off).");
        var inputs = new PlanInputOptions().AddTo(command);
        var output = new OutputOption("The PDF to write (written atomically).");
        var rules = new RuleVerbOptions(langDescription: "Language of the document: da (default) or en.", langDefault: "da");
        var grid = new HotspotGridOptions(cellM: 25, bandwidthM: 100, band: false, kernel: false, usedFor: "Hotspot grid");
        var targetHeight = new TargetHeightOption(max: 10);
        var caseNumber = new Option<string?>("--case-number", "--sagsnr") { Description = "The municipality's case number (sagsnr.), printed on the cover and in the sign-off block." };
        var full = new Option<bool>("--full-camera-sections") { Description = "One full section per camera even above 100 cameras (default: a compact table and a map atlas)." };
        output.AddTo(command);
        targetHeight.AddTo(command);
        command.Options.Add(caseNumber);
        command.Options.Add(full);
        rules.AddTo(command, today: false);
        grid.AddTo(command);
        var filters = new IncidentFilterOptions().AddTo(command);
        command.SetAction(parse => CliRunner.Run("report", () =>
        {
            var langText = parse.GetValue(rules.Lang);
            if (!ReportLanguages.TryParse(langText, out var language))
            {
                throw new InputException("--lang", null, null, $"expected da or en, got \"{langText}\"");
            }

            var outPath = output.Path(parse);
            var watch = Stopwatch.StartNew();
            var pack = rules.LoadPack(parse);
            if (!pack.Languages.Contains(language.Code()))
            {
                throw new InputException(pack.SourceFile, null, "languages", $"the rule pack has no {language.Code()} texts (it has {string.Join(", ", pack.Languages)})");
            }

            var target = targetHeight.Parse(parse);

            var hotspot = grid.Parse(parse);
            var filter = filters.Parse(parse);
            var options = new ReportOptions
            {
                Pack = pack,
                CellM = hotspot.CellSize,
                BandwidthM = hotspot.Bandwidth,
                TargetHeightM = target,
                CaseNumber = parse.GetValue(caseNumber),
                FullCameraSections = parse.GetValue(full),
                Incidents = filter,
            };
            var plan = inputs.Load(parse, "report");
            if (plan.Cameras.Count == 0)
            {
                throw new InputException(inputs.SourceName(parse) ?? "plan", null, "cameras", "the plan has no cameras, so there is nothing to propose; add cameras first");
            }

            if (!filter.IsAll && plan.Incidents.Count > 0)
            {
                IncidentFilterOptions.UsedOrThrow(PlanHotspots.Select(plan, filter), inputs.SourceName(parse) ?? "plan");
            }

            // Only a plan file has a file hash for the cover; a shared plan is identified by its layer hashes.
            var input = ReportAssembler.Assemble(plan, language, DateTimeOffset.Now, parse.GetValue(inputs.Plan), options);
            using var fonts = FontSet.LoadBundled();
            var pages = 0;
            AtomicFile.Write(outPath, stream => pages = ProposalRenderer.Write(input, stream, fonts));
            Console.WriteLine($"planner report: wrote {outPath}: {pages} pages, {plan.Cameras.Count} cameras, {watch.ElapsedMilliseconds} ms");
            return CliRunner.Ok;
        }));
        return command;
    }
}
