using Planner.Geo.Model;
using Planner.Geo.Sample;

namespace Planner.Bench.Reports;

/// <summary>
/// The synthetic sample town with <c>n</c> cameras: the 25 sample cameras, then copies of them moved to deterministic
/// pseudo-random points inside the town's extent at other headings (same operators and attributes, ids suffixed).
/// </summary>
public static class LargePlan
{
    public static Plan WithCameras(int n)
    {
        var sample = SampleMunicipality.Build();
        var e = new NetTopologySuite.Geometries.Envelope();
        foreach (var b in sample.Buildings)
        {
            e.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        var rnd = new Random(13);
        var cameras = new List<Camera>(sample.Cameras);
        var k = 0;
        while (cameras.Count < n)
        {
            var source = sample.Cameras[k % sample.Cameras.Count];
            cameras.Add(new Camera($"{source.Id}-{k + 1:0000}", e.MinX + (rnd.NextDouble() * e.Width), e.MinY + (rnd.NextDouble() * e.Height),
                source.Optics.WithHeading(rnd.Next(0, 360)))
            {
                Operator = source.Operator,
                OperatorId = source.OperatorId,
                Recording = source.Recording,
                RetentionDays = source.RetentionDays,
                Purpose = source.Purpose,
                Permit = source.Permit,
                PermitExpires = source.PermitExpires,
                PoliceConsulted = source.PoliceConsulted,
            });
            k++;
        }

        return sample with { Cameras = cameras.Take(n).ToList() };
    }
}
