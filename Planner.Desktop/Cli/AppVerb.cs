using System.CommandLine;

namespace Planner.Desktop.Cli;

/// <summary>
/// <c>planner [--no-browser]</c> without a verb: the app on the bundled sample. Until the UI lands it prints a
/// summary of the sample plan.
/// </summary>
internal sealed class AppVerb : IVerb
{
    public const string RootName = "(app)";

    public Command Build()
    {
        var command = new Command(RootName, "Start the app on the bundled sample.");
        command.SetAction(_ => CliRunner.Run("app", () =>
        {
            Console.WriteLine("CctvPlanner: the app is not built yet; see README.md for the verbs.");
            return CliRunner.Ok;
        }));
        return command;
    }
}
