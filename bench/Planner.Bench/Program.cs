using BenchmarkDotNet.Running;

namespace Planner.Bench;

/// <summary>Runs the benchmarks: <c>dotnet run -c Release --project bench/Planner.Bench -- --filter '*'</c>.</summary>
internal static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "report-peak")
        {
            Reports.ReportPeak.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
