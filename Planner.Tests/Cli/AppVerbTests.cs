using Planner.Geo.Sample;
using Planner.Tests.Support;

namespace Planner.Tests.Cli;

[Collection("console")]
public sealed class AppVerbTests
{
    [Fact]
    public void Run_NoVerb_PrintsSampleSummaryLabelledSynthetic()
    {
        var sample = SampleMunicipality.Build();
        var (code, stdout, stderr) = CliHarness.Run();

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("SYNTHETIC DATA", stdout, StringComparison.Ordinal);
        Assert.Contains("Lindsted", stdout, StringComparison.Ordinal);
        Assert.Contains("EPSG:25832", stdout, StringComparison.Ordinal);
        Assert.Matches($@"Cameras:\s+{sample.Cameras.Count}\s+\(business 8, municipality 6, police 4, housing 3, authority 2, private 2\)", stdout);
        Assert.Matches($@"Buildings:\s+{sample.Buildings.Count}\s+heights 3–25 m", stdout);
        Assert.Matches($@"Zones:\s+{sample.Zones.Count}\s+\(dwelling ", stdout);
        Assert.Matches($@"Incidents:\s+{sample.Incidents.Count}\s+2022-01-01 – 2024-12-31", stdout);
    }
}
