using System.Globalization;
using NetTopologySuite.Geometries;
using Planner.Geo;

namespace Planner.Desktop.App;

/// <summary>
/// What the map asks a layer for: the extent in view (working CRS metres, minx,miny,maxx,maxy) and the map resolution
/// (metres per screen pixel), which decides how much detail is worth sending.
/// </summary>
internal readonly record struct MapQuery
{
    private MapQuery(Envelope extent, double resolution)
    {
        Extent = extent;
        Resolution = resolution;
    }

    public Envelope Extent { get; }

    /// <summary>Metres per pixel, &gt; 0.</summary>
    public double Resolution { get; }

    public static MapQuery Create(Envelope extent, double resolution)
    {
        Guard.NotNull(extent, "bbox");
        Guard.That(!extent.IsNull && extent.Width >= 0 && extent.Height >= 0, "bbox", "bbox must be minx,miny,maxx,maxy with min ≤ max");
        Guard.Positive(resolution, "res");
        return new MapQuery(extent, resolution);
    }

    /// <summary>Parses the query string values; bad values throw <see cref="DomainRuleException"/> naming bbox or res.</summary>
    public static MapQuery Parse(string? bbox, string? res)
    {
        var parts = (bbox ?? "").Split(',');
        var v = new double[4];
        Guard.That(parts.Length == 4 && parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) && double.IsFinite(v[i])).All(ok => ok),
            "bbox", "bbox must be four numbers minx,miny,maxx,maxy");
        Guard.That(v[0] <= v[2] && v[1] <= v[3], "bbox", "bbox must be minx,miny,maxx,maxy with min ≤ max");
        Guard.That(double.TryParse(res, NumberStyles.Float, CultureInfo.InvariantCulture, out var r), "res", "res must be a number (metres per pixel)");
        return Create(new Envelope(v[0], v[2], v[1], v[3]), r);
    }

    /// <summary>True when a feature of this envelope would cover less than about a pixel at this resolution.</summary>
    public bool TooSmall(Envelope e) => Math.Max(e.Width, e.Height) < Resolution;
}
