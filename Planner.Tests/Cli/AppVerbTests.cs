using Planner.Desktop.Cli;
using Planner.Geo.Sample;

namespace Planner.Tests.Cli;

public sealed class AppVerbTests
{
    [Fact]
    public void Summary_Sample_CountsLayersAndLabelsSynthetic()
    {
        var sample = SampleMunicipality.Build();
        var text = AppVerb.Summary(sample);

        Assert.Contains("SYNTHETIC DATA", text, StringComparison.Ordinal);
        Assert.Contains("Lindsted", text, StringComparison.Ordinal);
        Assert.Contains("EPSG:25832", text, StringComparison.Ordinal);
        Assert.Matches($@"Cameras:\s+{sample.Cameras.Count}\s+\(business 8, municipality 6, police 4, housing 3, authority 2, private 2\)", text);
        Assert.Matches($@"Buildings:\s+{sample.Buildings.Count}\s+heights 3–25 m", text);
        Assert.Matches($@"Zones:\s+{sample.Zones.Count}\s+\(dwelling ", text);
        Assert.Matches($@"Incidents:\s+{sample.Incidents.Count}\s+2022-01-01 – 2024-12-31", text);
    }
}
