using CsCheck;
using NetTopologySuite.Geometries;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using Planner.Geo.Rules;
using Planner.Tests.Workspace;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>
/// Issue 9, incremental plan-level findings: after an edit, <see cref="RuleSession.PlanLevel(PlanLevelFindings, IReadOnlyList{Camera}, IReadOnlyCollection{string}, IReadOnlyDictionary{string, CameraView}, CancellationToken)"/>
/// gives exactly the plan-level findings of a fresh <see cref="RuleEngine"/> batch run on the edited plan (DPIA per
/// controller, registration, takeover and checklist lists), and leaves what the edit does not reach as it was.
/// </summary>
public sealed class PlanLevelFindingsTests
{
    private static readonly Zone Street = Zone("street", ZoneKind.PublicArea, Rect(-1000, 0, 1000, 10));
    private static readonly Zone Home = Zone("home", ZoneKind.Dwelling, Rect(500, 100, 520, 120));
    private static readonly IReadOnlyList<Zone> Zones = [Street, Home];
    private static readonly RuleEngineOptions Options = new() { Today = Today, Language = "en", Buildings = [] };

    /// <summary>
    /// Eleven cameras of the shop on the street (a DPIA on max_cameras = 10), a municipal camera recording the street,
    /// a police camera, a private camera in the home and a business camera off the street.
    /// </summary>
    private static readonly IReadOnlyList<(Camera Camera, Geometry View)> Base =
    [
        .. Enumerable.Range(0, 11).Select(i => (Cam($"b{i:00}", OperatorType.Business, i * 10, -2, operatorId: "shop"), Rect(i * 10, 0, (i * 10) + 5, 5))),
        (Cam("m1", OperatorType.Municipality, 300, -2), Rect(300, 0, 340, 10)),
        (Cam("p1", OperatorType.Police, 400, -2), Rect(400, 0, 410, 10)),
        (Cam("h1", OperatorType.Private, 510, 110), Rect(505, 105, 515, 115)),
        (Cam("x1", OperatorType.Business, 600, 50), Rect(600, 40, 610, 60)),
    ];

