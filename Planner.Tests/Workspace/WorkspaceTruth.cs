using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Geo.Workspace;

namespace Planner.Tests.Workspace;

/// <summary>The batch truth a workspace state must equal: fresh views, a fresh whole-plan rule run and a fresh global union.</summary>
internal static class WorkspaceTruth
{
    public static void AssertEqualsBatch(WorkspaceSnapshot snapshot, RulePack pack, RuleEngineOptions rules)
    {
        var plan = snapshot.Plan;
        var views = CoverageEngine.ComputeViews(plan.Cameras, plan.Buildings);
        Assert.Equal(plan.Cameras.Select(c => c.Id).Order(StringComparer.Ordinal), snapshot.Views.Keys.Order(StringComparer.Ordinal));
        foreach (var view in views)
        {
            foreach (var level in DoriLevels.All)
            {
                Assert.True(view[level].EqualsExact(snapshot.Views[view.CameraId][level], 1e-9), $"view {view.CameraId} {level}");
            }
        }

        var findings = RuleEngine.Evaluate(pack, plan.Cameras, views, plan.Zones, rules with { Buildings = plan.Buildings.Count > 0 ? plan.Buildings : null });
        Assert.Equal(findings.Count, snapshot.Findings.Count);
        for (var i = 0; i < findings.Count; i++)
        {
            var (want, got) = (findings[i], snapshot.Findings[i]);
            Assert.Equal((want.CameraId, want.RuleId, want.Outcome, want.Severity, want.Message), (got.CameraId, got.RuleId, got.Outcome, got.Severity, got.Message));
            Assert.Equal(want.CameraIds, got.CameraIds);
            Assert.Equal(want.AreaM2 ?? 0, got.AreaM2 ?? 0, 1e-6 * Math.Max(1, want.AreaM2 ?? 0));
            AssertSameGeometry(want.Geometry, got.Geometry);
        }

        var coverage = PlanCoverage.Compute(views, plan.Zones);
        foreach (var level in DoriLevels.All)
        {
            Assert.Equal(coverage.AreaM2(level), snapshot.Figures.UnionAreaM2[level], 1e-6 * Math.Max(1, coverage.AreaM2(level)));
        }

        Assert.Equal(coverage.OverlapM2, snapshot.Figures.OverlapAreaM2, 1e-6 * Math.Max(1, coverage.OverlapM2));
        Assert.Equal(plan.Cameras.Count, snapshot.Figures.CameraCount);
    }

    /// <summary>Same point set within 1e-6 m² (polygons: symmetric difference; points and lines: exact up to 1e-9 m).</summary>
    public static void AssertSameGeometry(Geometry? want, Geometry? got)
    {
        Assert.Equal(want is null, got is null);
        if (want is null || got is null)
        {
            return;
        }

        if (want is Polygon or MultiPolygon)
        {
            Assert.True(want.IsEmpty ? got.Area < 1e-6 : want.SymmetricDifference(got).Area < 1e-6 * Math.Max(1, want.Area), "polygonal finding geometry differs");
        }
        else
        {
            Assert.True(want.EqualsExact(got, 1e-9), $"finding geometry differs: {want} vs {got}");
        }
    }
}
