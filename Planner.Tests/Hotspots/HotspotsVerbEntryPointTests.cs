using System.Globalization;
using Planner.Geo.Formats;
using Planner.Geo.Hotspots;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Stores;
using Planner.Tests.Support;

namespace Planner.Tests.Hotspots;

/// <summary>
/// Issue 9 item 8: <c>hotspots</c> goes through the workspace's hotspot pipeline; its files and summary lines stay byte
/// for byte what <see cref="HotspotAnalysis"/> and <see cref="HotspotOutput"/> give on the same incidents, filtered here
/// by a hand-written predicate — from a plan (<c>--plan</c>) and from a CSV (<c>--incidents</c>, filtered while read).
/// </summary>
[Collection("console")]
public sealed class HotspotsVerbEntryPointTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hotspots-entry-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Hotspots_PlanFiltered_CsvAndSummaryEqualDirectAnalysis()
    {
        var planPath = Path.Combine(_dir, "plan.gpkg");
        GeoPackagePlanStore.Write(planPath, SampleMunicipality.Build());
        var output = Path.Combine(_dir, "h.csv");

        var (code, stdout, stderr) = CliHarness.Run("hotspots", "--plan", planPath, "--cell", "25", "--bandwidth", "100",
            "--offence", "violence", "--weekdays", "fri,sat", "--hours", "22-05", "--out", output);

        Assert.True(code == 0, stderr);
        var plan = GeoPackagePlanStore.Read(planPath).Plan;
        var used = plan.Incidents.Where(i => i.Offence == "violence"
            && i.OccurredAt.DateTime.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday
            && i.OccurredAt.DateTime.Hour is >= 22 or < 5).ToList();
        Assert.NotEmpty(used);
        var options = new HotspotOptions(25, 100);
        var want = HotspotAnalysis.Run(used, options);
        Assert.Equal(Csv(want), File.ReadAllBytes(output));
        AssertSummary(stdout, used.Count, plan.Incidents.Count, want, plan.Epsg, "quartic", output);
    }

    [Fact]
    public void Hotspots_IncidentsCsvFiltered_GeoJsonAndSummaryEqualDirectAnalysis()
    {
        var csv = TestPaths.RepoFile("data/sample/incidents.csv");
        var output = Path.Combine(_dir, "h.geojson");

        var (code, stdout, stderr) = CliHarness.Run("hotspots", "--incidents", csv, "--cell", "30", "--bandwidth", "120", "--band", "60",
            "--kernel", "gaussian", "--from", "2023-01-01", "--to", "2023-12-31", "--out", output);

        Assert.True(code == 0, stderr);
        var plan = PlanFileLoader.Load(new PlanFiles(Incidents: csv), new PlanLoadOptions()).Plan;
        var used = plan.Incidents.Where(i => i.OccurredAt.DateTime.Year == 2023).ToList();
        Assert.InRange(used.Count, 1, plan.Incidents.Count - 1);
        var want = HotspotAnalysis.Run(used, new HotspotOptions(30, 120, 60) { Kernel = KdeKernel.Gaussian });
        var expected = Path.Combine(_dir, "want.geojson");
        HotspotOutput.WriteGeoJson(expected, want, plan.Epsg);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(output));
        AssertSummary(stdout, used.Count, plan.Incidents.Count, want, plan.Epsg, "gaussian", output);
    }

    private static byte[] Csv(HotspotResult result)
    {
        using var stream = new MemoryStream();
        HotspotOutput.WriteCsv(stream, result);
        return stream.ToArray();
    }

    private static void AssertSummary(string stdout, int used, int read, HotspotResult want, int epsg, string kernel, string output)
    {
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        var g = want.Grid;
        var o = want.Options;
        Assert.Equal(4, lines.Count);
        Assert.StartsWith($"incidents: {used} used of {read} (filter: ", lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture,
            $"cells: {g.CellCount} ({g.Cols} x {g.Rows} of {g.CellSize} m, EPSG:{epsg}); bandwidth {o.Bandwidth} m, band {o.EffectiveBand} m, kernel {kernel}"), lines[1]);
        Assert.Equal("classes: " + string.Join(", ", want.ClassCounts().Select(kv => $"{kv.Key.ToContractName()} {kv.Value}")), lines[2]);
        Assert.Equal($"wrote {output}", lines[3]);
    }
}
