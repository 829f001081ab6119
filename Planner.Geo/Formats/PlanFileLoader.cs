namespace Planner.Geo.Formats;

/// <summary>Assembles a <see cref="Model.Plan"/> from loose layer files. (Issue #2 formats work fills this in.)</summary>
public static class PlanFileLoader
{
    public static PlanLoadResult Load(PlanFiles files, PlanLoadOptions options) =>
        throw new NotImplementedException("PlanFileLoader.Load is being built (issue #2, formats)");
}