    public static TheoryData<string, bool> Edits => new()
    {
        { "controller changed (DPIA group below the camera limit)", true },
        { "controller name set (job centre counted with the municipality)", true },
        { "operator type changed to police", true },
        { "recording turned off", true },
        { "public part gone (view moved off the street)", true },
        { "public part gained", true },
        { "camera deleted", true },
        { "camera added on the street", true },
        { "camera moved into the home", true },
        { "camera moved, same view", true },
        { "purpose changed", false },
        { "view widened on the street (DPIA on area)", true },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void PlanLevel_OneEdit_EqualsBatchRunOfEditedPlan(string edit, bool changesPlanLevel)
    {
        var session = new RuleSession(Dk, Zones, Options);
        var before = session.PlanLevel([.. Base.Select(c => c.Camera)], ViewsOf(Base));
        var (after, changed, removed) = Edit(edit);
        var next = session.PlanLevel(before, changed, removed, ViewsOf(after));

        AssertEqualsBatch(after, next.Findings);
        Assert.Equal(after.Count, next.CameraCount);
        if (changesPlanLevel)
        {
            Assert.NotEqual(Shown(before.Findings), Shown(next.Findings));
        }
        else
        {
            Assert.Same(before.Findings, next.Findings);
        }
    }

    [Fact]
    public void PlanLevel_ControllerChanged_DpiaOfTheShopGoneAndOtherGroupsKept()
    {
        var session = new RuleSession(Dk, Zones, Options);
        var before = session.PlanLevel([.. Base.Select(c => c.Camera)], ViewsOf(Base));
        var (after, changed, removed) = Edit("controller changed (DPIA group below the camera limit)");
        var next = session.PlanLevel(before, changed, removed, ViewsOf(after));

        // Hand count: 11 shop cameras > max_cameras 10 before; 10 after, each 5 × 5 m on the street (250 m² < 5,000 m²).
        Assert.Equal(11, Assert.Single(before.Findings, f => f.RuleId == "G-02").CameraIds.Count);
        Assert.DoesNotContain(next.Findings, f => f.RuleId == "G-02");

        // The takeover list shows ids and positions only: the same finding object after a controller change.
        Assert.Same(before.Findings.Single(f => f.RuleId == "DK-17"), next.Findings.Single(f => f.RuleId == "DK-17"));
    }

    [Fact]
    public void PlanLevel_UpdateBySessionOfOtherZones_Refused()
    {
        var views = ViewsOf(Base);
        var before = new RuleSession(Dk, Zones, Options).PlanLevel([.. Base.Select(c => c.Camera)], views);
        var other = new RuleSession(Dk, [Street], Options);
        Assert.Throws<ArgumentException>(() => other.PlanLevel(before, [], [], views));
    }

    [Fact]
    public void PlanLevel_AnyEditSequence_EqualsBatchRunOfEditedPlan()
    {
        var session = new RuleSession(Dk, Zones, Options);
        Gen.Select(Gen.Int[0, 5], Gen.Int[0, 30], Gen.Int[0, 20], Gen.Int[0, 5]).Array[1, 8].Sample(steps =>
        {
            var cameras = Base.ToList();
            var state = session.PlanLevel([.. cameras.Select(c => c.Camera)], ViewsOf(cameras));
            foreach (var (kind, pick, dx, op) in steps)
            {
                var i = pick % cameras.Count;
                var (camera, view) = cameras[i];
                var changed = new List<Camera>();
                var removed = new List<string>();
                switch (kind)
                {
                    case 0 when cameras.Count > 1:
                        cameras.RemoveAt(i);
                        removed.Add(camera.Id);
                        break;
                    case 1:
                        var added = (Cam($"n{cameras.Count}-{pick}-{dx}", (OperatorType)op, dx * 20, -2, operatorId: op % 2 == 0 ? "shop" : null), Rect(dx * 20, 0, (dx * 20) + 4, 4));
                        if (cameras.All(c => c.Camera.Id != added.Item1.Id))
                        {
                            cameras.Add(added);
                            changed.Add(added.Item1);
                        }

                        break;
                    case 2:
                        cameras[i] = (camera with { Operator = (OperatorType)op, OperatorId = op % 2 == 0 ? "shop" : camera.OperatorId }, view);
                        changed.Add(cameras[i].Camera);
                        break;
                    case 3:
                        cameras[i] = (camera with { Recording = op % 3 == 0 ? null : op % 2 == 0, ControllerName = op == 5 ? "city" : null }, view);
                        changed.Add(cameras[i].Camera);
                        break;
                    default:
                        // A move: the view goes with the camera, on or off the street, into the home or not.
                        var x = (dx * 30) - 100;
                        var y = op == 4 ? 110 : op * 8;
                        cameras[i] = (camera with { X = x, Y = y }, Rect(x, y, x + 6, y + 6));
                        changed.Add(cameras[i].Camera);
                        break;
                }

                state = session.PlanLevel(state, changed, removed, ViewsOf(cameras));
            }

            AssertEqualsBatch(cameras, state.Findings);
        }, iter: 200, threads: 1);
    }

    private static (List<(Camera Camera, Geometry View)> After, List<Camera> Changed, List<string> Removed) Edit(string edit)
    {
        var cameras = Base.ToList();
        var changed = new List<Camera>();
        var removed = new List<string>();
        void Replace(string id, Func<(Camera Camera, Geometry View), (Camera, Geometry)> change)
        {
            var i = cameras.FindIndex(c => c.Camera.Id == id);
            cameras[i] = change(cameras[i]);
            changed.Add(cameras[i].Camera);
        }

        switch (edit)
        {
            case "controller changed (DPIA group below the camera limit)":
                Replace("b00", c => (c.Camera with { OperatorId = "bakery" }, c.View));
                break;
            case "controller name set (job centre counted with the municipality)":
                Replace("b05", c => (c.Camera with { Operator = OperatorType.Municipality, ControllerName = "city" }, c.View));
                break;
            case "operator type changed to police":
                Replace("m1", c => (c.Camera with { Operator = OperatorType.Police }, c.View));
                break;
            case "recording turned off":
                Replace("m1", c => (c.Camera with { Recording = false }, c.View));
                break;
            case "public part gone (view moved off the street)":
                Replace("b03", c => (c.Camera, Rect(30, 20, 35, 25)));
                break;
            case "public part gained":
                Replace("x1", c => (c.Camera, Rect(600, 0, 610, 10)));
                break;
            case "camera deleted":
                cameras.RemoveAll(c => c.Camera.Id == "b07");
                removed.Add("b07");
                break;
            case "camera added on the street":
                cameras.Add((Cam("b11", OperatorType.Business, 120, -2, operatorId: "shop"), Rect(120, 0, 125, 5)));
                changed.Add(cameras[^1].Camera);
                break;
            case "camera moved into the home":
                Replace("x1", c => (c.Camera with { X = 502, Y = 102 }, c.View));
                break;
            case "camera moved, same view":
                Replace("p1", c => (c.Camera with { X = 401 }, c.View));
                break;
            case "purpose changed":
                Replace("b02", c => (c.Camera with { Purpose = "theft" }, c.View));
                break;
            case "view widened on the street (DPIA on area)":
                // A new public part of 600 × 10 m > max_public_area_m2 5,000: the municipality's DPIA appears; the lists stay.
                Replace("m1", c => (c.Camera, Rect(300, 0, 900, 10)));
                break;
            default:
                throw new ArgumentException($"unknown edit {edit}", nameof(edit));
        }

        return (cameras, changed, removed);
    }

    // One view object per camera id and visible geometry, as the workspace keeps a view until the camera's position or
    // optics change: an edit that keeps the geometry keeps the view object.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Geometry, CameraView> KeptViews = [];

    private static Dictionary<string, CameraView> ViewsOf(IEnumerable<(Camera Camera, Geometry View)> cameras) =>
        cameras.ToDictionary(c => c.Camera.Id, c => KeptView(c.Camera.Id, c.View), StringComparer.Ordinal);

    private static CameraView KeptView(string cameraId, Geometry visible)
    {
        if (KeptViews.TryGetValue(visible, out var kept) && kept.CameraId == cameraId)
        {
            return kept;
        }

        var view = View(cameraId, visible);
        KeptViews.AddOrUpdate(visible, view);
        return view;
    }

    private static List<string> Texts(IReadOnlyList<Finding> findings) => [.. findings.Select(f => $"{f.RuleId}/{f.Outcome}: {f.Message}")];

    private static List<string> Shown(IReadOnlyList<Finding> findings) => [.. findings.Select(f => $"{f.RuleId}/{f.Outcome}: {f.Message} {f.Geometry}")];

    /// <summary>The plan-level findings of a fresh whole-plan <see cref="RuleEngine"/> run, in order, field by field.</summary>
    private static void AssertEqualsBatch(IReadOnlyList<(Camera Camera, Geometry View)> cameras, IReadOnlyList<Finding> got)
    {
        var want = Check(cameras, Zones).Where(f => f.CameraId is null).ToList();
        Assert.Equal(Texts(want), Texts(got));
        for (var i = 0; i < want.Count; i++)
        {
            Assert.Equal(want[i].CameraIds, got[i].CameraIds);
            Assert.Equal(want[i].Severity, got[i].Severity);
            Assert.Equal(want[i].AssumedParameters.Select(p => p.Name), got[i].AssumedParameters.Select(p => p.Name));
            Assert.Equal(want[i].AreaM2 ?? 0, got[i].AreaM2 ?? 0, 1e-9);
            WorkspaceTruth.AssertSameGeometry(want[i].Geometry, got[i].Geometry);
        }
    }
}
