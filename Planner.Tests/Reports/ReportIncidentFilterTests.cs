using Planner.Geo.Incidents;
using Planner.Geo.Stores;
using Planner.Reports.Content;
using Planner.Tests.Support;

namespace Planner.Tests.Reports;

/// <summary>
/// Issue 9 / DESIGN.md: <c>planner report … [incident filters as hotspots]</c>. The analysis sections use the filtered
/// incidents and say so; the cover and the layer hashes keep describing the whole plan.
/// </summary>
[Collection("console")]
public sealed class ReportIncidentFilterTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("planner-report-filter-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Assemble_OffenceFilter_SectionsUseTheMatchingIncidentsOnly()
    {
        var plan = ReportFixture.Plan(4, 240);
        var filter = IncidentFilter.Parse(null, null, "tyveri", null, null);
        var expected = plan.Incidents.Where(i => i.Offence == "tyveri").Select(i => i.Id).ToList();

        var input = ReportAssembler.Assemble(plan, ReportLanguage.English, new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero), null, new ReportOptions { Incidents = filter });

        Assert.Equal(60, expected.Count);
        Assert.Equal(expected, input.Incidents.Select(i => i.Id));
        Assert.Equal(expected.Count, input.Hotspots!.IncidentsUsed);
        Assert.Equal("offence in {tyveri}", input.Hotspots.Filter);
        Assert.Equal(240, input.Plan.Incidents.Count);
    }

    [Fact]
    public void Assemble_NoFilter_UsesEveryIncidentAndStatesNoFilter()
    {
        var plan = ReportFixture.Plan(4, 240);

        var input = ReportAssembler.Assemble(plan, ReportLanguage.English, new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Null(input.FilteredIncidents);
        Assert.Equal(240, input.Incidents.Count);
        Assert.Equal("", input.Hotspots!.Filter);
    }

    [Fact]
    public void Report_OffenceFilter_PdfStatesTheSelectionAndItsCount()
    {
        var gpkg = PlanFile(ReportFixture.Plan(4, 240));
        var pdf = Path.Combine(_dir.FullName, "proposal.pdf");

        var (code, _, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf, "--lang", "en", "--offence", "tyveri");

        Assert.True(code == 0, stderr);
        var text = PdfText.Read(File.ReadAllBytes(pdf));
        Assert.True(text.Contains("60 of the plan's 240 incidents, selected by the filter offence in {tyveri}"), "summary states the selection");
        Assert.True(text.Contains("60 incidents are used (offence in {tyveri})"), "method text states the filter");
    }

    [Fact]
    public void Report_FilterLeavesNoIncident_ExitsTwoWithOneLineAndWritesNothing()
    {
        var gpkg = PlanFile(ReportFixture.Plan(2, 40));
        var pdf = Path.Combine(_dir.FullName, "proposal.pdf");

        var (code, _, stderr) = CliHarness.Run("report", "--plan", gpkg, "--out", pdf, "--offence", "brandstiftelse");

        Assert.Equal(2, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains("no incidents left after filtering", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(pdf));
    }

    private string PlanFile(Planner.Geo.Model.Plan plan)
    {
        var gpkg = Path.Combine(_dir.FullName, "plan.gpkg");
        GeoPackagePlanStore.Write(gpkg, plan);
        return gpkg;
    }
}
