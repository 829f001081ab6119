using Planner.Geo;

namespace Planner.Desktop.Cli;

/// <summary>
/// Runs a verb body with the contract's exit codes: 0 success, 2 bad usage or bad input (one clear line, no
/// stack trace), 1 internal error. Every message goes through <see cref="Error"/> or <see cref="Warn"/>, which print one
/// line escaped and capped by <see cref="TerminalText.Line"/> whatever the input file put into it.
/// </summary>
internal static class CliRunner
{
    public const int Ok = 0;
    public const int InternalError = 1;
    public const int BadInput = 2;

    public static int Run(string verb, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException ex)
        {
            Error(verb, ex.Message);
            return BadInput;
        }
        catch (DomainRuleException ex)
        {
            Error(verb, ex.Message);
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            Error(verb, "cancelled");
            return InternalError;
        }
#pragma warning disable CA1031 // the command line must never show a stack trace for anything
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Error(verb, $"internal error: {ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("PLANNER_DEBUG") == "1")
            {
                Console.Error.Write(TerminalText.Block(ex.ToString()) + Environment.NewLine);
            }

            return InternalError;
        }
    }

    /// <summary>Prints <c>planner VERB: MESSAGE</c> on standard error as one escaped, capped line.</summary>
    public static void Error(string verb, string message) =>
        Console.Error.WriteLine(TerminalText.Line($"planner {verb}: {message}".Replace("planner planner", "planner", StringComparison.Ordinal)));

    /// <summary>Prints <c>planner VERB: warning: MESSAGE</c> on standard error as one escaped, capped line.</summary>
    public static void Warn(string verb, string message) => Error(verb, "warning: " + message);
}
