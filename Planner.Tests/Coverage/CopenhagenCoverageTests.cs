using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using Planner.Geo.Coverage;
using Planner.Geo.Crs;
using Planner.Geo.Model;
using Planner.Tests.Support;

namespace Planner.Tests.Coverage;

public sealed class CopenhagenCoverageTests
{
    /// <summary>
    /// The 1,255 OSM buildings of Copenhagen's inner city (lon/lat) in EPSG:25832; heights ≤ 0.5 m count as unknown.
    /// A minimal reader of its own (Polygon features with a numeric <c>height</c>), independent of the formats code.
    /// </summary>
    internal static IReadOnlyList<Building> LoadBuildings()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(TestPaths.Shared("copenhagen-indre-by/buildings.geojson")));
        var result = new List<Building>();
        foreach (var feature in doc.RootElement.GetProperty("features").EnumerateArray())
        {
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Polygon", geometry.GetProperty("type").GetString());
            var rings = geometry.GetProperty("coordinates").EnumerateArray()
                .Select(ring => Scene.Factory.CreateLinearRing(ring.EnumerateArray().Select(p => new Coordinate(p[0].GetDouble(), p[1].GetDouble())).ToArray()))
                .ToArray();
            var polygon = CrsRegistry.Transform(Scene.Factory.CreatePolygon(rings[0], rings[1..]), CrsRegistry.Wgs84, 25832);
            double? height = feature.GetProperty("properties").TryGetProperty("height", out var h) && h.ValueKind == JsonValueKind.Number ? h.GetDouble() : null;
            result.Add(new Building("b" + result.Count, polygon, height is > 0.5 ? height : null));
        }

        return result;
    }

    /// <summary>Cameras on facades (midpoint of a footprint edge, looking away from the building) and PTZs in streets.</summary>
    private static List<Camera> PlaceCameras(IReadOnlyList<Building> buildings)
    {
        var cameras = new List<Camera>();
        for (var k = 0; k < 8; k++)
        {
            var building = buildings[(k * 151) + 7];
            var ring = ((Polygon)building.Footprint).ExteriorRing.Coordinates;
            var (a, b) = (ring[k % (ring.Length - 1)], ring[(k % (ring.Length - 1)) + 1]);
            var mid = new Coordinate((a.X + b.X) / 2, (a.Y + b.Y) / 2);
            var centre = building.Footprint.Centroid.Coordinate;
            var heading = Math.Atan2(mid.X - centre.X, mid.Y - centre.Y) * 180 / Math.PI;
            heading = Math.Round((heading + 360) % 360, 1) % 360;
            cameras.Add(Scene.Cam(mid.X, mid.Y, heading, hfov: 60 + (10 * k), range: 40 + (5 * k), height: 4 + (k % 4), id: "facade" + k));
        }

        var envelope = new Envelope();
        foreach (var b in buildings)
        {
            envelope.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        var union = NetTopologySuite.Operation.Union.UnaryUnionOp.Union(buildings.Select(b => b.Footprint).ToList());
        var prepared = PreparedGeometryFactory.Prepare(union.Buffer(1));
        for (var i = 1; cameras.Count < 14 && i < 200; i++)
        {
            var p = new Coordinate(envelope.MinX + (envelope.Width * ((i * 0.618034) % 1)), envelope.MinY + (envelope.Height * ((i * 0.414214) % 1)));
            if (!prepared.Intersects(Scene.Factory.CreatePoint(p)))
            {
                cameras.Add(Scene.Cam(p.X, p.Y, 0, ptz: true, range: 60, height: 6, id: "street" + i));
            }
        }

        return cameras;
    }

    [SharedDataFact]
    public void ComputeViews_CopenhagenCameras_ValidNestedAndMatchBruteForce()
    {
        var buildings = LoadBuildings();
        Assert.Equal(1255, buildings.Count);
        var cameras = PlaceCameras(buildings);
        Assert.Equal(14, cameras.Count);
        var views = CoverageEngine.ComputeViews(cameras, buildings);
        var sequential = CoverageEngine.ComputeViews(cameras, buildings, new CoverageOptions { Parallel = false });
        var seen = 0;
        for (var i = 0; i < cameras.Count; i++)
        {
            var view = views[i];
            Assert.Equal(cameras[i].Id, view.CameraId);
            for (var l = 0; l < DoriLevels.All.Count; l++)
            {
                var level = DoriLevels.All[l];
                Assert.True(view[level].IsValid, $"{view.CameraId} {level}");
                Assert.True(view[level].EqualsExact(sequential[i][level]), "parallel and sequential runs differ");
                if (l > 0 && !view[level].IsEmpty)
                {
                    Assert.True(view[level].Difference(view[DoriLevels.All[l - 1]]).Area <= 1e-6, $"{view.CameraId} {level} not nested");
                }
            }

            var reference = new BruteForceVisibility(cameras[i], buildings, 0, cameras[i].Optics.RangeM + 1).EstimateArea(200, 400);
            // The sampled reference carries its own error (cells straddling boundaries), so 1 % of the area plus 1 m².
            Assert.True(Math.Abs(view.Visible.Area - reference) <= (0.01 * reference) + 1, $"{view.CameraId}: engine {view.Visible.Area:F1} m², brute force {reference:F1} m²");
            Console.WriteLine($"{view.CameraId}: engine {view.Visible.Area:F2} m², brute force {reference:F2} m²");
            seen += view.Visible.Area > 1 ? 1 : 0;
        }

        Assert.True(seen >= 12, "the placed cameras should mostly see something");
    }
}
