using Planner.Reports.Content;
using Planner.Reports.Layout;

namespace Planner.Tests.Reports;

public sealed class ProposalSmokeTests
{
    [Fact]
    public void Write_SyntheticPlan_WritesPdf()
    {
        using var fonts = FontSet.LoadBundled();
        var input = new ReportInput(ReportFixture.Plan(), ReportLanguage.Danish, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var path = Path.Combine(Path.GetTempPath(), "planner-smoke-da.pdf");
        using (var s = File.Create(path))
        {
            var pages = ProposalRenderer.Write(input, s, fonts);
            Assert.True(pages > 3);
        }
    }
}
