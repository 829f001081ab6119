using System.CommandLine;
using Planner.Geo.Coverage;
using Planner.Geo.Workspace;
using Planner.Geo.Rules;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner check (--plan P | --cameras F --zones F [--buildings F]) [--crs EPSG:n] [--rules F] [--lang da|en]
/// [--today DATE] --out F.json</c>: every camera's real (occluded) view checked against a rule pack; JSON findings and
/// a summary table on standard output. Exit 0 even when findings fail: the exit code is for usage and input errors.
/// </summary>
internal sealed class CheckVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("check", "Check cameras against a rule pack (default: Danish rules) and write findings as JSON.");
        var inputs = new PlanInputOptions().AddTo(command, "cameras", "zones", "buildings");
        var rules = new RuleVerbOptions().AddTo(command);
        var output = new OutputOption("Findings JSON to write.").AddTo(command);
        command.SetAction(parse => CliRunner.Run("check", () =>
        {
            var pack = rules.LoadPack(parse);
            var language = rules.Language(parse, pack);
            var today = rules.TodayDate(parse);
            var plan = inputs.Load(parse, "check");
            using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions { Pack = pack, Rules = new RuleEngineOptions { Today = today, Language = language } });
            var findings = workspace.Current.Findings;
            if (EmptyViews.Warning(workspace.Current.ViewsInPlanOrder) is { } blind)
            {
                Console.Error.WriteLine($"planner check: warning: {blind}");
            }

            var report = new CheckReport(pack, language, today, plan.Epsg, plan.Cameras.Count, findings)
            {
                UncheckedCameraIds = [.. plan.Cameras.Where(c => c.Operator is null).Select(c => c.Id).Order(StringComparer.Ordinal)],
            };
            var outPath = output.Path(parse);
            CheckReportWriter.Write(outPath, report);
            PrintSummary(report, outPath);
            return CliRunner.Ok;
        }));
        return command;
    }

    private static void PrintSummary(CheckReport report, string outPath)
    {
        var pack = report.Pack;
        Console.WriteLine($"Rule pack {pack.PackId} {pack.Version} (sha256 {pack.Sha256[..12]}…), {report.CameraCount} camera(s), language {report.Language}, today {report.Today:yyyy-MM-dd}, EPSG:{report.Epsg}");
        if (report.Findings.Count > 0)
        {
            Console.WriteLine($"{"camera",-14} {"rule",-9} {"severity",-8} {"assumed",-7} message");
            foreach (var f in report.Findings)
            {
                Console.WriteLine($"{RuleVerbOptions.Cell(f.CameraId ?? "(plan)", 14),-14} {f.RuleId,-9} {f.Severity.ToContractName(),-8} {(f.Assumption ? "yes" : ""),-7} {RuleVerbOptions.Cell(f.Message, 100)}");
            }
        }

        if (report.UncheckedCameraIds.Count > 0)
        {
            // A count and the first few: a plan of OSM cameras has thousands without an operator type (all are in the JSON).
            Console.WriteLine($"Not checked (no operator type, so no rule applies): {report.UncheckedCameraIds.Count} camera(s): {EmptyViews.Few(report.UncheckedCameraIds, 5)}");
        }

        var assumed = report.Findings.Count(f => f.Assumption);
        Console.WriteLine($"{report.Count(Severity.Fail)} fail, {report.Count(Severity.Warn)} warn, {report.Count(Severity.Info)} info ({assumed} rest on assumptions); findings written to {outPath}");
    }
}
