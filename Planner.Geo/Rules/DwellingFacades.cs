using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Geo.Rules;

/// <summary>A piece of a building's outline inside a dwelling zone, the building's footprint (to tell the outer side) and height (null = unknown).</summary>
internal sealed record FacadePart(Geometry Outline, Geometry Footprint, double? HeightM);

/// <summary>One dwelling zone whose facade (or ground) a camera sees: the seen facade lines and their length (m).</summary>
public sealed record SeenDwelling(Zone Zone, Geometry FacadeLines, double FacadeM);

/// <summary>
/// What of the dwellings a camera really sees, through the coverage engine (working CRS, metres). Dwelling zones are
/// usually building footprints, and a view stops at walls, so no ground view ever lies inside one; what the camera sees
/// is the facade: the part of the building outline inside the dwelling zone that the camera's real view touches
/// (within <see cref="ContactM"/>) at a window height. Window heights run from <c>window_min_m</c> in steps of
/// <c>window_step_m</c> up to the camera's mount height; a storey counts only where the building reaches it (unknown
/// height counts as tall). The building the camera hangs on (within 0.5 m, the coverage engine's mount rule) is not
/// its view: a wall camera looks out along its own wall at a grazing angle. Other dwellings count whoever runs them —
/// a housing organisation may not film its own tenants' windows either.
/// </summary>
internal static class DwellingFacades
{
    /// <summary>How close the view must come to an outline for the wall to count as seen, m (the sweep's walls are exact; this absorbs rounding).</summary>
    public const double ContactM = 0.05;

    /// <summary>Sine of the smallest angle between the line of sight and a wall for the wall to count as seen (≈ 3°).</summary>
    public const double MinGrazingSin = 0.05;

    /// <summary>The camera's mount: the building within 0.5 m of it, as in the coverage engine.</summary>
    public const double MountM = 0.5;

    /// <summary>Window heights (m above ground) to look at for a camera mounted at <paramref name="mountHeightM"/>.</summary>
    public static IReadOnlyList<double> WindowHeights(double mountHeightM, double minM, double stepM)
    {
        var top = mountHeightM - 0.1;
        if (top <= 0)
        {
            return [];
        }

        var heights = new List<double>();
        for (var t = Math.Min(minM, top); t <= top + 1e-9 && heights.Count < 20; t += Math.Max(stepM, 0.5))
        {
            heights.Add(t);
        }

        return heights;
    }

    /// <summary>
    /// The dwellings whose facade the camera sees over at least <paramref name="minFacadeM"/> of outline, with the seen lines.
    /// <paramref name="outlines"/> gives each dwelling's building outline pieces (clipped to the zone) with the building height.
    /// </summary>
    public static IReadOnlyList<SeenDwelling> Seen(
        Camera camera,
        CoverageIndex index,
        IReadOnlyList<(Zone Zone, IReadOnlyList<FacadePart> Parts)> outlines,
        IReadOnlyList<double> heights,
        double minFacadeM)
    {
        var reach = camera.Optics.RangeM + ContactM;
        var point = GeoOps.Factory.CreatePoint(camera.Location);
        var near = outlines.Where(o => o.Zone.Area.Distance(point) <= reach && o.Zone.Area.Distance(point) > MountM).ToList();
        if (near.Count == 0 || heights.Count == 0)
        {
            return [];
        }

        var seen = near.ToDictionary(o => o.Zone.Id, _ => new List<Geometry>(), StringComparer.Ordinal);
        foreach (var t in heights)
        {
            var view = CoverageEngine.ComputeView(camera, index, new CoverageOptions { TargetHeightM = t, Parallel = false }).Visible;
            if (view.IsEmpty)
            {
                continue;
            }

            var contact = view.Buffer(ContactM, new BufferParameters { QuadrantSegments = 2 });
            foreach (var (zone, parts) in near)
            {
                foreach (var part in parts)
                {
                    if (part.HeightM is { } h && h < t || !part.Outline.EnvelopeInternal.Intersects(contact.EnvelopeInternal))
                    {
                        continue;
                    }

                    var lines = Facing(Lineal(part.Outline.Intersection(contact)), part.Footprint, camera.Location);
                    if (!lines.IsEmpty)
                    {
                        seen[zone.Id].Add(lines);
                    }
                }
            }
        }

        var result = new List<SeenDwelling>();
        foreach (var (zone, _) in near)
        {
            var parts = seen[zone.Id];
            if (parts.Count == 0)
            {
                continue;
            }

            var lines = GeoOps.Factory.BuildGeometry(parts).Union();
            if (lines.Length >= minFacadeM)
            {
                result.Add(new SeenDwelling(zone, lines, lines.Length));
            }
        }

        return result;
    }

