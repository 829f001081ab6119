using System.Globalization;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Planner.Geo.Model;
using Planner.Geo.Rules;

namespace Planner.Geo.Placement;

/// <summary>The generated candidates and how the facades were judged.</summary>
/// <param name="Candidates">Cameras in the working CRS, ids unique.</param>
/// <param name="MountPoints">Facade and pole mount points used.</param>
/// <param name="FacingPublicAssessed">False when the plan has no public_area zones: then every outer facade is used.</param>
public sealed record GeneratedCandidates(IReadOnlyList<Camera> Candidates, int MountPoints, bool FacingPublicAssessed);

/// <summary>
/// Proposes candidate cameras from a plan (working CRS, metres): mount points every <see cref="CandidateGeneratorOptions.SpacingM"/>
/// along each building's outer ring, set <see cref="CandidateGeneratorOptions.FacadeOffsetM"/> outward, kept when the
/// ground <see cref="CandidateGeneratorOptions.ProbeM"/> in front of the facade is public area and not another building;
/// plus the given poles. Facade headings: the outward normal and turns of the heading step up to the spread; poles:
/// every heading step all round. One candidate per mount, heading and model, with the catalogue's optics.
/// Ids: <c>f-{building}-{n}-h{heading}-{model}</c> and <c>p{n}-h{heading}-{model}</c>; deterministic.
/// </summary>
public static class CandidateGenerator
{
    public static GeneratedCandidates Generate(Plan plan, CandidateGeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var publicZones = plan.Zones.Where(z => z.Kind == ZoneKind.PublicArea).Select(z => z.Area).ToList();
        var assessed = publicZones.Count > 0;
        var publicArea = assessed ? PreparedGeometryFactory.Prepare(GeoOps.Union(publicZones)) : null;
        var buildingTree = new NetTopologySuite.Index.Strtree.STRtree<Geometry>();
        foreach (var b in plan.Buildings)
        {
            buildingTree.Insert(b.Footprint.EnvelopeInternal, b.Footprint);
        }

        buildingTree.Build();
        var factory = plan.Buildings.FirstOrDefault()?.Footprint.Factory ?? new GeometryFactory();
        var result = new List<Camera>();
        var mounts = 0;
        var facadeHeadings = Offsets(options.HeadingStepDeg, options.FacadeSpreadDeg);
        foreach (var building in plan.Buildings)
        {
            var n = 0;
            for (var p = 0; p < building.Footprint.NumGeometries; p++)
            {
                var ring = ((Polygon)building.Footprint.GetGeometryN(p)).ExteriorRing.CoordinateSequence;
                var outwardSign = Orientation.IsCCW(ring) ? 1 : -1;
                foreach (var (x, y, nx, ny) in Stations(ring, options.SpacingM, outwardSign))
                {
                    var probe = factory.CreatePoint(new Coordinate(x + (nx * options.ProbeM), y + (ny * options.ProbeM)));
                    if (publicArea is not null && !publicArea.Covers(probe))
                    {
                        continue;
                    }

                    if (buildingTree.Query(probe.EnvelopeInternal).Any(f => f.Covers(probe)))
                    {
                        continue;
                    }

                    mounts++;
                    n++;
                    var normal = Azimuth(nx, ny);
                    double mx = x + (nx * options.FacadeOffsetM), my = y + (ny * options.FacadeOffsetM);
                    foreach (var offset in facadeHeadings)
                    {
                        var heading = Normalise(normal + offset);
                        foreach (var model in options.Models)
                        {
                            var id = string.Create(CultureInfo.InvariantCulture, $"f-{building.Id}-{n}-h{heading:000}-{model.Key}");
                            result.Add(Make(id, mx, my, heading, model, options.HeightM, options));
                        }
                    }
                }
            }
        }

        for (var i = 0; i < options.Poles.Count; i++)
        {
            mounts++;
            var pole = options.Poles[i];
            for (var heading = 0.0; heading < 360 - 1e-9; heading += options.HeadingStepDeg)
            {
                var h = Math.Round(heading, 6);
                foreach (var model in options.Models)
                {
                    var id = string.Create(CultureInfo.InvariantCulture, $"p{i + 1}-h{h:000}-{model.Key}");
                    result.Add(Make(id, pole.X, pole.Y, h, model, options.PoleHeightM, options));
                }
            }
        }

        return new GeneratedCandidates(result, mounts, assessed);
    }

    private static Camera Make(string id, double x, double y, double heading, CameraModel model, double height, CandidateGeneratorOptions o) =>
        new(id, x, y, CameraOptics.Create(heading, model.HfovMaxDeg, model.VfovDeg, model.RangeM, height, o.TiltDeg, model.ResolutionPx, model.Ptz))
        {
            Model = model.Key,
            Operator = o.Operator,
            OperatorId = o.OperatorId,
            Recording = o.Recording,
            RetentionDays = o.RetentionDays,
            Purpose = o.Purpose,
            PoliceConsulted = o.PoliceConsulted,
        };

    /// <summary>Turns from the normal: 0, ±step, ±2·step … within ±spread.</summary>
    private static List<double> Offsets(double step, double spread)
    {
        var offsets = new List<double> { 0 };
        for (var k = 1; k * step <= spread + 1e-9; k++)
        {
            offsets.Add(-k * step);
            offsets.Add(k * step);
        }

        return offsets;
    }

    /// <summary>Points every <paramref name="spacing"/> along the ring (first at spacing/2) with the unit outward normal of their edge.</summary>
    private static IEnumerable<(double X, double Y, double Nx, double Ny)> Stations(CoordinateSequence ring, double spacing, int outwardSign)
    {
        var next = spacing / 2;
        var walked = 0.0;
        for (var i = 0; i + 1 < ring.Count; i++)
        {
            double ax = ring.GetX(i), ay = ring.GetY(i), bx = ring.GetX(i + 1), by = ring.GetY(i + 1);
            var length = Math.Sqrt(((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay)));
            if (length <= 0)
            {
                continue;
            }

            // CCW shell: the exterior is on the right of each edge, (dy, −dx).
            double nx = outwardSign * (by - ay) / length, ny = -outwardSign * (bx - ax) / length;
            while (next <= walked + length)
            {
                var t = (next - walked) / length;
                yield return (ax + (t * (bx - ax)), ay + (t * (by - ay)), nx, ny);
                next += spacing;
            }

            walked += length;
        }
    }

    /// <summary>Heading of a direction: degrees from grid north, clockwise, in [0, 360).</summary>
    private static double Azimuth(double dx, double dy) => Normalise(Math.Atan2(dx, dy) * 180 / Math.PI);

    private static double Normalise(double deg)
    {
        var h = Math.Round(deg % 360, 6);
        if (h < 0)
        {
            h += 360;
        }

        return h >= 360 ? 0 : h;
    }
}
