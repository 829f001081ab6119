using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Writes cameras as a GeoJSON FeatureCollection of Points with every attribute of <see cref="CameraAttributes"/>,
/// through <see cref="GeoJsonOutput"/> (RFC 7946 lon/lat by default, atomic). Headings are rotated from the working
/// CRS's grid north to the output CRS's north (true north for lon/lat, <see cref="GridNorth"/>); an unknown heading is
/// written as null. The file reads back with <see cref="PlanFileLoader"/> to the same cameras.
/// </summary>
public static class CameraGeoJsonWriter
{
    public static void Write(string path, IEnumerable<Camera> cameras, int workingEpsg, int outEpsg = CrsRegistry.Wgs84) =>
        GeoJsonOutput.Write(path, Features(cameras, workingEpsg, outEpsg), workingEpsg, outEpsg);

    public static void Write(Stream stream, IEnumerable<Camera> cameras, int workingEpsg, int outEpsg = CrsRegistry.Wgs84) =>
        GeoJsonOutput.Write(stream, Features(cameras, workingEpsg, outEpsg), workingEpsg, outEpsg);

    private static IEnumerable<OutputFeature> Features(IEnumerable<Camera> cameras, int workingEpsg, int outEpsg)
    {
        ArgumentNullException.ThrowIfNull(cameras);
        var factory = GeoJsonGeometryParser.Factory;
        foreach (var c in cameras)
        {
            yield return new OutputFeature(factory.CreatePoint(new Coordinate(c.X, c.Y)), Properties(c, workingEpsg, outEpsg));
        }
    }

    /// <summary>The contract properties of one camera as written (heading turned to the output CRS's north), for writers that add their own.</summary>
    public static List<KeyValuePair<string, object?>> Properties(Camera c, int workingEpsg, int outEpsg)
    {
        ArgumentNullException.ThrowIfNull(c);
        double? heading = c.HeadingKnown ? GridNorth.TransformHeading(c.Optics.HeadingDeg, workingEpsg, outEpsg, c.X, c.Y) : null;
        return [.. CameraAttributes.All.Select(a => new KeyValuePair<string, object?>(a.Name, a.Name == "heading_deg" ? heading : a.Get(c)))];
    }
}