    /// <summary>The outline pieces of each dwelling zone: boundaries of the buildings overlapping it, clipped to the zone.</summary>
    public static IReadOnlyList<(Zone Zone, IReadOnlyList<FacadePart> Parts)> Outlines(
        IReadOnlyList<Zone> dwellings, IReadOnlyList<Building> buildings)
    {
        var result = new List<(Zone, IReadOnlyList<FacadePart>)>();
        foreach (var zone in dwellings)
        {
            var grown = zone.Area.Buffer(ContactM);
            var parts = new List<FacadePart>();
            foreach (var b in buildings)
            {
                if (!b.Footprint.EnvelopeInternal.Intersects(grown.EnvelopeInternal) || b.Footprint.Intersection(zone.Area).Area < 1)
                {
                    continue;
                }

                var outline = Lineal(b.Footprint.Boundary.Intersection(grown));
                if (!outline.IsEmpty)
                {
                    parts.Add(new FacadePart(outline, b.Footprint, b.HeightM));
                }
            }

            result.Add((zone, parts));
        }

        return result;
    }

    /// <summary>The mask proposal: a strip <paramref name="depthM"/> deep behind each seen facade line, inside the dwelling.</summary>
    public static Geometry Mask(SeenDwelling seen, double depthM) =>
        GeoOps.Intersection(
            seen.FacadeLines.Buffer(depthM, new BufferParameters { EndCapStyle = EndCapStyle.Flat }),
            seen.Zone.Area);

    /// <summary>
    /// The segments of <paramref name="lines"/> whose wall faces the camera: a wall is seen from its outer side only, and
    /// a wall the camera looks along at less than <see cref="MinGrazingSin"/> (sine of the angle) shows no windows — this
    /// also drops the slivers of side walls that the contact tolerance catches at a corner.
    /// </summary>
    private static Geometry Facing(Geometry lines, Geometry footprint, Coordinate camera)
    {
        var kept = new List<LineString>();
        for (var i = 0; i < lines.NumGeometries; i++)
        {
            var coords = ((LineString)lines.GetGeometryN(i)).Coordinates;
            for (var k = 1; k < coords.Length; k++)
            {
                var (a, b) = (coords[k - 1], coords[k]);
                var (dx, dy) = (b.X - a.X, b.Y - a.Y);
                var len = Math.Sqrt((dx * dx) + (dy * dy));
                if (len < 1e-6)
                {
                    continue;
                }

                var (nx, ny) = (dy / len, -dx / len);
                var mid = new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2);
                if (footprint.Contains(GeoOps.Factory.CreatePoint(new Coordinate(mid.X + (nx * 0.01), mid.Y + (ny * 0.01)))))
                {
                    (nx, ny) = (-nx, -ny);
                }

                var (cx, cy) = (camera.X - mid.X, camera.Y - mid.Y);
                var dist = Math.Sqrt((cx * cx) + (cy * cy));
                if (dist > 0 && ((cx * nx) + (cy * ny)) / dist > MinGrazingSin)
                {
                    kept.Add(GeoOps.Factory.CreateLineString([a, b]));
                }
            }
        }

        return GeoOps.Factory.CreateMultiLineString([.. kept]);
    }

    private static Geometry Lineal(Geometry g)
    {
        var lines = new List<LineString>();
        for (var i = 0; i < g.NumGeometries; i++)
        {
            if (g.GetGeometryN(i) is LineString { IsEmpty: false } l)
            {
                lines.Add(l);
            }
        }

        return GeoOps.Factory.CreateMultiLineString([.. lines]);
    }
}
