using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using CsCheck;
using NetTopologySuite.Geometries;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Geometry invariants of the findings on random rectangles: what a rule reports lies where it must.</summary>
public sealed class RulePropertyTests
{
    private const double Tol = 1e-6;

    private static readonly Gen<Geometry> GenRect =
        Gen.Select(Gen.Double[-50, 50], Gen.Double[-50, 50], Gen.Double[1, 60], Gen.Double[1, 60])
            .Select((x, y, w, h) => Rect(x, y, x + w, y + h));

    [Fact]
    public void Dk01_OffendingPart_IsInsideViewAndPublicAreaAndOutsideEntranceEnvelope()
    {
        Gen.Select(GenRect, GenRect, GenRect).Sample((view, street, door) =>
        {
            var zones = new[] { Zone("s", ZoneKind.PublicArea, street), Zone("d", ZoneKind.Entrance, door, "op") };
            var findings = Check([(Cam("b", OperatorType.Business, operatorId: "op"), view)], zones);
            var publicPart = OverlayNGRobust.Overlay(view, street, SpatialFunction.Intersection);
            var envelope = door.Buffer(30);
            var offending = findings.Of("DK-01").SingleOrDefault()?.Geometry ?? Empty;
            // OverlayNG with snapping: the classic overlay throws on the near-coincident edges the generator makes.
            Assert.True(OverlayNGRobust.Overlay(offending, publicPart, SpatialFunction.Difference).Area < Tol, "offending ⊆ view ∩ public");
            Assert.True(OverlayNGRobust.Overlay(offending, envelope, SpatialFunction.Intersection).Area < 1e-3, "offending is outside the 30 m envelope");
            var expected = OverlayNGRobust.Overlay(publicPart, envelope, SpatialFunction.Difference).Area;
            Assert.Equal(expected > 0.1 ? expected : 0, offending.Area, 3);
        }, iter: 150);
    }

    [Fact]
    public void Dk18_Mask_IsExactlyViewIntersectDwelling()
    {
        Gen.Select(GenRect, GenRect).Sample((view, house) =>
        {
            var findings = Check([(Cam("c", OperatorType.Private), view)], [Zone("h", ZoneKind.Dwelling, house)]);
            var mask = findings.Of("DK-18").SingleOrDefault()?.Geometry ?? Empty;
            var expected = view.Intersection(house);
            Assert.True(mask.IsEmpty ? expected.Area <= 0.1 : mask.SymmetricDifference(expected).Area < Tol);
        }, iter: 150);
    }

    [Fact]
    public void Dk13_SignPoints_LieOnViewBoundaryInsidePublicArea_AtLeastSpacingApart()
    {
        Gen.Select(GenRect, GenRect).Sample((view, path) =>
        {
            var findings = Check([(Cam("c", OperatorType.Private), view)], [Zone("p", ZoneKind.PublicArea, path)]);
            if (findings.Of("DK-13").SingleOrDefault()?.Geometry is not MultiPoint points)
            {
                return;
            }

            var pts = points.Geometries.Cast<Point>().ToList();
            Assert.All(pts, p => Assert.True(view.Boundary.Distance(p) < 0.01 && path.Distance(p) < 0.01, $"{p} on boundary ∩ public"));
            for (var i = 0; i < pts.Count; i++)
            {
                for (var j = i + 1; j < pts.Count; j++)
                {
                    Assert.True(pts[i].Distance(pts[j]) >= 10 - Tol);
                }
            }
        }, iter: 150);
    }

    private static Geometry Empty => new GeometryFactory().CreatePolygon();
}
