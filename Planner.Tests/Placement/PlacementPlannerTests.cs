using Planner.Geo;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Placement;
using Planner.Geo.Rules;
using Planner.Geo.Workspace;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Placement;

/// <summary>
/// Issue #15 on an open field: a street (public area) y ∈ [0, 10]; cameras at (0, −2), 4 m up, heading north, see the
/// street from 4.1 m (near limit) to 50 m; at detect (25 px/m) a 1920 px 90° lens reaches 38 m. Incidents at
/// (0, 5), (1, 7), (−1, 8) lie in every such view.
/// </summary>
public sealed class PlacementPlannerTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-100, 0, 100, 10));
    private static readonly DemandPoint[] Incidents = [DemandPoint.Create(0, 5), DemandPoint.Create(1, 7), DemandPoint.Create(-1, 8)];
    private static readonly PlacementRequest Detect = new() { Level = DoriLevel.Detect, K = 1 };

    private static Camera Candidate(string id, OperatorType op, double heading = 0) =>
        new(id, 0, -2, CameraOptics.Create(heading)) { Operator = op, Recording = true, RetentionDays = 30, Purpose = "test" };

    private static PlanWorkspace Open(IReadOnlyList<Zone> zones, IReadOnlyList<Camera>? existing = null, bool rules = true) =>
        PlanWorkspace.Open(new Plan(25832, new PlanMetadata { Name = "field" }) { Zones = zones, Cameras = existing ?? [] },
            rules ? new WorkspaceOptions { Pack = Dk, Rules = new RuleEngineOptions { Today = Today } } : new WorkspaceOptions());

    [Fact]
    public void Run_PrivateCandidateOnStreet_DroppedByDk01AndLawfulOneChosen()
    {
        using var workspace = Open([Street]);
        Camera[] candidates = [Candidate("private-1", OperatorType.Private), Candidate("police-1", OperatorType.Police)];

        var report = PlacementPlanner.Run(workspace, candidates, Incidents, Detect);

        Assert.Equal("police-1", Assert.Single(report.Placed).Camera.Id);
        Assert.False(report.Screen[0].Kept);
        Assert.Contains("DK-01", report.Screen[0].FailedRules);
        Assert.Equal(1, report.Dropped);
        Assert.Contains(new KeyValuePair<string, int>("DK-01", 1), report.DroppedByRule);
        Assert.Null(report.RulesNotAssessed);
        Assert.Equal(3, report.Solution.Value);
    }

    [Fact]
    public void Run_WithoutRulePack_KeepsEveryCandidateAndSaysRulesNotAssessed()
    {
        using var workspace = Open([Street], rules: false);
        Camera[] candidates = [Candidate("private-1", OperatorType.Private), Candidate("police-1", OperatorType.Police)];

        var report = PlacementPlanner.Run(workspace, candidates, Incidents, Detect);

        // Equal gains: the lower index wins, which the rules would have excluded.
        Assert.Equal("private-1", Assert.Single(report.Placed).Camera.Id);
        Assert.Equal(0, report.Dropped);
        Assert.NotNull(report.RulesNotAssessed);
    }

    [Fact]
    public void Run_ViewOnSomeoneElsesDwelling_KeptWithMaskAndMaskedIncidentNotCounted()
    {
        var dwelling = Zone("home", ZoneKind.Dwelling, Rect(0.5, 6, 2, 8));
        using var workspace = Open([Street, dwelling]);

        var report = PlacementPlanner.Run(workspace, [Candidate("police-1", OperatorType.Police)], Incidents, Detect);

        var status = Assert.Single(report.Screen);
        Assert.True(status.Kept);
        Assert.Equal(1.5 * 2, status.MaskAreaM2, 6);
        var placed = Assert.Single(report.Placed);
        Assert.Equal(3, placed.MaskAreaM2, 6);
        Assert.Equal(2, report.Solution.Value); // (1, 7) lies under the mask
    }

    [Fact]
    public void Run_ExistingCameraSeesTheIncidents_StaysPutAndNoCandidateIsAdded()
    {
        var existing = Candidate("old-1", OperatorType.Police) with { Purpose = "existing" };
        using var workspace = Open([Street], [existing]);
        var before = workspace.Current;

        var report = PlacementPlanner.Run(workspace, [Candidate("police-1", OperatorType.Police), Candidate("police-2", OperatorType.Police, 180)], Incidents, Detect);

        Assert.Empty(report.Placed);
        Assert.Equal(3, report.FixedWeight);
        Assert.Same(before, workspace.Current);
        Assert.Equal(existing, Assert.Single(workspace.Plan.Cameras));
        Assert.Equal(1, report.CoveredShare, 12);
    }

    [Fact]
    public void Run_ExistingCameraSeesSome_CandidatesGainOnlyTheRest()
    {
        // The existing camera, 16 m north, looks south through a narrow 20° lens: it sees (0, 5) only ((1, 7) is inside
        // its near limit of 10.6 m, as is (−1, 8)).
        var existing = new Camera("old-1", 0, 16, CameraOptics.Create(180, hfovDeg: 20)) { Operator = OperatorType.Police };
        using var workspace = Open([Street], [existing]);

        var report = PlacementPlanner.Run(workspace, [Candidate("police-1", OperatorType.Police)], Incidents, Detect);

        var fixedSeen = Incidents.Count(d => workspace.Current.Views["old-1"][DoriLevel.Detect].Covers(Street.Area.Factory.CreatePoint(new NetTopologySuite.Geometries.Coordinate(d.X, d.Y))));
        Assert.Equal(1, fixedSeen);
        Assert.Equal(fixedSeen, report.FixedWeight);
        Assert.Equal(3 - fixedSeen, report.Solution.Value);
        Assert.DoesNotContain(report.Placed, p => p.Camera.Id == "old-1");
    }

    [Fact]
    public void Run_CandidateIdOfExistingCamera_ThrowsNamingTheId()
    {
        using var workspace = Open([Street], [Candidate("old-1", OperatorType.Police)]);

        var ex = Assert.Throws<DomainRuleException>(() => PlacementPlanner.Run(workspace, [Candidate("old-1", OperatorType.Police)], Incidents, Detect));

        Assert.Contains("old-1", ex.Message, StringComparison.Ordinal);
    }
}
