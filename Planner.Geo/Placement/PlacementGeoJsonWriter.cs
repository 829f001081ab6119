using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Formats;

namespace Planner.Geo.Placement;

/// <summary>
/// Writes the proposed cameras as GeoJSON Points (RFC 7946 lon/lat by default, atomic): every camera property of the
/// contract with the candidate's <c>id</c> unchanged (so the file reads back as cameras), plus <c>rank</c> (1 = chosen
/// first), <c>marginal_gain</c> and <c>cumulative_gain</c> (demand weight newly covered beyond the existing cameras),
/// <c>cumulative_share</c> (share of all demand seen with the cameras ranked up to this one, existing ones included,
/// 0–1: the coverage curve), <c>level</c>, <c>privacy_mask_m2</c> (0 = none needed), and the layout's
/// <c>certificate_pct</c> ("the layout's added coverage is at least this percentage of the optimum's") with the
/// <c>upper_bound</c> it rests on, <c>demand_total</c> and <c>existing_gain</c>.
/// </summary>
public static class PlacementGeoJsonWriter
{
    public static void Write(string path, PlacementReport report, int workingEpsg, int outEpsg = CrsRegistry.Wgs84)
    {
        ArgumentNullException.ThrowIfNull(report);
        GeoJsonOutput.Write(path, Features(report, workingEpsg, outEpsg), workingEpsg, outEpsg);
    }

    private static IEnumerable<OutputFeature> Features(PlacementReport report, int workingEpsg, int outEpsg)
    {
        var factory = GeoJsonGeometryParser.Factory;
        var s = report.Solution;
        foreach (var p in report.Placed)
        {
            var props = CameraGeoJsonWriter.Properties(p.Camera, workingEpsg, outEpsg);
            props.Add(new("rank", p.Rank));
            props.Add(new("marginal_gain", Math.Round(p.Gain, 6)));
            props.Add(new("cumulative_gain", Math.Round(p.Cumulative, 6)));
            props.Add(new("cumulative_share", Math.Round(p.CumulativeShare, 6)));
            props.Add(new("level", report.Level.ToContractName()));
            props.Add(new("privacy_mask_m2", Math.Round(p.MaskAreaM2, 2)));
            props.Add(new("certificate_pct", Math.Floor(s.Certificate * 1000) / 10));
            props.Add(new("upper_bound", Math.Round(s.UpperBound, 6)));
            props.Add(new("demand_total", Math.Round(s.TotalWeight, 6)));
            props.Add(new("existing_gain", Math.Round(s.FixedWeight, 6)));
            yield return new OutputFeature(factory.CreatePoint(new Coordinate(p.Camera.X, p.Camera.Y)), props);
        }
    }
}
