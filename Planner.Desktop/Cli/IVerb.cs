using System.CommandLine;

namespace Planner.Desktop.Cli;

/// <summary>One verb of the <c>planner</c> command line. Implementations are found by reflection, so adding a verb is adding one class.</summary>
internal interface IVerb
{
    /// <summary>Builds the verb's command with its options and action.</summary>
    Command Build();
}
