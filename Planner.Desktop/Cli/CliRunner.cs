using Planner.Geo;

namespace Planner.Desktop.Cli;

/// <summary>
/// Runs a verb body with the contract's exit codes: 0 success, 2 bad usage or bad input (one clear line, no
/// stack trace), 1 internal error.
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
            Console.Error.WriteLine($"planner {verb}: {ex.Message}");
            return BadInput;
        }
        catch (DomainRuleException ex)
        {
            Console.Error.WriteLine($"planner {verb}: {ex.Message}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine($"planner {verb}: cancelled");
            return InternalError;
        }
#pragma warning disable CA1031 // the command line must never show a stack trace for anything
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"planner {verb}: internal error: {ex.GetType().Name}: {ex.Message}");
            if (Environment.GetEnvironmentVariable("PLANNER_DEBUG") == "1")
            {
                Console.Error.WriteLine(ex);
            }

            return InternalError;
        }
    }
}
