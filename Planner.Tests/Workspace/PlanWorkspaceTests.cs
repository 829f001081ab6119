using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

public sealed class PlanWorkspaceTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();
    private static readonly RulePack Pack = RulePackLoader.Load(RulePackLocator.Find());
    private static readonly RuleEngineOptions Rules = new() { Today = new DateOnly(2025, 6, 1), Language = "en" };

    private static WorkspaceOptions Options => new() { Pack = Pack, Rules = Rules };

    [Fact]
    public void Apply_MoveCamera_EqualsBatchComputationOfEditedPlan()
    {
        using var workspace = PlanWorkspace.Open(Sample, Options);
        var camera = Sample.Cameras[3];
        var moved = camera with { X = camera.X + 7.5, Y = camera.Y - 4 };

        var change = workspace.Apply(PlanEdit.Replace(moved));

        var edited = Sample with { Cameras = [.. Sample.Cameras.Select(c => c.Id == camera.Id ? moved : c)] };
        var views = CoverageEngine.ComputeViews(edited.Cameras, edited.Buildings);
        var findings = RuleEngine.Evaluate(Pack, edited.Cameras, views, edited.Zones, Rules with { Buildings = edited.Buildings });
        var coverage = PlanCoverage.Compute(views, edited.Zones);
        Assert.Equal([camera.Id], change.Views.Keys);
        Assert.Equal(views.Single(v => v.CameraId == camera.Id).Visible.Area, change.Views[camera.Id]!.Visible.Area, 6);
        Assert.Equal(findings.Select(f => (f.CameraId, f.RuleId, f.Outcome, f.Message)), workspace.Current.Findings.Select(f => (f.CameraId, f.RuleId, f.Outcome, f.Message)));
        foreach (var level in DoriLevels.All)
        {
            Assert.Equal(coverage.AreaM2(level), change.Figures.UnionAreaM2[level], 1e-6 * Math.Max(1, coverage.AreaM2(level)));
        }
    }

    [Fact]
    public async Task Undo_AfterDeleteAndAdd_ReturnsExactPreviousSnapshots()
    {
        using var workspace = PlanWorkspace.Open(Sample, Options);
        var start = workspace.Current;
        var victim = Sample.Cameras[0];

        workspace.Apply(PlanEdit.Delete(victim.Id));
        var afterDelete = workspace.Current;
        workspace.Apply(PlanEdit.Add(victim with { }));

        await workspace.UndoAsync();
        Assert.Same(afterDelete, workspace.Current);
        await workspace.UndoAsync();
        Assert.Same(start, workspace.Current);
        Assert.False(workspace.CanUndo);
        await workspace.RedoAsync();
        Assert.Same(afterDelete.Plan, workspace.Current.Plan);
    }

    [Fact]
    public void Apply_UnknownCameraId_ThrowsAndLeavesStateUnchanged()
    {
        using var workspace = PlanWorkspace.Open(Sample, Options);
        var start = workspace.Current;

        var ex = Assert.Throws<Planner.Geo.DomainRuleException>(() => workspace.Apply(PlanEdit.Delete("no-such-camera")));

        Assert.Contains("no-such-camera", ex.Message, StringComparison.Ordinal);
        Assert.Same(start, workspace.Current);
    }
}
