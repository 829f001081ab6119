using CsCheck;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>Issue 9: a workspace after any sequence of edits equals a batch computation of the edited plan; undo is exact.</summary>
public sealed class WorkspacePropertyTests
{
    private static readonly Plan Sample = SampleMunicipality.Build();
    private static readonly RulePack Pack = RulePackLoader.Load(RulePackLocator.Find());
    private static readonly RuleEngineOptions Rules = new() { Today = new DateOnly(2025, 6, 1), Language = "en" };
    private static readonly WorkspaceOptions Options = new() { Pack = Pack, Rules = Rules, TileSizeM = 120 };

    /// <summary>One random edit step, decided against the plan it applies to (ids must exist).</summary>
    private static readonly Gen<Func<Plan, PlanEdit>> GenEdit = Gen.OneOf(
        Gen.Select(Gen.Int[0, 1000], Gen.Double[-40, 40], Gen.Double[-40, 40]).Select<int, double, double, Func<Plan, PlanEdit>>((i, dx, dy) => plan =>
        {
            var c = plan.Cameras[i % plan.Cameras.Count];
            return PlanEdit.Replace(c with { X = c.X + dx, Y = c.Y + dy });
        }),
        Gen.Select(Gen.Int[0, 1000], Gen.Double[0, 359.9]).Select<int, double, Func<Plan, PlanEdit>>((i, heading) => plan =>
        {
            var c = plan.Cameras[i % plan.Cameras.Count];
            return PlanEdit.Replace(c with { Optics = c.Optics.WithHeading(heading) });
        }),
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 5]).Select<int, int, Func<Plan, PlanEdit>>((i, op) => plan =>
        {
            var c = plan.Cameras[i % plan.Cameras.Count];
            return PlanEdit.Replace(c with { Operator = (OperatorType)op, Recording = op % 2 == 0 });
        }),
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 3]).Select<int, int, Func<Plan, PlanEdit>>((i, k) => plan =>
        {
            // Another controller: the camera moves between DPIA groups (controller_name before operator_id).
            var c = plan.Cameras[i % plan.Cameras.Count];
            return PlanEdit.Replace(c with { OperatorId = k % 2 == 0 ? "shop" : null, ControllerName = k == 3 ? "city" : null });
        }),
        Gen.Int[0, 1000].Select<int, Func<Plan, PlanEdit>>(i => plan =>
            plan.Cameras.Count > 1 ? PlanEdit.Delete(plan.Cameras[i % plan.Cameras.Count].Id) : PlanEdit.All()),
        Gen.Select(Gen.Int[0, 1000], Gen.Double[-60, 60]).Select<int, double, Func<Plan, PlanEdit>>((i, dx) => plan =>
        {
            var c = plan.Cameras[i % plan.Cameras.Count];
            var id = "new-" + plan.Cameras.Count + "-" + i;
            return plan.Cameras.Any(k => k.Id == id)
                ? PlanEdit.All()
                : PlanEdit.Add(new Camera(id, c.X + dx, c.Y, c.Optics) { Operator = c.Operator, OperatorId = c.OperatorId, Recording = c.Recording });
        }),
        Gen.Int[0, 1000].Select<int, Func<Plan, PlanEdit>>(i => plan =>
            new ReplaceZones([.. plan.Zones.Where((_, j) => j % 7 != i % 7)])));

    [Fact]
    public void Apply_AnyEditSequence_EqualsBatchComputationOfEditedPlan()
    {
        GenEdit.Array[1, 4].Sample(steps =>
        {
            using var workspace = PlanWorkspace.Open(Sample, Options);
            foreach (var step in steps)
            {
                workspace.Apply(step(workspace.Plan));
            }

            WorkspaceTruth.AssertEqualsBatch(workspace.Current, Pack, Rules);
        }, iter: 12, threads: 1);
    }

    [Fact]
    public void Undo_AfterAnyEditSequence_ReturnsEachExactPreviousState()
    {
        GenEdit.Array[1, 6].Sample(steps =>
        {
            using var workspace = PlanWorkspace.Open(Sample, Options);
            var states = new List<WorkspaceSnapshot> { workspace.Current };
            foreach (var step in steps)
            {
                workspace.Apply(step(workspace.Plan));
                states.Add(workspace.Current);
            }

            for (var i = states.Count - 2; i >= 0; i--)
            {
                var change = workspace.UndoAsync().GetAwaiter().GetResult();
                Assert.NotNull(change);
                Assert.Same(states[i], workspace.Current);
                Assert.Same(states[i + 1], change.Before);
            }

            Assert.False(workspace.CanUndo);
            Assert.Null(workspace.UndoAsync().GetAwaiter().GetResult());
        }, iter: 20, threads: 1);
    }
}
