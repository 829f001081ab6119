using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Tests.Coverage;

/// <summary>Small scene builders for coverage tests (working CRS metres, y = north).</summary>
internal static class Scene
{
    public static readonly GeometryFactory Factory = new();
    private static readonly WKTReader Reader = new();

    public static Building Box(string id, double minX, double minY, double maxX, double maxY, double? height) =>
        new(id, Factory.ToGeometry(new Envelope(minX, maxX, minY, maxY)), height);

    public static Building Wkt(string id, string wkt, double? height) => new(id, Reader.Read(wkt), height);

    /// <summary>A rectangle of w × d centred at (x, y), rotated by <paramref name="angleDeg"/> counter-clockwise.</summary>
    public static Building Rect(string id, double x, double y, double w, double d, double angleDeg, double? height)
    {
        var a = angleDeg * Math.PI / 180;
        double c = Math.Cos(a), s = Math.Sin(a);
        Coordinate P(double u, double v) => new(x + (u * c) - (v * s), y + (u * s) + (v * c));
        var shell = new[] { P(-w / 2, -d / 2), P(w / 2, -d / 2), P(w / 2, d / 2), P(-w / 2, d / 2), P(-w / 2, -d / 2) };
        return new Building(id, Factory.CreatePolygon(shell), height);
    }

    public static Camera Cam(double x, double y, double heading, double hfov = 90, double range = 50, double height = 4, double tilt = 15, bool ptz = false, double? vfov = null, int resolution = 1920, string id = "c1") =>
        new(id, x, y, CameraOptics.Create(heading, hfov, vfov, range, height, tilt, resolution, ptz));

    public static CameraView View(Camera camera, IReadOnlyList<Building> buildings, double target = 0) =>
        CoverageEngine.ComputeView(camera, CoverageIndex.Build(buildings), new CoverageOptions { TargetHeightM = target });

    /// <summary>Open-field sector area hfov/360·π·(far² − near²) (full circle for PTZ).</summary>
    public static double SectorArea(Camera camera, double outer, double near)
    {
        var fraction = camera.Optics.Ptz ? 1 : camera.Optics.HfovDeg / 360;
        return fraction * Math.PI * ((outer * outer) - (near * near));
    }

    /// <summary>
    /// The camera's footprint built independently of the engine: sector (or disc) between near and far with arcs at
    /// 0.05° chords, as an NTS polygon.
    /// </summary>
    public static Geometry Footprint(Camera camera, double near, double far)
    {
        var o = camera.Optics;
        bool full = o.Ptz || o.HfovDeg >= 360;
        var start = full ? 0 : (o.HeadingDeg - (o.HfovDeg / 2)) * Math.PI / 180;
        var width = full ? 2 * Math.PI : o.HfovDeg * Math.PI / 180;
        var n = (int)Math.Ceiling(width / (0.05 * Math.PI / 180));
        var outer = new List<Coordinate>();
        var inner = new List<Coordinate>();
        for (var i = 0; i <= n; i++)
        {
            var b = start + (width * i / n);
            outer.Add(new Coordinate(camera.X + (far * Math.Sin(b)), camera.Y + (far * Math.Cos(b))));
            inner.Add(new Coordinate(camera.X + (near * Math.Sin(b)), camera.Y + (near * Math.Cos(b))));
        }

        if (full)
        {
            outer[^1] = outer[0];
            var disc = Factory.CreatePolygon([.. outer]);
            if (near <= 0)
            {
                return disc;
            }

            inner[^1] = inner[0];
            return disc.Difference(Factory.CreatePolygon([.. inner]));
        }

        inner.Reverse();
        var ring = new List<Coordinate>(outer);
        if (near > 0)
        {
            ring.AddRange(inner);
        }
        else
        {
            ring.Add(new Coordinate(camera.X, camera.Y));
        }

        ring.Add(ring[0]);
        return Factory.CreatePolygon([.. ring]);
    }
}
