using System.CommandLine;
using System.Reflection;
using Planner.Desktop.Cli;

namespace Planner.Desktop;

internal static class Program
{
    public static int Main(string[] args) => Run(args);

    /// <summary>Entry point used by tests too: parses, runs and returns the exit code.</summary>
    public static int Run(string[] args)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            var verb = parsed.CommandResult.Command.Name;
            Console.Error.WriteLine($"planner {verb}: {parsed.Errors[0].Message} (see 'planner {verb} --help')".Replace("planner planner", "planner", StringComparison.Ordinal));
            return CliRunner.BadInput;
        }

        return parsed.Invoke();
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
