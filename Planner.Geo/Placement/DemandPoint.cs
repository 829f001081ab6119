namespace Planner.Geo.Placement;

/// <summary>
/// One unit of demand for placement: a point in the working CRS (metres, x = easting, y = northing) and a weight
/// (an incident counts 1, or its offence's severity weight; a hot cell counts its incidents). Weight finite and &gt; 0.
/// </summary>
public readonly record struct DemandPoint
{
    private DemandPoint(double x, double y, double weight)
    {
        X = x;
        Y = y;
        Weight = weight;
    }

    public double X { get; }

    public double Y { get; }

    public double Weight { get; }

    /// <summary>Validating factory: finite coordinates, weight &gt; 0.</summary>
    public static DemandPoint Create(double x, double y, double weight = 1) =>
        new(Guard.Finite(x, "x"), Guard.Finite(y, "y"), Guard.Positive(weight, "weight"));
}
