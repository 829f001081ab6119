using BenchmarkDotNet.Running;

namespace Planner.Bench;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*'</c>; or writes the
/// whole-process inputs: <c>-- write-city DIR</c> (see <see cref="Workspace.CityFiles"/>); <c>-- workspace-table</c>
/// prints the workspace edit tables; <c>-- phases BUILDINGS CAMERAS</c> times a coverage run's phases
/// (<c>PLANNER_BENCH_SKIP_GLOBAL=1</c> skips the global reference); bench/README.md has the issue 9 table.
/// </summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["write-city", var directory])
        {
            Workspace.CityFiles.Write(directory);
            return;
        }

        if (args.Length > 1 && args[0] == "report-peak")
        {
            Reports.ReportPeak.Run(args);
            return;
        }

        if (args is ["workspace-table"])
        {
            // The same harness as the WorkspaceTable benchmark, in this process (no BenchmarkDotNet boilerplate build).
            new Workspace.WorkspaceTable().Table();
            return;
        }

        if (args is ["phases", var buildings, var cameras])
        {
            Workspace.ProcessPhases.Run(buildings, cameras);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
