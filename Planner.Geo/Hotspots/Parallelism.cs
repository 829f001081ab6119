namespace Planner.Geo.Hotspots;

/// <summary>Runs independent row bodies in parallel or in order; results never depend on the choice.</summary>
internal static class Parallelism
{
    public static void For(int count, Action<int> body, bool parallel)
    {
        if (parallel)
        {
            Parallel.For(0, count, body);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
        }
    }
}
