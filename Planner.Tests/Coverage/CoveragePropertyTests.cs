using CsCheck;
using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;

namespace Planner.Tests.Coverage;

public sealed class CoveragePropertyTests
{
    private static readonly Gen<Building> GenBuilding =
        Gen.Select(Gen.Double[-60, 60], Gen.Double[-60, 60], Gen.Double[2, 25], Gen.Double[1, 15], Gen.Double[0, 180], Gen.Int[0, 5], Gen.Double[1, 30])
            .Select((x, y, w, d, a, kind, h) => Scene.Rect("b", x, y, w, d, a, kind == 0 ? null : h));

    private static readonly Gen<Camera> GenCamera =
        Gen.Select(Gen.Double[-40, 40], Gen.Double[-40, 40], Gen.Double[0, 359.99], Gen.Double[10, 200], Gen.Double[20, 80], Gen.Double[1, 12], Gen.Double[0, 40], Gen.Int[0, 4])
            .Select((x, y, heading, hfov, range, h, tilt, ptz) => Scene.Cam(x, y, heading, hfov, range, h, tilt, ptz == 0));

    private static readonly Gen<(Camera Camera, Building[] Buildings, double Target)> GenScene =
        Gen.Select(GenCamera, GenBuilding.Array[0, 10], Gen.Int[0, 2]).Select((c, b, t) => (c, Named(b), t == 0 ? 1.6 : 0.0));

    private static Building[] Named(Building[] buildings) =>
        [.. buildings.Select((b, i) => new Building("b" + i, b.Footprint, b.HeightM))];

    internal static string Describe((Camera Camera, Building[] Buildings, double Target) scene, DoriLevel level, Geometry g)
    {
        var o = scene.Camera.Optics;
        var text = $"{level} cam {scene.Camera.X},{scene.Camera.Y} heading {o.HeadingDeg} hfov {o.HfovDeg} range {o.RangeM} h {o.HeightM} tilt {o.TiltDeg} ptz {o.Ptz} t {scene.Target}\n";
        foreach (var b in scene.Buildings)
        {
            text += $"{b.Footprint.AsText()} H {b.HeightM}\n";
        }

        return text + "result " + g.AsText() + "\n" + new NetTopologySuite.Operation.Valid.IsValidOp(g).ValidationError;
    }

    private static double Outside(Geometry inner, Geometry outer) =>
        inner.IsEmpty ? 0 : NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Overlay(inner, outer, NetTopologySuite.Operation.Overlay.SpatialFunction.Difference).Area;

    /// <summary>Area between a circle of radius r and its 0.5° chords over the camera's sector: r²·W·Δ²/12 (doubled for safety).</summary>
    internal static double ChordSlack(Camera camera, double r)
    {
        var width = camera.Optics.Ptz ? 2 * Math.PI : camera.Optics.HfovDeg * Math.PI / 180;
        var step = 0.5 * Math.PI / 180;
        return 2 * r * r * width * step * step / 12;
    }

    [Fact]
    public void ComputeView_RandomScenes_ValidAndInsideFootprint()
    {
        GenScene.Sample(scene =>
        {
            var view = Scene.View(scene.Camera, scene.Buildings, scene.Target);
            var g = ViewGeometry.Of(scene.Camera.Optics, scene.Target);
            var footprint = Scene.Footprint(scene.Camera, g.NearM, g.FarM);
            foreach (var level in DoriLevels.All)
            {
                Assert.True(view[level].IsValid, Describe(scene, level, view[level]));
            }

            // The engine's near-arc chords (0.5°) cut inside the near circle (at most N²·W·Δ²/12); its far-arc vertices
            // stick out of the reference's 0.05° chords by 1 % of that at the far circle.
            Assert.True(Outside(view.Visible, footprint) <= ChordSlack(scene.Camera, g.NearM) + (0.01 * ChordSlack(scene.Camera, g.FarM)) + 1e-6, Describe(scene, DoriLevel.Visible, view.Visible));
        }, iter: 150);
    }

