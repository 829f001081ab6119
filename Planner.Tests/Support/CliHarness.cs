namespace Planner.Tests.Support;

/// <summary>
/// Runs the <c>planner</c> command line in-process and captures its output. Console is process-global, so every
/// test that uses it is in the "console" collection (never in parallel with another).
/// </summary>
public static class CliHarness
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        lock (Gate)
        {
            var oldOut = Console.Out;
            var oldErr = Console.Error;
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = Planner.Desktop.Program.Run(args);
                return (code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }
}

[CollectionDefinition("console", DisableParallelization = true)]
public sealed class ConsoleCollection;
