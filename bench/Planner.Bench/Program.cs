using BenchmarkDotNet.Running;

namespace Planner.Bench;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*'</c>; or writes the
/// whole-process inputs: <c>-- write-city DIR</c> (see <see cref="Workspace.CityFiles"/>); <c>-- workspace-table</c>
/// prints the workspace edit tables; <c>-- phases BUILDINGS CAMERAS</c> times a coverage run's phases
/// (<c>PLANNER_BENCH_SKIP_GLOBAL=1</c> skips the global reference; bench/README.md has the issue 9 table);
/// <c>-- analyst-phases PLAN.gpkg</c> times the analyst panel's recompute (see <see cref="Hotspots.AnalystPhases"/>);
/// <c>-- gpkg-write PLANNER_EXE [SHARED_DATA]</c> compares writing 101,655 buildings with ogr2ogr;
/// <c>-- incident-phases [ROWS]</c> times the steps of reading incidents for <c>hotspots</c>.
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

        if (args.Length > 0 && args[0] == "incident-phases")
        {
            Incidents.IncidentPhases.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
            return;
        }

        if (args is ["phases", var buildings, var cameras])
        {
            Workspace.ProcessPhases.Run(buildings, cameras);
            return;
        }

        if (args is ["analyst-phases", var planFile])
        {
            Hotspots.AnalystPhases.Run(planFile);
            return;
        }

        if (args is ["gpkg-write", var planner, ..])
        {
            Stores.GeoPackageWriteHarness.Run(planner, args.Length > 2 ? args[2] : Path.Combine("..", "shared", "data"));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
