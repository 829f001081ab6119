using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Hotspots;
using Planner.Geo.Incidents;
using Planner.Geo.Model;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>
/// Issue 9 item 8: the workspace's one hotspot pipeline (<see cref="PlanHotspots"/>) — filter, incidents used, grid — gives
/// exactly what <see cref="HotspotAnalysis.Run(IReadOnlyList{Incident}, HotspotOptions)"/> gives on the incidents a
/// hand-written predicate keeps, and <see cref="PlanHotspots.CrimeWeighted"/> exactly the crime-weighted coverage of
/// the workspace's views.
/// </summary>
public sealed class PlanHotspotsTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();

    /// <summary>violence on Friday and Saturday nights 22:00–05:00, written out without <see cref="IncidentFilter"/>.</summary>
    private static bool ViolentWeekendNight(Incident i) =>
        i.Offence.Trim().Equals("violence", StringComparison.OrdinalIgnoreCase)
        && i.OccurredAt.DateTime.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday
        && i.OccurredAt.DateTime.Hour is >= 22 or < 5;

    public static TheoryData<string, IncidentFilter, Func<Incident, bool>, HotspotOptions> Cases => new()
    {
        { "all, quartic 25/100", IncidentFilter.All, _ => true, new HotspotOptions(25, 100) },
        { "violent weekend nights, band 60", IncidentFilter.Parse(null, null, "violence", "22-05", "fri,sat"), ViolentWeekendNight, new HotspotOptions(25, 100, 60) },
        { "2023, gaussian 30/120", IncidentFilter.Parse("2023-01-01", "2023-12-31", null, null, null), i => i.OccurredAt.Year == 2023, new HotspotOptions(30, 120) { Kernel = KdeKernel.Gaussian } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_SamplePlan_EqualsHotspotAnalysisOnHandFilteredIncidents(string name, IncidentFilter filter, Func<Incident, bool> keep, HotspotOptions options)
    {
        _ = name;
        var expectedUsed = Sample.Incidents.Where(keep).ToList();
        Assert.NotEmpty(expectedUsed);

        var run = PlanHotspots.Run(Sample, filter, options);

        Assert.Equal(expectedUsed, run.Incidents.Used);
        Assert.Equal(Sample.Incidents.Count, run.Incidents.Read);
        Assert.Null(run.NotAssessed);
        var want = HotspotAnalysis.Run(expectedUsed, options);
        var got = run.Grid!;
        Assert.Equal(want.Grid, got.Grid);
        Assert.Equal(want.Counts, got.Counts);
        Assert.Equal(want.Density, got.Density);
        Assert.Equal(want.Z, got.Z);
        Assert.Equal(want.P, got.P);
        Assert.Equal(want.Classes, got.Classes);
        Assert.Equal(want.HotCells().Select(c => (c.X, c.Y)), run.HotCellCentres());
    }

    [Fact]
    public void Run_NoIncidentMatches_NoGridAndNotAssessedSaysWhy()
    {
        var run = PlanHotspots.Run(Sample, IncidentFilter.Parse(null, null, "arson", null, null), new HotspotOptions(25, 100));

        Assert.Null(run.Grid);
        Assert.Empty(run.Incidents.Used);
        Assert.Equal(Sample.Incidents.Count, run.Incidents.Read);
        Assert.Equal("no incident matches the filter: hot and cold cells not assessed", run.NotAssessed);
        Assert.Empty(run.HotCellCentres());
    }

    [Fact]
    public void Run_PlanWithoutIncidents_NotAssessedSaysThePlanHasNone()
    {
        var run = PlanHotspots.Run(Sample with { Incidents = [] }, IncidentFilter.All, new HotspotOptions(25, 100));

        Assert.Null(run.Grid);
        Assert.Equal(0, run.Incidents.Read);
        Assert.Equal("the plan has no incidents: hot and cold cells not assessed", run.NotAssessed);
    }

    [Fact]
    public void Select_ReadCountGiven_KeptAsTheCountBeforeFiltering()
    {
        // A loader that filtered while reading hands over only matching incidents and the number it read.
        var violent = Sample with { Incidents = [.. Sample.Incidents.Where(ViolentWeekendNight)] };

        var selection = PlanHotspots.Select(violent, IncidentFilter.Parse(null, null, "violence", "22-05", "fri,sat"), Sample.Incidents.Count);

        Assert.Equal(Sample.Incidents.Count, selection.Read);
        Assert.Equal(violent.Incidents, selection.Used);
    }

    [Fact]
    public void Select_ReadBelowTheIncidentsHeld_ThrowsNamingTheField()
    {
        var ex = Assert.Throws<DomainRuleException>(() => PlanHotspots.Select(Sample, IncidentFilter.All, Sample.Incidents.Count - 1));

        Assert.Equal("incidents_read", ex.Field);
    }

    [Fact]
    public void CrimeWeighted_SampleWorkspace_EqualsCrimeWeightedCoverageOfItsViews()
    {
        var run = PlanHotspots.Run(Sample, IncidentFilter.Parse(null, null, null, "20-04", null), new HotspotOptions(50, 200));
        using var workspace = PlanWorkspace.Open(Sample);
        var views = CoverageEngine.ComputeViews(Sample.Cameras, Sample.Buildings);
        var hot = run.Grid!.HotCells().Select(c => (c.X, c.Y)).ToList();

        var got = PlanHotspots.CrimeWeighted(workspace.Current, run);

        var want = CrimeWeightedCoverage.Compute(views, [.. Sample.Incidents.Where(i => i.OccurredAt.DateTime.Hour is >= 20 or < 4)], hot, Sample.Zones);
        Assert.Equal((want.Incidents, want.HotCells), (got.Incidents, got.HotCells));
        Assert.Equal(want.Total.Select(l => (l.Level, l.Incidents, l.HotCells)), got.Total.Select(l => (l.Level, l.Incidents, l.HotCells)));
        Assert.Equal(want.HourOfWeek, got.HourOfWeek);
        Assert.True(got.Total[0].Incidents > 0);
    }
}
