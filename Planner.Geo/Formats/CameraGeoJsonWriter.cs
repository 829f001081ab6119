using NetTopologySuite.Geometries;
using Planner.Geo.Crs;
using Planner.Geo.Model;

namespace Planner.Geo.Formats;

/// <summary>
/// Writes cameras as a GeoJSON FeatureCollection of Points with every contract property (and <c>surveillance_zone</c>),
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
        var o = c.Optics;
        double? heading = c.HeadingKnown ? GridNorth.TransformHeading(o.HeadingDeg, workingEpsg, outEpsg, c.X, c.Y) : null;
        return new List<KeyValuePair<string, object?>>
            {
                new("id", c.Id),
                new("heading_deg", heading),
                new("hfov_deg", o.HfovDeg),
                new("vfov_deg", o.VfovDeg),
                new("range_m", o.RangeM),
                new("height_m", o.HeightM),
                new("tilt_deg", o.TiltDeg),
                new("resolution_px", o.ResolutionPx),
                new("ptz", o.Ptz),
                new("model", c.Model),
                new("operator", c.Operator?.ToContractName()),
                new("operator_id", c.OperatorId),
                new("recording", c.Recording),
                new("retention_days", c.RetentionDays),
                new("purpose", c.Purpose),
                new("permit", c.Permit),
                new("permit_expires", c.PermitExpires),
                new("police_consulted", c.PoliceConsulted),
                new("surveillance_zone", c.SurveillanceZone),
                new("permit_issuer", c.PermitIssuer),
                new("controller_name", c.ControllerName),
                new("controller_cvr", c.ControllerCvr),
                new("controller_contact", c.ControllerContact),
                new("council_decision_ref", c.CouncilDecisionRef),
                new("council_decision_date", c.CouncilDecisionDate),
                new("purpose_category", c.PurposeCategory?.ToContractName()),
                new("deletion_exceptions", c.DeletionExceptions),
            };
    }
}
