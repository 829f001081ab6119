using System.CommandLine;
using Planner.Desktop.App;

namespace Planner.Desktop.Cli;

/// <summary><c>planner open PLAN.gpkg [--port N] [--no-browser]</c>: the app on a GeoPackage plan.</summary>
internal sealed class OpenVerb : IVerb
{
    public Command Build()
    {
        var command = new Command("open", "Open a plan file (GeoPackage) in the app.");
        var plan = new Argument<string>("PLAN") { Description = "The plan file (.gpkg)" };
        var port = AppOptions.Port();
        var noBrowser = AppOptions.NoBrowser();
        command.Arguments.Add(plan);
        command.Options.Add(port);
        command.Options.Add(noBrowser);
        command.SetAction(parse => CliRunner.Run("open", () =>
            AppRunner.Run(new AppLaunch(parse.GetValue(plan), parse.GetValue(port), !parse.GetValue(noBrowser)))));
        return command;
    }
}
