using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;

namespace Planner.Geo.Workspace;

/// <summary>Views and rule findings of cameras that are not (yet) in the plan: placement candidates.</summary>
public sealed partial class PlanWorkspace
{
    private const int CandidateRuleChunk = 64;

    /// <summary>
    /// Each candidate's view against the current buildings with the workspace's coverage options (in the candidates'
    /// order; working CRS, metres). The plan is not changed. <paramref name="progress"/> gets the number done.
    /// </summary>
    public IReadOnlyList<CameraView> CandidateViews(IReadOnlyList<Camera> candidates, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        cancellationToken.ThrowIfCancellationRequested();
        var views = CoverageEngine.ComputeViews(candidates, Index, Options.Coverage, progress);
        cancellationToken.ThrowIfCancellationRequested();
        return views;
    }

    /// <summary>
    /// Each candidate's own findings (camera-level only; plan-level findings such as a DPIA or a register list are
    /// left out) under the workspace's rule pack, among the current plan's zones, as if the candidate were added
    /// alone. Empty lists when the workspace has no rule pack. In the candidates' order; candidates are judged in
    /// independent chunks, in parallel.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Finding>> CandidateFindings(
        IReadOnlyList<Camera> candidates, IReadOnlyList<CameraView> views, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(views);
        Guard.That(candidates.Count == views.Count, "views", "one view per candidate is required");
        var result = new IReadOnlyList<Finding>[candidates.Count];
        if (Options.Pack is not { } pack)
        {
            Array.Fill(result, []);
            return result;
        }

        var zones = Current.Plan.Zones;
        // Few large chunks: each chunk's rule context builds its zone unions once, so chunks are as large as the cores allow.
        var size = Math.Max(CandidateRuleChunk, (candidates.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount);
        var chunks = (candidates.Count + size - 1) / size;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Options.Coverage.MaxDegreeOfParallelism }, chunk =>
        {
            var from = chunk * size;
            var to = Math.Min(candidates.Count, from + size);
            var cams = candidates.Skip(from).Take(to - from).ToList();
            var findings = RuleEngine.Evaluate(pack, cams, views.Skip(from).Take(to - from).ToList(), zones, Options.Rules!)
                .Where(f => f.CameraId is not null)
                .ToLookup(f => f.CameraId!, StringComparer.Ordinal);
            for (var i = from; i < to; i++)
            {
                result[i] = [.. findings[candidates[i].Id]];
            }
        });
        return result;
    }
}
