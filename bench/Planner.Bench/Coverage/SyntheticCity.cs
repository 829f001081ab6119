using NetTopologySuite.Geometries;
using Planner.Geo.Model;

namespace Planner.Bench.Coverage;

/// <summary>
/// A deterministic synthetic city (EPSG:25832-like metres): square blocks of 45 m on a 60 m pitch (15 m streets).
/// A block is a ring of row houses around a courtyard (4–10 buildings, varied depths), or one perimeter block with a
/// courtyard hole, or a few detached houses. Heights 3–30 m; 5 % unknown. Cameras stand in the streets (70 %) or on
/// facades (30 %, the mount rule applies), 3–8 m up, 60–120 m range, hfov 40–120° (10 % PTZ).
/// </summary>
internal static class SyntheticCity
{
    public const double Pitch = 60;
    public const double Block = 45;
    private static readonly GeometryFactory Factory = new();

    public static List<Building> Buildings(int count, int seed = 1)
    {
        var random = new Random(seed);
        var buildings = new List<Building>(count);
        var side = (int)Math.Ceiling(Math.Sqrt(count / 6.0));
        for (var k = 0; buildings.Count < count; k++)
        {
            double x0 = (k % side) * Pitch, y0 = (k / side) * Pitch;
            var kind = random.Next(10);
            if (kind == 0)
            {
                var depth = 8 + (random.NextDouble() * 6);
                var shell = Ring(x0, y0, x0 + Block, y0 + Block);
                var hole = Ring(x0 + depth, y0 + depth, x0 + Block - depth, y0 + Block - depth);
                Add(buildings, Factory.CreatePolygon(shell, [hole]), random, count);
            }
            else if (kind == 1)
            {
                for (var i = 0; i < 3; i++)
                {
                    double hx = x0 + 3 + (random.NextDouble() * 28), hy = y0 + 3 + (random.NextDouble() * 28);
                    Add(buildings, Box(hx, hy, hx + 8 + (random.NextDouble() * 6), hy + 8 + (random.NextDouble() * 6)), random, count);
                }
            }
            else
            {
                RowHouses(buildings, x0, y0, random, count);
            }
        }

        return buildings;
    }

    /// <summary>Row houses along the four sides of a block, around a courtyard; corners belong to the north/south rows.</summary>
    private static void RowHouses(List<Building> buildings, double x0, double y0, Random random, int count)
    {
        var depth = 9 + (random.NextDouble() * 5);
        foreach (var south in new[] { true, false })
        {
            var n = 1 + random.Next(3);
            var y = south ? y0 : y0 + Block - depth;
            for (var i = 0; i < n; i++)
            {
                Add(buildings, Box(x0 + (Block * i / n), y, x0 + (Block * (i + 1) / n), y + depth), random, count);
            }
        }

        foreach (var west in new[] { true, false })
        {
            var n = 1 + random.Next(2);
            var x = west ? x0 : x0 + Block - depth;
            var span = Block - (2 * depth);
            for (var i = 0; i < n; i++)
            {
                Add(buildings, Box(x, y0 + depth + (span * i / n), x + depth, y0 + depth + (span * (i + 1) / n)), random, count);
            }
        }
    }

    private static void Add(List<Building> buildings, Polygon footprint, Random random, int count)
    {
        if (buildings.Count >= count)
        {
            return;
        }

        double? height = random.Next(20) == 0 ? null : 3 + (random.NextDouble() * 27);
        buildings.Add(new Building("b" + buildings.Count, footprint, height));
    }

    private static Polygon Box(double x0, double y0, double x1, double y1) => Factory.CreatePolygon(Ring(x0, y0, x1, y1));

    private static LinearRing Ring(double x0, double y0, double x1, double y1) =>
        Factory.CreateLinearRing([new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);

    public static List<Camera> Cameras(int count, List<Building> buildings, int seed = 2)
    {
        var random = new Random(seed);
        var extent = new Envelope();
        foreach (var b in buildings)
        {
            extent.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        var cameras = new List<Camera>(count);
        while (cameras.Count < count)
        {
            double x, y;
            double heading = random.Next(3600) / 10.0;
            if (random.Next(10) < 3)
            {
                // On a facade: the midpoint of a building's south or north wall, looking away from it.
                var b = buildings[random.Next(buildings.Count)].Footprint.EnvelopeInternal;
                var north = random.Next(2) == 0;
                (x, y) = ((b.MinX + b.MaxX) / 2, north ? b.MaxY : b.MinY);
                heading = north ? random.Next(-60, 61) : 180 + random.Next(-60, 61);
                heading = (heading + 360) % 360;
            }
            else
            {
                // In a street: on the 15 m gap east of a block.
                var cols = (int)(extent.Width / Pitch);
                var rows = (int)(extent.Height / Pitch);
                x = (random.Next(cols) * Pitch) + Block + 2 + (random.NextDouble() * 11);
                y = (random.Next(rows) * Pitch) + (random.NextDouble() * Pitch);
            }

            var ptz = random.Next(10) == 0;
            var optics = CameraOptics.Create(
                heading, hfovDeg: ptz ? 60 : 40 + random.Next(81), rangeM: 60 + random.Next(61),
                heightM: 3 + (random.NextDouble() * 5), tiltDeg: 10 + random.Next(21), ptz: ptz);
            cameras.Add(new Camera("cam" + cameras.Count, x, y, optics));
        }

        return cameras;
    }
}
