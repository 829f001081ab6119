using System.CommandLine;
using System.Diagnostics;
using Planner.Geo;
using Planner.Geo.Formats;
using Planner.Geo.Rules;
using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Desktop.Cli;

/// <summary><c>planner report --plan P --out F.pdf [--lang da|en]</c>: the PDF proposal for legal review.</summary>
internal sealed class ReportVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("report", "Write the PDF proposal for legal review (cover, summary, maps, one section per camera, assumptions, evidence, sign-off).");
        var inputs = new PlanInputOptions().AddTo(command);
        var output = new Option<string>("--out") { Description = "The PDF to write (written atomically).", Required = true };
        var lang = new Option<string>("--lang") { Description = "Language of the document: da (default) or en.", DefaultValueFactory = _ => "da" };
        var rules = new Option<string?>("--rules") { Description = "Rule pack JSON (default: the bundled data/rules/dk.json)." };
        var cell = new Option<double>("--cell") { Description = "Hotspot grid cell in metres (default 25).", DefaultValueFactory = _ => 25 };
        var bandwidth = new Option<double>("--bandwidth") { Description = "Hotspot kernel radius and Gi* band in metres (default 100).", DefaultValueFactory = _ => 100 };
        command.Options.Add(output);
        command.Options.Add(lang);
        command.Options.Add(rules);
        command.Options.Add(cell);
        command.Options.Add(bandwidth);
        command.SetAction(parse => CliRunner.Run("report", () =>
        {
            var langText = parse.GetValue(lang);
            if (!ReportLanguages.TryParse(langText, out var language))
            {
                throw new InputException("--lang", null, null, $"expected da or en, got \"{langText}\"");
            }

            var outPath = parse.GetValue(output)!;
            var watch = Stopwatch.StartNew();
            var pack = RulePackLoader.Load(parse.GetValue(rules) ?? RulePackLocator.Find());
            if (!pack.Languages.Contains(language.Code()))
            {
                throw new InputException(pack.SourceFile, null, "languages", $"the rule pack has no {language.Code()} texts (it has {string.Join(", ", pack.Languages)})");
            }

            var hotspot = HotspotsVerb.ParseOptions(parse.GetValue(cell), parse.GetValue(bandwidth), null, null);
            var options = new ReportOptions { Pack = pack, CellM = hotspot.CellSize, BandwidthM = hotspot.Bandwidth };
            var plan = inputs.Load(parse, "report");
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