    [Fact]
    public void ComputeView_LevelsNest()
    {
        GenScene.Sample(scene =>
        {
            var view = Scene.View(scene.Camera, scene.Buildings, scene.Target);
            for (var i = 1; i < DoriLevels.All.Count; i++)
            {
                var inner = view[DoriLevels.All[i]];
                var outer = view[DoriLevels.All[i - 1]];
                Assert.True(Outside(inner, outer) <= 1e-6, DoriLevels.All[i].ToString());
                Assert.True(inner.Area <= outer.Area + 1e-9);
            }
        }, iter: 150);
    }

    [Fact]
    public void ComputeView_AddingBuilding_NeverIncreasesVisibility() => AddingBuildingNeverIncreasesVisibility(seed: null);

    /// <summary>
    /// A seed where a new (mount) building added angular events, so the far arc got extra chord vertices and the view
    /// grew by 1.5e-4 m² — within the documented chord tolerance, not a real gain in visibility.
    /// </summary>
    [Theory]
    [InlineData("extra mount building splits the far arc", "chpeTCrbmmg4")]
    public void ComputeView_AddingBuilding_RegressionSeeds_NeverIncreasesVisibility(string name, string seed)
    {
        _ = name;
        AddingBuildingNeverIncreasesVisibility(seed);
    }

    private static void AddingBuildingNeverIncreasesVisibility(string? seed) =>
        Gen.Select(GenScene, GenBuilding).Sample((scene, extra) =>
        {
            var before = Scene.View(scene.Camera, scene.Buildings, scene.Target).Visible;
            var after = Scene.View(scene.Camera, [.. scene.Buildings, new Building("extra", extra.Footprint, extra.HeightM)], scene.Target).Visible;
            Assert.True(after.IsValid);
            // Arcs are 0.5° chords plus a vertex at every angular event; new events can only move the chords closer to
            // the true arcs, so the view may grow by at most the chord slack of the near and far arcs.
            var g = ViewGeometry.Of(scene.Camera.Optics, scene.Target);
            var slack = ChordSlack(scene.Camera, g.NearM) + ChordSlack(scene.Camera, g.FarM);
            Assert.True(Outside(after, before) <= slack + (1e-6 * (1 + before.Area)));
        }, iter: 150, seed: seed);

    [Fact]
    public void ComputeView_RotatedAndTranslatedScene_TransformsResult()
    {
        Gen.Select(GenScene, Gen.Int[0, 359], Gen.Double[-5000, 5000], Gen.Double[-5000, 5000]).Sample((scene, turn, tx, ty) =>
        {
            // The contract's mount rule is a step at 0.5 m: a building exactly 0.5 m from the camera is the mount on one
            // side of the rounding of a rotation and an occluder on the other (seeds 8GZWBieSFxz9, dc-gg6p8ugi4 and
            // 4ScXI1PCJPk2 all had one at 0.5 m ± 1e-15). The property holds where the result is continuous.
            var point = new NetTopologySuite.Geometries.Point(scene.Camera.Location);
            if (scene.Buildings.Any(b => Math.Abs(b.Footprint.Distance(point) - 0.5) < 1e-6))
            {
                return;
            }

            var view = Scene.View(scene.Camera, scene.Buildings, scene.Target);
            // Rotate clockwise by `turn` degrees about the origin (headings are clockwise), then translate.
            var a = turn * Math.PI / 180;
            double c = Math.Cos(a), s = Math.Sin(a);
            Coordinate Map(Coordinate p) => new((p.X * c) + (p.Y * s) + tx, (-p.X * s) + (p.Y * c) + ty);
            Geometry Move(Geometry g)
            {
                var copy = g.Copy();
                copy.Apply(new Mapper(Map));
                copy.GeometryChanged();
                return copy;
            }

            var cam = scene.Camera;
            var moved = Map(cam.Location);
            var optics = cam.Optics.WithHeading((cam.Optics.HeadingDeg + turn) % 360);
            var camera2 = new Camera(cam.Id, moved.X, moved.Y, optics);
            var buildings2 = scene.Buildings.Select(b => new Building(b.Id, Move(b.Footprint), b.HeightM)).ToArray();
            var view2 = Scene.View(camera2, buildings2, scene.Target);
            foreach (var level in DoriLevels.All)
            {
                var expected = Move(view[level]);
                var actual = view2[level];
                Assert.True(Math.Abs(expected.Area - actual.Area) <= 1e-6 * (1 + expected.Area), $"{expected.Area} vs {actual.Area} turn {turn}\n" + Describe(scene, level, view[level]));
                if (!expected.IsEmpty && !actual.IsEmpty)
                {
                    Assert.True(expected.SymmetricDifference(actual).Area <= 1e-5 * (1 + expected.Area), level.ToString());
                }
            }
        }, iter: 100);
    }

