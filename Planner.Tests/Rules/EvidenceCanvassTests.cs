using NetTopologySuite.Geometries;
using Planner.Geo.Canvass;
using Planner.Geo.Coverage;
using Planner.Geo.Model;
using static Planner.Tests.Rules.RuleKit;

namespace Planner.Tests.Rules;

/// <summary>Evidence canvass: which cameras saw a point, at what DORI level, and whether footage still exists.</summary>
public sealed class EvidenceCanvassTests
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Jan 31 + 30, common year", "2025-01-31T23:30:00+01:00", 30, "2025-03-02")]
    [InlineData("Jan 31 + 30, leap year", "2024-01-31T08:00:00+01:00", 30, "2024-03-01")]
    [InlineData("Feb 28 + 1, leap year", "2024-02-28T12:00:00+01:00", 1, "2024-02-29")]
    [InlineData("Feb 28 + 1, common year", "2023-02-28T12:00:00+01:00", 1, "2023-03-01")]
    [InlineData("Dec 31 + 1", "2024-12-31T22:00:00+01:00", 1, "2025-01-01")]
    [InlineData("late evening keeps its local date", "2025-03-30T23:59:00+02:00", 30, "2025-04-29")]
    [InlineData("same day", "2025-06-15T10:00:00+02:00", 0, "2025-06-15")]
    public void DeletionDeadline_AcrossMonthEnds_IsLocalDatePlusDays(string name, string occurred, int days, string expected)
    {
        _ = name;
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EvidenceCanvass.DeletionDeadline(At(occurred), days));
    }

    [Theory]
    [InlineData("deadline is today", "2025-03-02", FootageState.Exists)]
    [InlineData("day after deadline", "2025-03-03", FootageState.Deleted)]
    [InlineData("well before", "2025-02-10", FootageState.Exists)]
    public void Footage_ExistsWhileDeadlineAtLeastToday(string name, string today, FootageState expected)
    {
        _ = name;
        var camera = Cam("c", OperatorType.Business) with { RetentionDays = 30 };
        var (deadline, state) = EvidenceCanvass.Footage(camera, At("2025-01-31T23:30:00+01:00"), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2025, 3, 2), deadline);
        Assert.Equal(expected, state);
    }

    [Fact]
    public void Footage_LiveViewOrUnknownRetention_NoDeadline()
    {
        var today = new DateOnly(2025, 2, 1);
        Assert.Equal((null, FootageState.NotRecorded), EvidenceCanvass.Footage(Cam("c", OperatorType.Business) with { Recording = false }, At("2025-01-31T10:00:00+01:00"), today));
        Assert.Equal((null, FootageState.Unknown), EvidenceCanvass.Footage(Cam("c", OperatorType.Business) with { RetentionDays = null }, At("2025-01-31T10:00:00+01:00"), today));
    }

    [Fact]
    public void At_PointSeenByTwo_BestLevelFirstAndLevelFromTheRealView()
    {
        // Camera "near" at (0, 0): identify ring to 4 m in its view; camera "far" at (0, 40): only visible there.
        // 3840 px over 90° at 4 m height: ppm(√10 m) = 3840 / (2 · √26) ≈ 377 px/m, identify by the formula too.
        var near = Cam("near", OperatorType.Business) with { RetentionDays = 30, Optics = CameraOptics.Create(0, resolutionPx: 3840) };
        var far = Cam("far", OperatorType.Municipality, 0, 40) with { RetentionDays = 7 };
        var nearView = new CameraView("near", new Dictionary<DoriLevel, Geometry>
        {
            [DoriLevel.Visible] = Rect(-10, 0, 10, 30),
            [DoriLevel.Detect] = Rect(-10, 0, 10, 30),
            [DoriLevel.Observe] = Rect(-10, 0, 10, 20),
            [DoriLevel.Recognise] = Rect(-5, 0, 5, 10),
            [DoriLevel.Identify] = Rect(-2, 0, 2, 4),
        });
        var farView = View("far", Rect(-10, 0, 10, 40)) with
        {
            Levels = DoriLevels.All.ToDictionary(l => l, l => l == DoriLevel.Visible ? Rect(-10, 0, 10, 40) : Rect(100, 100, 101, 101)),
        };
        var hits = EvidenceCanvass.At([far, near], [farView, nearView], new Coordinate(1, 3), At("2025-01-31T23:30:00+01:00"), new DateOnly(2025, 2, 10));
        Assert.Equal(["near", "far"], hits.Select(h => h.CameraId));
        Assert.Equal(DoriLevel.Identify, hits[0].Level);
        Assert.Equal(DoriLevel.Visible, hits[1].Level);
        Assert.Equal(Math.Sqrt(10), hits[0].DistanceM, 9);
        Assert.Equal((new DateOnly(2025, 3, 2), FootageState.Exists), (hits[0].DeletionDeadline, hits[0].Footage));
        Assert.Equal((new DateOnly(2025, 2, 7), FootageState.Deleted), (hits[1].DeletionDeadline, hits[1].Footage));
    }

    [Fact]
    public void At_PointOutsideEveryView_NoHits()
    {
        var hits = EvidenceCanvass.At([Cam("c", OperatorType.Business)], [View("c", Rect(0, 0, 10, 10))], new Coordinate(50, 50), At("2025-01-31T10:00:00+01:00"), new DateOnly(2025, 2, 1));
        Assert.Empty(hits);
    }

    [Fact]
    public void At_LevelNeverExceedsTheFormulaAtThatDistance()
    {
        // A view that claims identify everywhere; at 100 m a 1920 px, 90° camera gives ≈ 9.6 px/m: visible only.
        var camera = Cam("c", OperatorType.Business);
        var hits = EvidenceCanvass.At([camera], [View("c", Rect(-200, 0, 200, 200))], new Coordinate(0, 100), At("2025-01-31T10:00:00+01:00"), new DateOnly(2025, 2, 1));
        var expected = ViewGeometry.Of(camera.Optics).LevelAt(100);
        Assert.Equal(expected, Assert.Single(hits).Level);
        Assert.Equal(DoriLevel.Visible, expected);
    }
}
