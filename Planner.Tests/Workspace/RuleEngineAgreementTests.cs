using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Sample;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>
/// Review leftover of issue 9: the whole-plan rule run and the workspace read "no buildings" the same way (no facades
/// to test: DK-18 not assessed), so a plan without a buildings layer gets the same findings from both.
/// </summary>
public sealed class RuleEngineAgreementTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(RulePackLocator.Find());
    private static readonly RuleEngineOptions Rules = new() { Today = new DateOnly(2025, 6, 1), Language = "en" };

    [Theory]
    [InlineData("with buildings", true)]
    [InlineData("without buildings", false)]
    public void Evaluate_Plan_SameFindingsAsTheWorkspace(string name, bool withBuildings)
    {
        var sample = SampleMunicipality.Build();
        var plan = withBuildings ? sample : sample with { Buildings = [] };
        var batch = RuleEngine.Evaluate(Pack, plan, Rules);
        using var workspace = PlanWorkspace.Open(plan, new WorkspaceOptions { Pack = Pack, Rules = Rules });
        Assert.Equal(batch.Select(f => (f.CameraId, f.RuleId, f.Outcome, f.Message)), workspace.Current.Findings.Select(f => (f.CameraId, f.RuleId, f.Outcome, f.Message)));
        // Without buildings DK-18 is not assessed for the cameras (the workspace's reading), never silently absent.
        Assert.Equal(!withBuildings, batch.Any(f => f.RuleId == "DK-18" && f.Outcome == "not_assessed"));
        _ = name;
    }
}
