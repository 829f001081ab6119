namespace Planner.Tests.Hotspots;

/// <summary>The hand-computed 5 × 5 example: 10 m cells over 0 … 50 m; 4 incidents at the centre cell, 1 in each corner cell.</summary>
internal static class FiveByFive
{
    public static (double[] Xs, double[] Ys) Points() =>
        ([25, 25, 25, 25, 5, 45, 5, 45], [25, 25, 25, 25, 5, 5, 45, 45]);
}
