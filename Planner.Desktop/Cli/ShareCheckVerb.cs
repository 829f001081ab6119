using System.CommandLine;
using Planner.Geo.Sharing;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner share-check --request F.json [--rules F] [--lang da|en] --out F.json</c>: may a business share images of
/// a suspect with other businesses (tv-overvågningsloven § 4 c stk. 2–3)? Lists each condition met or not. Exit 0
/// whatever the verdict.
/// </summary>
internal sealed class ShareCheckVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("share-check", "Check a request to share images of a suspect between businesses (§ 4 c stk. 2-3).");
        var request = new Option<string>("--request") { Description = "The request JSON: offence, property_crime, amount_dkk, occurred_at, reported_at, repeat_offending_expected, repeat_reasons, closed_system, datatilsynet_permission, permission_reference.", Required = true };
        command.Options.Add(request);
        var rules = new RuleVerbOptions().AddTo(command, today: false);
        var output = new OutputOption("Decision JSON to write.").AddTo(command);
        command.SetAction(parse => CliRunner.Run("share-check", () =>
        {
            var pack = rules.LoadPack(parse);
            var language = rules.Language(parse, pack);
            var decision = ShareCheck.Decide(pack, ShareRequestReader.Read(parse.GetValue(request)!), language);
            var outPath = output.Path(parse);
            ShareDecisionWriter.Write(outPath, pack, decision);
            foreach (var c in decision.Conditions)
            {
                Console.WriteLine($"{(c.Met ? "met    " : "NOT met")}  {c.Key,-15} {c.Message}");
            }

            Console.WriteLine($"{decision.Message} ({decision.Citation}); written to {outPath}");
            return CliRunner.Ok;
        }));
        return command;
    }
}
