using Planner.Tests.Support;

namespace Planner.Tests.Cli;

/// <summary>Issue #2: optional column mapping flags for incident CSVs with other column names.</summary>
[Collection("console")]
public sealed class IncidentColumnsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("planner-cols-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Hotspots_IncidentColumnsMapped_ReadsDanishHeader()
    {
        var csv = Path.Combine(_dir, "haendelser.csv");
        File.WriteAllText(csv,
            "nr,laengde,bredde,tidspunkt,type\n" +
            "a,12.5700,55.6800,2024-05-17T23:10:00,vold\n" +
            "b,12.5702,55.6801,2024-05-18T01:10:00,vold\n" +
            "c,12.5710,55.6805,2024-05-18T02:00:00,tyveri\n");
        var out1 = Path.Combine(_dir, "h.csv");
        var (code, stdout, stderr) = CliHarness.Run("hotspots", "--incidents", csv, "--cell", "50", "--bandwidth", "100",
            "--incident-columns", "id=nr,lon=laengde,lat=bredde,occurred_at=tidspunkt,offence=type", "--offence", "vold", "--out", out1);
        Assert.True(code == 0, stderr);
        Assert.Contains("incidents: 2 used of 3", stdout);
        Assert.True(File.Exists(out1));
    }

    [Theory]
    [InlineData("no equals sign", "occurred_at", "expected contract=yours pairs")]
    [InlineData("unknown contract column", "when=tidspunkt", "\"when\" is not an incident column")]
    public void Hotspots_BadIncidentColumns_ExitsTwoNamingTheFlag(string name, string mapping, string expected)
    {
        _ = name;
        var csv = Path.Combine(_dir, "i.csv");
        File.WriteAllText(csv, "id,lon,lat,occurred_at,offence\na,12.57,55.68,2024-05-17T23:10:00,vold\n");
        var output = Path.Combine(_dir, "h.csv");
        var (code, _, stderr) = CliHarness.Run("hotspots", "--incidents", csv, "--cell", "50", "--bandwidth", "100",
            "--incident-columns", mapping, "--out", output);
        Assert.Equal(2, code);
        Assert.Contains("--incident-columns", stderr);
        Assert.Contains(expected, stderr);
        Assert.False(File.Exists(output));
    }
}
