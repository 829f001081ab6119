using NetTopologySuite.Geometries;
using Planner.Bench.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Placement;

namespace Planner.Bench.Placement;

/// <summary>
/// Placement inputs on <see cref="SyntheticCity"/>: candidate sites in the streets (15 m wide between 45 m blocks), each
/// a pole with 8 headings (45° steps) of one catalogue-like 8 MP 83° lens, 5 m up; demand points in the streets, 60 %
/// around 40 hotspot blocks, the rest anywhere. Deterministic for a seed.
/// </summary>
internal static class PlacementCity
{
    private static readonly GeometryFactory Factory = new();

    public static int Side(int buildingCount) => (int)Math.Ceiling(Math.Sqrt(buildingCount / 6.0));

    /// <summary>A random point in the street east or north of block (i, j).</summary>
    private static (double X, double Y) StreetPoint(Random random, int i, int j)
    {
        var along = random.NextDouble() * SyntheticCity.Pitch;
        var across = SyntheticCity.Block + (random.NextDouble() * (SyntheticCity.Pitch - SyntheticCity.Block));
        return random.Next(2) == 0
            ? ((i * SyntheticCity.Pitch) + across, (j * SyntheticCity.Pitch) + along)
            : ((i * SyntheticCity.Pitch) + along, (j * SyntheticCity.Pitch) + across);
    }

    public static IReadOnlyList<Camera> Candidates(int sites, int side, int seed = 3)
    {
        var random = new Random(seed);
        var poles = new List<Point>(sites);
        for (var s = 0; s < sites; s++)
        {
            var (x, y) = StreetPoint(random, random.Next(side), random.Next(side));
            poles.Add(Factory.CreatePoint(new Coordinate(x, y)));
        }

        var model = CameraModel.Create("bench-8mp-83", "8 MP 83°", "bullet", 3840, 2160, 83, 83, 46, 85, false);
        var options = new CandidateGeneratorOptions { Models = [model], Poles = poles, HeadingStepDeg = 45, PoleHeightM = 5 };
        return CandidateGenerator.Generate(new Plan(25832, new PlanMetadata()), options).Candidates;
    }

    public static IReadOnlyList<DemandPoint> Demand(int count, int side, int seed = 4)
    {
        var random = new Random(seed);
        var hot = Enumerable.Range(0, 40).Select(_ => (random.Next(side), random.Next(side))).ToArray();
        var points = new List<DemandPoint>(count);
        for (var n = 0; n < count; n++)
        {
            var (i, j) = random.NextDouble() < 0.6 ? hot[random.Next(hot.Length)] : (random.Next(side), random.Next(side));
            var (x, y) = StreetPoint(random, i, j);
            points.Add(DemandPoint.Create(x, y));
        }

        return points;
    }
}
