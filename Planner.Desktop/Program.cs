using System.CommandLine;
using System.Reflection;
using Planner.Desktop.Cli;

namespace Planner.Desktop;

internal static class Program
{
    public static int Main(string[] args)
    {
        using var signals = SignalCleanup.Register();
        return Run(args);
    }

    /// <summary>Entry point used by tests too: parses, runs and returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        var verb = parsed.CommandResult.Command.Name;

        // Everything a verb prints goes through TerminalText: input files must not be able to drive the terminal. The
        // app (no verb) keeps the plain console: its host's logger writes its own colour sequences.
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        if (parsed.CommandResult.Command != root)
        {
            Console.SetOut(new SafeConsoleWriter(oldOut, oneLinePerMessage: false));
            Console.SetError(new SafeConsoleWriter(oldErr, oneLinePerMessage: true));
        }

        try
        {
            if (parsed.Errors.Count > 0)
            {
                CliRunner.Error(verb, $"{parsed.Errors[0].Message} (see 'planner {verb} --help')");
                return CliRunner.BadInput;
            }

            if (parsed.Action is not System.CommandLine.Help.HelpAction
                && CliRunner.Run(verb, () => { OutputPaths.Check(parsed); return CliRunner.Ok; }) is var checkedOut and not CliRunner.Ok)
            {
                return checkedOut;
            }

            return parsed.Invoke();
        }
        finally
        {
            Console.Out.Flush();
            Console.Error.Flush();
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand("CctvPlanner: plan CCTV in public space — coverage, hotspots, Danish rules, PDF proposals.");
        var verbs = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IVerb).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .Select(t => (IVerb)Activator.CreateInstance(t, nonPublic: true)!)
            .Select(v => v.Build())
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var command in verbs)
        {
            if (command.Name == AppVerb.RootName)
            {
                foreach (var option in command.Options)
                {
                    root.Options.Add(option);
                }

                foreach (var argument in command.Arguments)
                {
                    root.Arguments.Add(argument);
                }

                if (command.Action is { } action)
                {
                    root.Action = action;
                }

                continue;
            }

            root.Subcommands.Add(command);
        }

        return root;
    }
}
