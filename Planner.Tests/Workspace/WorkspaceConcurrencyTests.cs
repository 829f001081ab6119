using System.Collections.Concurrent;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>Issue 9: cancelled edits leave the workspace consistent; readers never see half an edit.</summary>
public sealed class WorkspaceConcurrencyTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();
    private static readonly RulePack Pack = RulePackLoader.Load(RulePackLocator.Find());
    private static readonly RuleEngineOptions Rules = new() { Today = new DateOnly(2025, 6, 1), Language = "en" };
    private static readonly WorkspaceOptions Options = new() { Pack = Pack, Rules = Rules };

    [Fact]
    public async Task ApplyAsync_CancelledBeforeStart_ThrowsAndLeavesStateUnchanged()
    {
        using var workspace = PlanWorkspace.Open(Sample, Options);
        var start = workspace.Current;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => workspace.ApplyAsync(PlanEdit.Delete(Sample.Cameras[0].Id), cancelled.Token));

        Assert.Same(start, workspace.Current);
        Assert.False(workspace.CanUndo);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(60)]
    public async Task ApplyAsync_CancelledWhileRecomputingEveryView_LeavesBeforeOrCompleteAfter(int cancelAfterMs)
    {
        using var workspace = PlanWorkspace.Open(Sample, Options);
        var start = workspace.Current;
        var shifted = Sample.Buildings.Where((_, i) => i % 3 != 0).ToList();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(cancelAfterMs));

        try
        {
            await workspace.ApplyAsync(new ReplaceBuildings(shifted), cts.Token);
            Assert.Same(shifted, workspace.Plan.Buildings);
            Assert.Equal(start.Version + 1, workspace.Current.Version);
        }
        catch (OperationCanceledException)
        {
            Assert.Same(start, workspace.Current);
            Assert.False(workspace.CanUndo);
        }

        // Either way the workspace goes on working and equals the batch truth.
        workspace.Apply(PlanEdit.Replace(Sample.Cameras[1] with { X = Sample.Cameras[1].X + 3 }));
        WorkspaceTruth.AssertEqualsBatch(workspace.Current, Pack, Rules);
    }

    [Fact]
    public async Task Current_ReadWhileEditsApply_AlwaysMatchesOneCompleteVersion()
    {
        using var workspace = PlanWorkspace.Open(Sample, Options);
        var camera = Sample.Cameras[4];
        const int Steps = 25;
        var positions = Enumerable.Range(0, Steps + 1).Select(v => camera.X + (v * 1.5)).ToArray();
        var index = CoverageIndex.Build(Sample.Buildings);
        var areas = positions.Select(x => CoverageEngine.ComputeView(camera with { X = x }, index).Visible.Area).ToArray();
        var seen = new ConcurrentBag<long>();
        using var stop = new CancellationTokenSource();

        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var s = workspace.Current;
                var v = (int)s.Version;
                var cam = s.Plan.Cameras.Single(c => c.Id == camera.Id);
                Assert.Equal(positions[v], cam.X);
                Assert.Equal(areas[v], s.Views[camera.Id].Visible.Area, 9);
                Assert.Equal(s.Plan.Cameras.Count, s.Mosaic.CameraCount);
                Assert.Equal(s.Plan.Cameras.Count, s.Figures.CameraCount);
                Assert.All(s.CameraFindings(camera.Id), f => Assert.Equal(camera.Id, f.CameraId));
                seen.Add(v);
            }
        });

        for (var v = 1; v <= Steps; v++)
        {
            await workspace.ApplyAsync(PlanEdit.Replace(camera with { X = positions[v] }), CancellationToken.None);
        }

        await stop.CancelAsync();
        await reader;
        Assert.True(seen.Distinct().Count() > 1, "the reader saw several versions");
        Assert.Equal(Steps, workspace.Current.Version);
    }
}