    [Fact]
    public void ComputeView_CameraOnBuildingEdge_HostDoesNotOcclude()
    {
        // The camera sits on a random point of a random building's boundary: the view equals the open-field
        // footprint minus the host's footprint (no shadow from the host), for any heading.
        Gen.Select(GenBuilding, Gen.Double[0, 1], GenCamera).Sample((host, along, cam) =>
        {
            var ring = ((Polygon)host.Footprint).ExteriorRing;
            var point = new NetTopologySuite.LinearReferencing.LengthIndexedLine(ring).ExtractPoint(along * ring.Length);
            var camera = new Camera("c", point.X, point.Y, cam.Optics);
            var view = Scene.View(camera, [new Building("host", host.Footprint, host.HeightM)]);
            var g = ViewGeometry.Of(camera.Optics);
            var footprint = Scene.Footprint(camera, g.NearM, g.FarM);
            var expected = NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Overlay(footprint, host.Footprint, NetTopologySuite.Operation.Overlay.SpatialFunction.Difference);
            Assert.True(view.Visible.IsValid, Describe((camera, [host], 0), DoriLevel.Visible, view.Visible));
            Assert.True(Math.Abs(expected.Area - view.Visible.Area) <= ChordSlack(camera, g.NearM) + ChordSlack(camera, g.FarM) + 1e-6, $"{expected.Area} vs {view.Visible.Area}\n" + Describe((camera, [host], 0), DoriLevel.Visible, view.Visible));
        }, iter: 150);
    }

    [Fact]
    public void ComputeView_CameraOnBuildingCorner_ViewIsValid()
    {
        // Seed fJE2Bnuly4hf of the edge property above: a camera 1e-10 m from a corner got a 3e-8 m self-intersection
        // where the near arc met the host's edge, as the sweep joined ray points only within 1e-8·(1 + r) m (now 1e-7).
        var host = (Polygon)new NetTopologySuite.IO.WKTReader().Read(
            "POLYGON ((-2.52655127592206 21.811841917945237, 3.3115906195662177 22.11780596982706, 2.52655127592206 37.09724899114567, -3.3115906195662177 36.791284939263846, -2.52655127592206 21.811841917945237))");
        var optics = CameraOptics.Create(327.96165136598006, hfovDeg: 130.72546276356388, vfovDeg: 101.61725458542533, rangeM: 56.51912015648481, heightM: 7, tiltDeg: 31.35287888522744);
        var camera = new Camera("c", -2.5265512731866293, 21.811841918088597, optics);

        var view = Scene.View(camera, [new Building("host", host, 20.200802478308503)]);

        Assert.True(view.Visible.IsValid);
    }

    private sealed class Mapper(Func<Coordinate, Coordinate> map) : NetTopologySuite.Geometries.ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var p = map(new Coordinate(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, p.X);
            seq.SetY(i, p.Y);
        }
    }
}
