using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Reports.Content;

/// <summary>
/// Runs the engines a proposal needs over a plan and collects their results into a <see cref="ReportInput"/>.
/// Only engines that exist in this build are run; the others' sections are left out (and the cover says so).
/// </summary>
public static class ReportAssembler
{
    public static ReportInput Assemble(Plan plan, ReportLanguage language, DateTimeOffset generatedAt, string? planPath = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new ReportInput(plan, language, generatedAt)
        {
            PlanFile = planPath is null ? null : LayerHasher.HashFile(planPath),
            Views = CoverageEngine.ComputeViews(plan.Cameras, plan.Buildings),
        };
    }
}
